# Speech benchmarks (included by bench/CMakeLists.txt).
khulasa_add_benchmark(speech_bench SOURCES speech_bench.cc LIBS khulasa_speech)
khulasa_add_benchmark(diacritizer_bench
  SOURCES diacritizer_bench.cc
  LIBS khulasa_speech)
