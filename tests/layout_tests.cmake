# The source layout's rules, checked on the tree: tools/ and python/ include
# only the src/ headers docs/HACKING.md's table allows ("What tools may
# include"), and the checker catches a forbidden include. Standard library
# only; the interpreter is the Python module's (/usr/bin/python3) when set.
if(DEFINED PYTHON_EXECUTABLE)
  set(_khulasa_layout_python "${PYTHON_EXECUTABLE}")
else()
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  set(_khulasa_layout_python "${Python3_EXECUTABLE}")
endif()
add_test(NAME khulasa_tool_includes_test
  COMMAND "${_khulasa_layout_python}"
          "${PROJECT_SOURCE_DIR}/scripts/check_tool_includes.py"
          "${PROJECT_SOURCE_DIR}")
add_test(NAME khulasa_tool_includes_self_test
  COMMAND "${_khulasa_layout_python}"
          "${PROJECT_SOURCE_DIR}/scripts/check_tool_includes.py" --self-test)
set_tests_properties(khulasa_tool_includes_test
  khulasa_tool_includes_self_test PROPERTIES LABELS "unit")
