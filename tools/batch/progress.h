// Progress of a batch run on stderr: a bar redrawn in place on a terminal,
// a line every few seconds elsewhere (--progress), and a one-line summary.
#ifndef KHULASA_TOOLS_BATCH_PROGRESS_H_
#define KHULASA_TOOLS_BATCH_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>

namespace khulasa::batch {

struct ProgressSnapshot {
  uint64_t done = 0;              // records written in this run
  uint64_t errors = 0;            // of which errors
  std::optional<uint64_t> total;  // records of this run, when known
  double elapsed_s = 0;
};

// "[#####.....] 1200/5000 24% 3100 articles/s ETA 1s 2 errors" (the bar and
// percentage and ETA only when the total is known). Deterministic: for tests.
std::string FormatProgress(const ProgressSnapshot& snapshot, int bar_width);

// "khulasa batch: 5000 articles in 1.6s (3125 articles/s), 2 errors".
std::string FormatSummary(const ProgressSnapshot& snapshot);

class Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // `terminal`: redraw one line with '\r' (10 times a second at most);
  // otherwise print a line every `line_interval`. Writes to `out`.
  Progress(std::FILE* out, bool terminal, std::optional<uint64_t> total,
           Clock clock = std::chrono::steady_clock::now,
           std::chrono::milliseconds line_interval = std::chrono::seconds(5));

  // Cheap when nothing is due: one clock read.
  void Update(uint64_t done, uint64_t errors);
  // Clears the bar and prints the summary line.
  void Finish(uint64_t done, uint64_t errors);

 private:
  ProgressSnapshot Snapshot(uint64_t done, uint64_t errors) const;

  std::FILE* out_;
  bool terminal_;
  std::optional<uint64_t> total_;
  Clock clock_;
  std::chrono::milliseconds interval_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point next_draw_;
  bool drawn_ = false;
};

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_PROGRESS_H_
