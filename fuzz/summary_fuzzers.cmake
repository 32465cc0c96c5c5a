# Fuzz target for the summarizer (src/summary): arbitrary text in, bullets
# checked against the pipeline's invariants. Also a summary_fuzzer_replay
# ctest over fuzz/corpus/summary_fuzzer/.
if(NOT TARGET khulasa_summary)
  return()
endif()
khulasa_add_fuzzer(summary_fuzzer
  SOURCES summary_fuzzer.cc
  LIBS khulasa_summary)
