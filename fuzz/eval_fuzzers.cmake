# Fuzz targets for src/eval (included by fuzz/CMakeLists.txt). Each also
# builds a <name>_replay ctest over fuzz/corpus/<name>/.
khulasa_add_fuzzer(rouge_tokenizer_fuzzer
  SOURCES rouge_tokenizer_fuzzer.cc LIBS khulasa_eval)
