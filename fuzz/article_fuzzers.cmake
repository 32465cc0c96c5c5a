# Fuzz targets for the article readers (src/article). Each also runs as a
# <name>_replay ctest over fuzz/corpus/<name>/.
foreach(reader scraped text json)
  khulasa_add_fuzzer(${reader}_reader_fuzzer
    SOURCES ${reader}_reader_fuzzer.cc
    LIBS khulasa_article)
endforeach()
# What runs before the readers: charset detection and conversion, the
# double-encoding repair, the language guess.
khulasa_add_fuzzer(input_decoder_fuzzer
  SOURCES input_decoder_fuzzer.cc
  LIBS khulasa_article)

# The seed article is never copied into the repository; replay it from the
# shared folder when it is there.
if(KHULASA_BUILD_TESTS AND EXISTS "${KHULASA_SHARED_DIR}/seed")
  add_test(NAME scraped_reader_fuzzer_seed_replay
           COMMAND scraped_reader_fuzzer_replay "${KHULASA_SHARED_DIR}/seed")
  set_tests_properties(scraped_reader_fuzzer_seed_replay PROPERTIES LABELS fuzz)
endif()
