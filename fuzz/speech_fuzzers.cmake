# Fuzz targets of the speech module (khulasa_speech).
khulasa_add_fuzzer(number_reader_fuzzer
  SOURCES number_reader_fuzzer.cc
  LIBS khulasa_speech)

khulasa_add_fuzzer(diacritizer_fuzzer
  SOURCES diacritizer_fuzzer.cc
  LIBS khulasa_speech)
