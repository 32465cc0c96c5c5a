# Fuzz target for the server's request parsing (tools/server). Also runs as
# request_parser_fuzzer_replay over fuzz/corpus/request_parser_fuzzer/.
# The server is built with the tools (KHULASA_BUILD_TOOLS).
if(NOT KHULASA_BUILD_TOOLS)
  return()
endif()
khulasa_add_fuzzer(request_parser_fuzzer
  SOURCES request_parser_fuzzer.cc
  LIBS khulasa_server nlohmann_json::nlohmann_json)

# Whole requests without sockets: method, target, headers and body through
# the front end's target decoding, query and Range handling and the
# server's own routing, API key check and body decoding
# (Server::Impl::Dispatch's steps).
khulasa_add_fuzzer(http_request_fuzzer
  SOURCES http_request_fuzzer.cc
  LIBS khulasa_server nlohmann_json::nlohmann_json)
