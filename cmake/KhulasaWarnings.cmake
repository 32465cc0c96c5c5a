# Warning flags as an interface target, so no global CMAKE_CXX_FLAGS edits.
add_library(khulasa_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(khulasa_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(khulasa_warnings INTERFACE -Wbidi-chars=any)
  endif()
  if(KHULASA_WERROR)
    target_compile_options(khulasa_warnings INTERFACE -Werror)
  endif()
endif()
