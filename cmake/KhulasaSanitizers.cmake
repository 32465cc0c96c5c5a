# KHULASA_SANITIZE=address adds ASan+UBSan; =thread adds TSan. Applied to
# every target through an interface library that each module links.
add_library(khulasa_sanitize INTERFACE)
if(KHULASA_SANITIZE STREQUAL "address")
  target_compile_options(khulasa_sanitize INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(khulasa_sanitize INTERFACE -fsanitize=address,undefined)
elseif(KHULASA_SANITIZE STREQUAL "thread")
  target_compile_options(khulasa_sanitize INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(khulasa_sanitize INTERFACE -fsanitize=thread)
elseif(NOT KHULASA_SANITIZE STREQUAL "")
  message(FATAL_ERROR "KHULASA_SANITIZE must be address, thread or empty")
endif()
# A fuzzing build instruments every library for coverage, so libFuzzer sees
# inside the engine and not only the fuzz target's own file.
if(KHULASA_BUILD_FUZZERS)
  target_compile_options(khulasa_sanitize INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(khulasa_sanitize INTERFACE -fsanitize=address,undefined)
endif()

# Every project target links this: warnings, sanitizers, repo-root includes.
add_library(khulasa_common INTERFACE)
target_link_libraries(khulasa_common INTERFACE khulasa_warnings khulasa_sanitize)
target_include_directories(khulasa_common INTERFACE
  "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/include")
