// Server metrics in the Prometheus text format: requests by route and
// status, a latency histogram per route, cache hits and misses, store size.
//
// Thread safety: every method may be called from many threads. Counters sit
// behind one mutex held for a map update (well under a microsecond), never
// across request work.
#ifndef KHULASA_TOOLS_SERVER_METRICS_H_
#define KHULASA_TOOLS_SERVER_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "src/store/store.h"

namespace khulasa::server {

class Metrics {
 public:
  // Upper bounds of the latency histogram buckets, in seconds.
  static constexpr std::array<double, 14> kLatencyBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
      0.1,    0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

  Metrics() = default;
  Metrics(const Metrics&) = delete;  // shared by all request threads
  Metrics& operator=(const Metrics&) = delete;

  // One finished request: `route` is the route template ("/v1/summarize"),
  // never the raw path, so the label set stays small.
  void RecordRequest(std::string_view route, int http_status, double seconds);

  // A store lookup of `kind` ("summary", "audio") that hit or missed.
  void RecordCache(std::string_view kind, bool hit);

  // The exposition text. `stats` (may be null when the store failed to
  // answer) adds the store size gauges; `connections_cut` is the count of
  // connections dropped by the front end's limits (http_session.h).
  std::string Render(const store::StoreStats* stats,
                     uint64_t connections_cut) const;

 private:
  struct Histogram {
    std::array<uint64_t, kLatencyBuckets.size()> buckets{};  // not cumulative
    uint64_t count = 0;
    double sum = 0;
  };

  mutable std::mutex mutex_;
  // Guarded by mutex_. std::map keeps the output order stable.
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::pair<std::string, bool>, uint64_t> cache_;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_METRICS_H_
