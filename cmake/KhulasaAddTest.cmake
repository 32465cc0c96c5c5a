# khulasa_add_test(name SOURCES a.cc b.cc LIBS lib... LABELS unit|cli|data)
# Builds a GoogleTest binary and registers its tests with ctest. The test
# main (cmake/khulasa_test_main.cc) puts KHULASA_SHARED_DIR,
# KHULASA_SOURCE_DIR and KHULASA_BINARY_DIR in the environment, so tests find
# the shared data, the source tree and the built programs however started.
function(khulasa_add_test name)
  if(NOT KHULASA_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} "${PROJECT_SOURCE_DIR}/cmake/khulasa_test_main.cc")
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} khulasa_common
                        GTest::gtest GTest::gmock)
  target_compile_definitions(${name} PRIVATE
    KHULASA_TEST_SHARED_DIR="${KHULASA_SHARED_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name}
    PROPERTIES LABELS "${ARG_LABELS}"
    DISCOVERY_TIMEOUT 60)
endfunction()
