# Fuzz target for the server's request parsing (tools/server). Also runs as
# request_parser_fuzzer_replay over fuzz/corpus/request_parser_fuzzer/.
if(NOT TARGET khulasa_server)
  return()
endif()
khulasa_add_fuzzer(request_parser_fuzzer
  SOURCES request_parser_fuzzer.cc
  LIBS khulasa_server nlohmann_json::nlohmann_json)
