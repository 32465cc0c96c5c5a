#include "tools/batch/progress.h"

#include <stdio.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

TEST(FormatProgressTest, ShowsBarRateEtaAndErrors) {
  const struct {
    ProgressSnapshot snapshot;
    std::string expected;
  } cases[] = {
      {{.done = 0, .errors = 0, .total = 100, .elapsed_s = 0},
       "[..........] 0/100 0% 0 articles/s 0 errors"},
      {{.done = 50, .errors = 1, .total = 200, .elapsed_s = 2},
       "[##........] 50/200 25% 25 articles/s ETA 6s 1 error"},
      {{.done = 200, .errors = 3, .total = 200, .elapsed_s = 4},
       "[##########] 200/200 100% 50 articles/s ETA 0s 3 errors"},
      {{.done = 1000, .errors = 0, .total = 100000, .elapsed_s = 10},
       "[..........] 1000/100000 1% 100 articles/s ETA 16m30s 0 errors"},
      {{.done = 1234, .errors = 2, .total = std::nullopt, .elapsed_s = 2},
       "1234 617 articles/s 2 errors"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatProgress(c.snapshot, 10), c.expected)
        << "done: " << c.snapshot.done;
  }
}

TEST(FormatSummaryTest, IsOneLine) {
  EXPECT_EQ(
      FormatSummary(
          {.done = 5000, .errors = 2, .total = std::nullopt, .elapsed_s = 1.6}),
      "khulasa batch: 5000 articles in 1.6s (3125 articles/s), "
      "2 errors");
}

// Captures what a Progress writes, with a clock the test moves.
class ProgressCapture {
 public:
  ProgressCapture() { out_ = open_memstream(&data_, &size_); }
  ~ProgressCapture() {
    std::fclose(out_);
    std::free(data_);
  }
  std::FILE* out() { return out_; }
  std::string text() {
    std::fflush(out_);
    return std::string(data_, size_);
  }
  std::chrono::steady_clock::time_point now{};

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
  std::FILE* out_;
};

TEST(ProgressTest, RedrawsATerminalLineAtMostTenTimesASecond) {
  ProgressCapture capture;
  Progress progress(capture.out(), true, 10, [&] { return capture.now; });
  capture.now += std::chrono::milliseconds(50);
  progress.Update(1, 0);  // too early: nothing drawn
  EXPECT_EQ(capture.text(), "");
  capture.now += std::chrono::milliseconds(50);
  progress.Update(2, 0);
  EXPECT_EQ(capture.text(),
            "\r[######........................] 2/10 20% 20 articles/s ETA 0s "
            "0 errors\x1b[K");
  capture.now += std::chrono::milliseconds(900);
  progress.Finish(10, 1);
  EXPECT_NE(capture.text().find(
                "\r\x1b[Kkhulasa batch: 10 articles in 1.0s (10 articles/s), "
                "1 error\n"),
            std::string::npos);
}

TEST(ProgressTest, PrintsPlainLinesWhenNotATerminal) {
  ProgressCapture capture;
  Progress progress(
      capture.out(), false, std::nullopt, [&] { return capture.now; },
      std::chrono::seconds(5));
  capture.now += std::chrono::seconds(1);
  progress.Update(10, 0);
  EXPECT_EQ(capture.text(), "");
  capture.now += std::chrono::seconds(4);
  progress.Update(50, 0);
  EXPECT_EQ(capture.text(), "50 10 articles/s 0 errors\n");
}

}  // namespace
}  // namespace khulasa::batch
