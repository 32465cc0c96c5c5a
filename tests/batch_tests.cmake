# `khulasa batch` run as a program (batch_cli_test.cc: input forms, order,
# resume after kill -9, memory; batch_report_cli_test.cc: what it reports),
# and the Python module's tests (unittest
# with Debian's /usr/bin/python3; the Dask one skips without
# python3-distributed or $KHULASA_SHARED_DIR).
if(TARGET khulasa)
  khulasa_add_test(khulasa_batch_cli_test
    SOURCES batch_cli_test.cc batch_report_cli_test.cc batch_test_support.cc
            cli_process.cc
    LIBS nlohmann_json::nlohmann_json absl::strings ZLIB::ZLIB
    LABELS cli)
  target_compile_definitions(khulasa_batch_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_batch_cli_test khulasa)
endif()

if(TARGET khulasa_python AND KHULASA_BUILD_TESTS)
  set(_khulasa_python_env
    "PYTHONPATH=$<TARGET_FILE_DIR:khulasa_python>"
    "KHULASA_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "KHULASA_BINARY_DIR=${PROJECT_BINARY_DIR}"
    "KHULASA_SHARED_DIR=${KHULASA_SHARED_DIR}")
  add_test(NAME khulasa_python_module_test
    COMMAND "${PYTHON_EXECUTABLE}" -m unittest -v test_khulasa_module
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/python")
  add_test(NAME khulasa_python_dask_test
    COMMAND "${PYTHON_EXECUTABLE}" -m unittest -v test_dask_summarize
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/python")
  set_tests_properties(khulasa_python_module_test khulasa_python_dask_test
    PROPERTIES ENVIRONMENT "${_khulasa_python_env}" LABELS "python"
               TIMEOUT 900)
endif()
