# Benchmarks of the article readers.
if(TARGET khulasa_article)
  # HTML reader: parse and parse+extract throughput (docs/extraction.md).
  khulasa_add_benchmark(html_bench
    SOURCES html_bench.cc
    LIBS khulasa_article ZLIB::ZLIB)
endif()
