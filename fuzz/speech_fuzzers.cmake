# Fuzz targets of the speech module (khulasa_speech).
khulasa_add_fuzzer(number_reader_fuzzer
  SOURCES number_reader_fuzzer.cc
  LIBS khulasa_speech)

khulasa_add_fuzzer(diacritizer_fuzzer
  SOURCES diacritizer_fuzzer.cc
  LIBS khulasa_speech)

# The diacritizer's model file format: the input is a model body, wrapped
# with the magic and checksum by the target (diacritizer_model_fuzzer.cc);
# a diacritizer_model_fuzzer_replay ctest runs fuzz/corpus/.
khulasa_add_fuzzer(diacritizer_model_fuzzer
  SOURCES diacritizer_model_fuzzer.cc
  LIBS khulasa_speech)
