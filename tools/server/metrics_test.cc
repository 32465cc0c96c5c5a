#include "tools/server/metrics.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::server {
namespace {

bool Has(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

TEST(MetricsTest, CountsRequestsByRouteAndStatus) {
  Metrics metrics;
  metrics.RecordRequest("/health", 200, 0.0001);
  metrics.RecordRequest("/health", 200, 0.003);
  metrics.RecordRequest("/v1/summarize", 400, 0.02);
  std::string text = metrics.Render(nullptr, 0);
  EXPECT_TRUE(Has(text,
                  "khulasa_http_requests_total{route=\"/health\","
                  "status=\"200\"} 2"))
      << text;
  EXPECT_TRUE(Has(text,
                  "khulasa_http_requests_total{route=\"/v1/summarize\","
                  "status=\"400\"} 1"))
      << text;
}

TEST(MetricsTest, HistogramIsCumulative) {
  Metrics metrics;
  metrics.RecordRequest("/health", 200, 0.0001);  // first bucket
  metrics.RecordRequest("/health", 200, 0.003);   // le 0.005
  metrics.RecordRequest("/health", 200, 100.0);   // only +Inf
  std::string text = metrics.Render(nullptr, 0);
  const std::string prefix =
      "khulasa_http_request_duration_seconds_bucket{route=\"/health\",le=";
  EXPECT_TRUE(Has(text, prefix + "\"0.0005\"} 1")) << text;
  EXPECT_TRUE(Has(text, prefix + "\"0.0025\"} 1")) << text;
  EXPECT_TRUE(Has(text, prefix + "\"0.005\"} 2")) << text;
  EXPECT_TRUE(Has(text, prefix + "\"10\"} 2")) << text;
  EXPECT_TRUE(Has(text, prefix + "\"+Inf\"} 3")) << text;
  EXPECT_TRUE(Has(text,
                  "khulasa_http_request_duration_seconds_count{route="
                  "\"/health\"} 3"))
      << text;
}

TEST(MetricsTest, ReportsCacheAndStore) {
  Metrics metrics;
  metrics.RecordCache("summary", true);
  metrics.RecordCache("summary", true);
  metrics.RecordCache("audio", false);
  store::StoreStats stats{
      .articles = 4, .summaries = 3, .audio_items = 2, .audio_bytes = 1000};
  std::string text = metrics.Render(&stats, 7);
  EXPECT_TRUE(Has(text, "khulasa_cache_hits_total{kind=\"summary\"} 2"));
  EXPECT_TRUE(Has(text, "khulasa_cache_misses_total{kind=\"audio\"} 1"));
  EXPECT_TRUE(Has(text, "khulasa_store_articles 4"));
  EXPECT_TRUE(Has(text, "khulasa_store_audio_bytes 1000"));
  EXPECT_TRUE(Has(text, "khulasa_connections_cut_total 7"));
}

}  // namespace
}  // namespace khulasa::server
