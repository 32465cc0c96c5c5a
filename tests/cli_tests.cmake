# Tests that run the built khulasa binary (KHULASA_BINARY_DIR) from ctest.
if(TARGET khulasa)
  khulasa_add_test(khulasa_parse_cli_test
    SOURCES parse_cli_test.cc parse_golden_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS cli)
  # Fallbacks for KHULASA_BINARY_DIR / KHULASA_SOURCE_DIR when the test runs
  # without the ctest environment.
  target_compile_definitions(khulasa_parse_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  # The tests run the binary: build it first.
  add_dependencies(khulasa_parse_cli_test khulasa)
endif()

# Other encodings and other languages through the built binary (items 3 and
# 4 of issue 18); inputs made at test time with ICU from composed texts.
if(TARGET khulasa)
  khulasa_add_test(khulasa_input_cli_test
    SOURCES input_cli_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json khulasa_base ICU::uc
    LABELS cli)
  target_compile_definitions(khulasa_input_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_input_cli_test khulasa)
endif()

# URL inputs (issue 18, item 1) against a loopback Python server
# (tests/fetch_test_server.py); never the internet.
if(TARGET khulasa)
  khulasa_add_test(khulasa_fetch_cli_test
    SOURCES fetch_cli_test.cc cli_process.cc
    LIBS nlohmann_json::nlohmann_json
    LABELS cli)
  target_compile_definitions(khulasa_fetch_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_fetch_cli_test khulasa)
endif()

# `cmake --install` into a fresh prefix: the program and its models land in
# bin/ and share/khulasa/models/, and the installed program summarizes.
add_test(NAME khulasa_install_test
  COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DPREFIX=${PROJECT_BINARY_DIR}/install_test_prefix
    -DARTICLE=${PROJECT_SOURCE_DIR}/examples/heatwave.txt
    -P ${CMAKE_CURRENT_SOURCE_DIR}/install_test.cmake)
set_tests_properties(khulasa_install_test PROPERTIES LABELS cli TIMEOUT 120)
