# Run by ctest (khulasa_install_test): installs into PREFIX and runs the
# installed program.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}"
                        --prefix "${PREFIX}" --component Unspecified
                RESULT_VARIABLE installed OUTPUT_QUIET)
if(NOT installed EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${installed}")
endif()
foreach(file bin/khulasa share/khulasa/models/summary_ranker.txt
             share/khulasa/models/diacritizer.bin)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${PREFIX}/${file}")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/khulasa" summarize "${ARTICLE}"
                RESULT_VARIABLE summarized OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT summarized EQUAL 0 OR NOT out MATCHES "\n- ")
  message(FATAL_ERROR "the installed khulasa did not summarize: ${err}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
