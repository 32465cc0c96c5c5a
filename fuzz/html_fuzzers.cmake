# Fuzz target of the HTML reader (src/article/html_*).
if(TARGET khulasa_article)
  khulasa_add_fuzzer(html_reader_fuzzer
    SOURCES html_reader_fuzzer.cc
    LIBS khulasa_article)
endif()
