# Runs `khulasa eval editorial` (the built binary) from ctest: the regression
# bounds on EASC, ARGEn and the Arabic pages (label data; skips without
# ../shared) and the command's flags and errors.
if(TARGET khulasa)
  khulasa_add_test(khulasa_editorial_eval_test
    SOURCES editorial_eval_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS data)
  target_compile_definitions(khulasa_editorial_eval_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_editorial_eval_test khulasa)
endif()
