# Summarizer throughput: read + parse + summarize a seed-sized article, with
# read-only and summarize-only baselines in the same run (docs/performance.md).
if(TARGET khulasa_summary)
  khulasa_add_benchmark(summary_bench
    SOURCES summary_bench.cc
    LIBS khulasa_summary)
endif()
