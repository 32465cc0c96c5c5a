# Text pipeline benchmark (included by bench/CMakeLists.txt).
khulasa_add_benchmark(text_bench SOURCES text_bench.cc LIBS khulasa_text)
