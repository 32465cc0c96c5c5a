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
# KHULASA_FUZZ_SANITIZERS picks the sanitizers of that build: ASan+UBSan by
# default (`make fuzz`); long campaigns may use "undefined" alone (several
# times more executions per second) and then replay every unit of their
# corpus under the default build, which also checks leaks. (clang 14 cannot
# combine "leak" with "undefined".) See docs/reliability.md.
set(KHULASA_FUZZ_SANITIZERS "address,undefined" CACHE STRING
    "Sanitizers of the libFuzzer build: address,undefined (default), undefined or empty")
if(KHULASA_BUILD_FUZZERS)
  if(KHULASA_FUZZ_SANITIZERS STREQUAL "")
    set(_khulasa_fuzz_flags -fsanitize=fuzzer-no-link)
    set(_khulasa_fuzz_link_flags "")
  else()
    # No recovery: an undefined-behaviour report stops the run as a crash.
    set(_khulasa_fuzz_flags
        -fsanitize=fuzzer-no-link,${KHULASA_FUZZ_SANITIZERS}
        -fno-sanitize-recover=all)
    set(_khulasa_fuzz_link_flags -fsanitize=${KHULASA_FUZZ_SANITIZERS})
  endif()
  target_compile_options(khulasa_sanitize INTERFACE
    ${_khulasa_fuzz_flags} -fno-omit-frame-pointer)
  target_link_options(khulasa_sanitize INTERFACE ${_khulasa_fuzz_link_flags})
endif()

# Every project target links this: warnings, sanitizers, repo-root includes.
add_library(khulasa_common INTERFACE)
target_link_libraries(khulasa_common INTERFACE khulasa_warnings khulasa_sanitize)
target_include_directories(khulasa_common INTERFACE
  "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/include")
