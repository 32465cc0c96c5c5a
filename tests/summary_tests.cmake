# Summary tests that cross modules (the seed golden test reads the article
# reader's output and the committed model) or run the built binary.
if(TARGET khulasa_summary)
  khulasa_add_test(khulasa_summary_golden_test
    SOURCES summary_seed_golden_test.cc
    LIBS khulasa_summary
    LABELS golden)
endif()
if(TARGET khulasa)
  khulasa_add_test(khulasa_summary_cli_test
    SOURCES summary_cli_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS cli)
  target_compile_definitions(khulasa_summary_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_summary_cli_test khulasa)
endif()
