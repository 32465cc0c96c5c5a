# Server tests: an in-process server on an ephemeral loopback port, driven
# over HTTP (server_http_test, server_restart_test); `khulasa serve` run as
# a process (server_cli_test); the page in headless chromium (browser/).
if(TARGET khulasa_server)
  pkg_check_modules(KHULASA_TEST_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
  khulasa_add_test(khulasa_server_http_test
    SOURCES server_http_test.cc server_restart_test.cc server_connection_test.cc
            server_security_test.cc server_encoding_test.cc
            server_front_end_test.cc server_fixture.cc
    LIBS khulasa_server PkgConfig::KHULASA_TEST_HTTPLIB
         nlohmann_json::nlohmann_json ZLIB::ZLIB
    LABELS server)
  if(TARGET khulasa)
    # Other encodings and languages over HTTP (issue 18, items 3 and 4).
    khulasa_add_test(khulasa_server_input_test
      SOURCES server_input_test.cc server_fixture.cc
      LIBS khulasa_server khulasa_base PkgConfig::KHULASA_TEST_HTTPLIB
           nlohmann_json::nlohmann_json ICU::uc
      LABELS server)
    target_compile_definitions(khulasa_server_input_test PRIVATE
      KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    khulasa_add_test(khulasa_server_cli_test
      SOURCES server_cli_test.cc server_fixture.cc cli_process.cc
      LIBS khulasa_server PkgConfig::KHULASA_TEST_HTTPLIB
           nlohmann_json::nlohmann_json
      LABELS server cli)
    add_dependencies(khulasa_server_cli_test khulasa)

    # bench/server_abuse.sh, short: hostile clients (slowloris, 100 MB
    # bodies, header floods, deep JSON, ...) beside the wrk load; fails if
    # the server dies, stops answering /health or passes 1 GB.
    find_program(KHULASA_WRK wrk)
    if(KHULASA_WRK)
      add_test(NAME khulasa_server_abuse_test
               COMMAND "${PROJECT_SOURCE_DIR}/bench/server_abuse.sh"
                       "${PROJECT_BINARY_DIR}" 3 16)
      set_tests_properties(khulasa_server_abuse_test PROPERTIES
        LABELS "server;abuse" TIMEOUT 180 RUN_SERIAL TRUE
        ENVIRONMENT "KHULASA_SHARED_DIR=${KHULASA_SHARED_DIR}")
    else()
      message(STATUS "khulasa_server_abuse_test: needs wrk (scripts/install-deps.sh)")
    endif()

    # The page in Debian's chromium, driven by playwright-core from npm
    # (`make test-browser` installs both). Registered only when they are
    # there; exit 77 (skipped) while the server has no summarizer model.
    find_program(KHULASA_NODE node)
    set(KHULASA_CHROMIUM /usr/bin/chromium)
    if(KHULASA_NODE AND EXISTS "${KHULASA_CHROMIUM}" AND
       EXISTS "${PROJECT_SOURCE_DIR}/node_modules/playwright-core")
      add_test(NAME khulasa_browser_test
               COMMAND "${KHULASA_NODE}"
                       "${PROJECT_SOURCE_DIR}/tests/browser/page_test.mjs"
               WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
      set_tests_properties(khulasa_browser_test PROPERTIES
        LABELS browser
        SKIP_RETURN_CODE 77
        TIMEOUT 180
        ENVIRONMENT "KHULASA_SHARED_DIR=${KHULASA_SHARED_DIR};KHULASA_SOURCE_DIR=${PROJECT_SOURCE_DIR};KHULASA_BINARY_DIR=${PROJECT_BINARY_DIR};KHULASA_ARTIFACT_DIR=${PROJECT_BINARY_DIR}/tests/browser")
    else()
      message(STATUS "khulasa_browser_test: needs node, /usr/bin/chromium and "
                     "node_modules/playwright-core (make test-browser)")
    endif()
  endif()
endif()
