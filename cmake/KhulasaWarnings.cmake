# Warning flags as an interface target, so no global CMAKE_CXX_FLAGS edits.
# They are for khulasa's own build only: a project that adds khulasa with
# add_subdirectory (khulasa not the top-level project) compiles its code
# without them, and no installed or exported target carries them
# ($<BUILD_INTERFACE:...>). -Werror with KHULASA_WERROR (make test sets it).
add_library(khulasa_warnings INTERFACE)
if(PROJECT_IS_TOP_LEVEL AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  set(_khulasa_warning_flags
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    list(APPEND _khulasa_warning_flags -Wbidi-chars=any)
  endif()
  if(KHULASA_WERROR)
    list(APPEND _khulasa_warning_flags -Werror)
  endif()
  target_compile_options(khulasa_warnings INTERFACE
    "$<BUILD_INTERFACE:${_khulasa_warning_flags}>")
endif()
