# khulasa_add_test(name SOURCES a.cc b.cc LIBS lib... LABELS unit|cli|data)
# Builds a GoogleTest binary and registers its tests with ctest. Tests learn
# where the shared data sets and the source tree are from the environment.
function(khulasa_add_test name)
  if(NOT KHULASA_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} khulasa_common
                        GTest::gtest GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${name}
    PROPERTIES LABELS "${ARG_LABELS}"
    ENVIRONMENT "KHULASA_SHARED_DIR=${KHULASA_SHARED_DIR};KHULASA_SOURCE_DIR=${PROJECT_SOURCE_DIR};KHULASA_BINARY_DIR=${PROJECT_BINARY_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()
