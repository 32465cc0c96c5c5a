# Tests that run `khulasa diacritize` / `khulasa eval diacritics` from ctest.
if(TARGET khulasa AND TARGET khulasa_speech)
  khulasa_add_test(khulasa_diacritize_cli_test
    SOURCES diacritize_cli_test.cc cli_process.cc
    LABELS cli)
  target_compile_definitions(khulasa_diacritize_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_diacritize_cli_test khulasa)
endif()
