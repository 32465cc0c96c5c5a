# Faults (docs/reliability.md, "Faults"): the store and `khulasa batch`
# killed with SIGKILL, on a full disk (a file-size limit always; a full
# tmpfs when this process may mount one, else skipped) and a read-only
# database given to `khulasa serve`. khulasa_faults_store_writer is the
# child that writes to a store and reports each commit.
if(TARGET khulasa AND TARGET khulasa_store AND KHULASA_BUILD_TESTS)
  add_executable(khulasa_faults_store_writer faults_store_writer.cc)
  target_link_libraries(khulasa_faults_store_writer PRIVATE khulasa_store
                        khulasa_common)
  pkg_check_modules(KHULASA_FAULTS_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
  khulasa_add_test(khulasa_faults_test
    SOURCES faults_store_test.cc faults_batch_test.cc faults_process.cc
            cli_process.cc
    LIBS khulasa_store PkgConfig::KHULASA_FAULTS_HTTPLIB
         nlohmann_json::nlohmann_json
    LABELS faults cli)
  target_compile_definitions(khulasa_faults_test PRIVATE
    KHULASA_FAULTS_WRITER="$<TARGET_FILE:khulasa_faults_store_writer>")
  add_dependencies(khulasa_faults_test khulasa khulasa_faults_store_writer)
endif()
