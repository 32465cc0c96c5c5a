# Tests that run `khulasa speak` (KHULASA_BINARY_DIR) from ctest.
if(TARGET khulasa AND TARGET khulasa_speech)
  # Decoders for checking the audio (imported targets are per directory).
  pkg_check_modules(OPUSFILE REQUIRED IMPORTED_TARGET opusfile)
  pkg_check_modules(MP3LAME REQUIRED IMPORTED_TARGET lame)
  khulasa_add_test(khulasa_speak_cli_test
    SOURCES speak_cli_test.cc cli_process.cc
            ${PROJECT_SOURCE_DIR}/src/speech/audio_decode_for_tests.cc
    LIBS nlohmann_json::nlohmann_json khulasa_base PkgConfig::OPUSFILE
         PkgConfig::MP3LAME absl::status absl::statusor absl::strings
    LABELS cli)
  target_compile_definitions(khulasa_speak_cli_test PRIVATE
    KHULASA_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
    KHULASA_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(khulasa_speak_cli_test khulasa)
endif()
