# CLI tests of the HTML reader: `khulasa extract`, `khulasa parse` on HTML
# and `khulasa eval extract` (docs/extraction.md).
if(TARGET khulasa)
  khulasa_add_test(khulasa_extract_cli_test
    SOURCES extract_cli_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS cli)
  target_compile_definitions(khulasa_extract_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_extract_cli_test khulasa)
endif()
