# Fuzz targets for src/text (included by fuzz/CMakeLists.txt). Each also
# builds a <name>_replay ctest over fuzz/corpus/<name>/.
set(_khulasa_text_fuzzers
  utf8_fuzzer normalize_fuzzer tokenizer_fuzzer sentence_splitter_fuzzer)
foreach(_fuzzer IN LISTS _khulasa_text_fuzzers)
  khulasa_add_fuzzer(${_fuzzer} SOURCES ${_fuzzer}.cc LIBS khulasa_text)
endforeach()
