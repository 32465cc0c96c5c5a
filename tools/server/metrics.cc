#include "tools/server/metrics.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace khulasa::server {
namespace {

// Prometheus floats: shortest form that reads back the same.
std::string Number(double value) { return absl::StrFormat("%.6g", value); }

}  // namespace

void Metrics::RecordRequest(std::string_view route, int http_status,
                            double seconds) {
  std::string key(route);
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{key, http_status}];
  Histogram& histogram = latency_[key];
  size_t bucket = 0;
  while (bucket < kLatencyBuckets.size() && seconds > kLatencyBuckets[bucket]) {
    ++bucket;
  }
  if (bucket < kLatencyBuckets.size()) ++histogram.buckets[bucket];
  ++histogram.count;
  histogram.sum += seconds;
}

void Metrics::RecordCache(std::string_view kind, bool hit) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++cache_[{std::string(kind), hit}];
}

std::string Metrics::Render(const store::StoreStats* stats,
                            uint64_t connections_cut) const {
  std::string out;
  std::lock_guard<std::mutex> lock(mutex_);
  absl::StrAppend(&out,
                  "# HELP khulasa_http_requests_total HTTP requests answered, "
                  "by route and status.\n"
                  "# TYPE khulasa_http_requests_total counter\n");
  for (const auto& [key, count] : requests_) {
    absl::StrAppend(&out, "khulasa_http_requests_total{route=\"", key.first,
                    "\",status=\"", key.second, "\"} ", count, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP khulasa_http_request_duration_seconds Time from "
                  "request read to response ready.\n"
                  "# TYPE khulasa_http_request_duration_seconds histogram\n");
  for (const auto& [route, histogram] : latency_) {
    uint64_t cumulative = 0;
    for (size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      cumulative += histogram.buckets[i];
      absl::StrAppend(&out, "khulasa_http_request_duration_seconds_bucket{",
                      "route=\"", route, "\",le=\"", Number(kLatencyBuckets[i]),
                      "\"} ", cumulative, "\n");
    }
    absl::StrAppend(&out, "khulasa_http_request_duration_seconds_bucket{",
                    "route=\"", route, "\",le=\"+Inf\"} ", histogram.count,
                    "\n", "khulasa_http_request_duration_seconds_sum{route=\"",
                    route, "\"} ", Number(histogram.sum), "\n",
                    "khulasa_http_request_duration_seconds_count{route=\"",
                    route, "\"} ", histogram.count, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP khulasa_cache_hits_total Store lookups that found "
                  "a stored result.\n"
                  "# TYPE khulasa_cache_hits_total counter\n");
  for (const auto& [key, count] : cache_) {
    if (key.second) {
      absl::StrAppend(&out, "khulasa_cache_hits_total{kind=\"", key.first,
                      "\"} ", count, "\n");
    }
  }
  absl::StrAppend(&out,
                  "# HELP khulasa_cache_misses_total Store lookups that had "
                  "to compute.\n"
                  "# TYPE khulasa_cache_misses_total counter\n");
  for (const auto& [key, count] : cache_) {
    if (!key.second) {
      absl::StrAppend(&out, "khulasa_cache_misses_total{kind=\"", key.first,
                      "\"} ", count, "\n");
    }
  }
  if (stats != nullptr) {
    absl::StrAppend(
        &out,
        "# HELP khulasa_store_articles Articles in the store.\n"
        "# TYPE khulasa_store_articles gauge\n"
        "khulasa_store_articles ",
        stats->articles,
        "\n"
        "# HELP khulasa_store_summaries Summaries in the store.\n"
        "# TYPE khulasa_store_summaries gauge\n"
        "khulasa_store_summaries ",
        stats->summaries,
        "\n"
        "# HELP khulasa_store_audio_items Spoken summaries in the store.\n"
        "# TYPE khulasa_store_audio_items gauge\n"
        "khulasa_store_audio_items ",
        stats->audio_items,
        "\n"
        "# HELP khulasa_store_audio_bytes Bytes of audio in the store.\n"
        "# TYPE khulasa_store_audio_bytes gauge\n"
        "khulasa_store_audio_bytes ",
        stats->audio_bytes, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP khulasa_connections_cut_total Connections dropped "
                  "for reading past a request's byte or time limit.\n"
                  "# TYPE khulasa_connections_cut_total counter\n"
                  "khulasa_connections_cut_total ",
                  connections_cut, "\n");
  return out;
}

}  // namespace khulasa::server
