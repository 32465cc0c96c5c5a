#include "tools/batch/progress.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace khulasa::batch {
namespace {

double Rate(const ProgressSnapshot& snapshot) {
  return snapshot.elapsed_s > 0
             ? static_cast<double>(snapshot.done) / snapshot.elapsed_s
             : 0.0;
}

std::string Duration(double seconds) {
  auto whole = static_cast<int64_t>(std::llround(std::max(seconds, 0.0)));
  if (whole < 60) return absl::StrCat(whole, "s");
  if (whole < 3600) return absl::StrCat(whole / 60, "m", whole % 60, "s");
  return absl::StrCat(whole / 3600, "h", (whole % 3600) / 60, "m");
}

std::string Errors(uint64_t errors) {
  return absl::StrCat(errors, errors == 1 ? " error" : " errors");
}

}  // namespace

std::string FormatProgress(const ProgressSnapshot& snapshot, int bar_width) {
  const double rate = Rate(snapshot);
  std::string line;
  if (snapshot.total.has_value() && *snapshot.total > 0) {
    const uint64_t total = *snapshot.total;
    const uint64_t done = std::min(snapshot.done, total);
    const int filled =
        static_cast<int>(done * static_cast<uint64_t>(bar_width) / total);
    line = absl::StrCat(
        "[", std::string(static_cast<size_t>(filled), '#'),
        std::string(static_cast<size_t>(bar_width - filled), '.'), "] ",
        snapshot.done, "/", total, " ", done * 100 / total, "% ");
    line += absl::StrFormat("%.0f articles/s", rate);
    if (rate > 0) {
      line += " ETA " + Duration(static_cast<double>(total - done) / rate);
    }
  } else {
    line = absl::StrCat(snapshot.done, " ");
    line += absl::StrFormat("%.0f articles/s", rate);
  }
  return line + " " + Errors(snapshot.errors);
}

std::string FormatSummary(const ProgressSnapshot& snapshot) {
  return absl::StrFormat(
             "khulasa batch: %d articles in %.1fs (%.0f articles/s), ",
             snapshot.done, snapshot.elapsed_s, Rate(snapshot)) +
         Errors(snapshot.errors);
}

Progress::Progress(std::FILE* out, bool terminal, std::optional<uint64_t> total,
                   Clock clock, std::chrono::milliseconds line_interval)
    : out_(out),
      terminal_(terminal),
      total_(total),
      clock_(std::move(clock)),
      interval_(terminal ? std::chrono::milliseconds(100) : line_interval),
      start_(clock_()),
      next_draw_(start_ + interval_) {}

ProgressSnapshot Progress::Snapshot(uint64_t done, uint64_t errors) const {
  ProgressSnapshot snapshot;
  snapshot.done = done;
  snapshot.errors = errors;
  snapshot.total = total_;
  snapshot.elapsed_s = std::chrono::duration<double>(clock_() - start_).count();
  return snapshot;
}

void Progress::Update(uint64_t done, uint64_t errors) {
  const auto now = clock_();
  if (now < next_draw_) return;
  next_draw_ = now + interval_;
  const std::string line = FormatProgress(Snapshot(done, errors), 30);
  if (terminal_) {
    std::fprintf(out_, "\r%s\x1b[K", line.c_str());
  } else {
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
  drawn_ = true;
}

void Progress::Finish(uint64_t done, uint64_t errors) {
  if (terminal_ && drawn_) std::fputs("\r\x1b[K", out_);
  std::fprintf(out_, "%s\n", FormatSummary(Snapshot(done, errors)).c_str());
  std::fflush(out_);
}

}  // namespace khulasa::batch
