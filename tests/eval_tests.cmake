# Runs `khulasa eval summary` (the built binary) from ctest.
if(TARGET khulasa)
  khulasa_add_test(khulasa_eval_cli_test
    SOURCES eval_summary_cli_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS cli)
  # Fallbacks for KHULASA_BINARY_DIR / KHULASA_SOURCE_DIR when the test runs
  # without the ctest environment.
  target_compile_definitions(khulasa_eval_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_eval_cli_test khulasa)
endif()
