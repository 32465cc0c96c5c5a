# Fuzz target for the summarizer (src/summary): arbitrary text in, bullets
# checked against the pipeline's invariants. Also a summary_fuzzer_replay
# ctest over fuzz/corpus/summary_fuzzer/.
khulasa_add_fuzzer(summary_fuzzer
  SOURCES summary_fuzzer.cc
  LIBS khulasa_summary)

# The ranker's model file format (models/summary_ranker.txt): any bytes must
# parse to a usable model or give kDataLoss (a ranker_model_fuzzer_replay
# ctest over fuzz/corpus/ranker_model_fuzzer/, seeded with the committed
# model).
khulasa_add_fuzzer(ranker_model_fuzzer
  SOURCES ranker_model_fuzzer.cc
  LIBS khulasa_summary)
