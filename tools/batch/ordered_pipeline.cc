#include "tools/batch/ordered_pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace khulasa::batch {
namespace {

// A finished result waiting for its turn to be written.
struct Slot {
  bool ready = false;
  RecordResult result;
  size_t charged_bytes = 0;  // what it counts against window_bytes
};

// The state the reader, the workers and the writer share; one mutex guards
// all of it (a few lock round trips per record cost far less than the
// work itself).
class Pipeline {
 public:
  Pipeline(RecordReader& reader, const WorkFunction& work,
           const PipelineOptions& options)
      : reader_(reader),
        work_(work),
        window_(options.window_records > 0
                    ? options.window_records
                    : 64 * static_cast<size_t>(std::max(options.jobs, 1))),
        window_bytes_(options.window_bytes),
        input_charge_(std::max<size_t>(options.input_charge, 1)),
        slots_(window_) {}

  absl::StatusOr<PipelineStats> Run(const SinkFunction& sink, int jobs) {
    std::thread reader_thread([this] { ReadAll(); });
    std::vector<std::thread> workers;
    for (int i = 0; i < std::max(jobs, 1); ++i) {
      workers.emplace_back([this] { Work(); });
    }
    PipelineStats stats;
    absl::Status sink_status = WriteAll(sink, &stats);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    reader_cv_.notify_all();
    work_cv_.notify_all();
    reader_thread.join();
    for (std::thread& worker : workers) worker.join();
    if (!sink_status.ok()) return sink_status;
    if (!reader_status_.ok()) return reader_status_;
    return stats;
  }

 private:
  void ReadAll() {
    uint64_t index = 0;
    for (;;) {
      Record record;
      absl::StatusOr<bool> got = reader_.Next(&record);
      std::unique_lock<std::mutex> lock(mutex_);
      if (!got.ok() || !*got) {
        if (!got.ok()) reader_status_ = got.status();
        read_done_ = true;
        work_cv_.notify_all();
        write_cv_.notify_all();
        return;
      }
      const size_t charge = record.bytes.size() * input_charge_;
      if (!(in_flight_records_ == 0 ||
            (in_flight_records_ < window_ &&
             in_flight_bytes_ + charge <= window_bytes_))) {
        // The window is full: wait until it is half empty, then read a
        // burst, rather than waking up for every record written.
        waiting_charge_ = charge;
        reader_waiting_ = true;
        reader_cv_.wait(lock, [&] { return stop_ || ReaderMayGo(); });
        reader_waiting_ = false;
      }
      if (stop_) return;
      record.index = index++;
      in_flight_records_ += 1;
      in_flight_bytes_ += charge;
      read_count_ = index;
      queue_.push_back(std::move(record));
      work_cv_.notify_one();
    }
  }

  void Work() {
    for (;;) {
      Record record;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_cv_.wait(
            lock, [this] { return stop_ || read_done_ || !queue_.empty(); });
        if (stop_ || queue_.empty()) return;
        record = std::move(queue_.front());
        queue_.pop_front();
      }
      RecordResult result = work_(record);
      result.input_digest = record.digest;
      const size_t input_bytes = record.bytes.size();
      const uint64_t index = record.index;
      record = Record();  // free the input before waiting for our turn
      std::lock_guard<std::mutex> lock(mutex_);
      Slot& slot = slots_[index % window_];
      slot.charged_bytes = result.line.size();
      slot.result = std::move(result);
      slot.ready = true;
      in_flight_bytes_ =
          in_flight_bytes_ - input_bytes * input_charge_ + slot.charged_bytes;
      // Wake the writer for a run of results, not for each one: when this
      // result is well ahead of the one it waits for, when no work is left
      // to do, or when the reader is stuck on a full window. (Each wake-up
      // is a context switch: per record they cost 17% of a run's CPU.)
      if (writer_waiting_ &&
          (index + 1 >= next_to_write_ + wake_run_ || queue_.empty() ||
           read_done_ || reader_waiting_)) {
        write_cv_.notify_one();
      }
      if (reader_waiting_ && ReaderMayGo()) reader_cv_.notify_one();
    }
  }

  absl::Status WriteAll(const SinkFunction& sink, PipelineStats* stats) {
    for (uint64_t next = 0;; ++next) {
      RecordResult result;
      size_t charged = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        Slot& slot = slots_[next % window_];
        next_to_write_ = next;
        writer_waiting_ = true;
        write_cv_.wait(lock, [&] {
          return slot.ready || (read_done_ && next == read_count_);
        });
        writer_waiting_ = false;
        if (!slot.ready) return absl::OkStatus();  // all written
        result = std::move(slot.result);
        charged = slot.charged_bytes;
        slot = Slot();
      }
      absl::Status status = sink(next, result);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        in_flight_records_ -= 1;
        in_flight_bytes_ -= charged;
        if (reader_waiting_ && ReaderMayGo()) reader_cv_.notify_one();
      }
      if (!status.ok()) return status;
      stats->records += 1;
      if (result.error) stats->errors += 1;
    }
  }

  // Whether the waiting reader may go on: the window is half empty and its
  // record fits, or nothing at all is in flight. Called with mutex_ held.
  bool ReaderMayGo() const {
    return in_flight_records_ == 0 ||
           (in_flight_records_ <= window_ / 2 &&
            in_flight_bytes_ + waiting_charge_ <= window_bytes_);
  }

  RecordReader& reader_;
  const WorkFunction& work_;
  const size_t window_;
  const size_t window_bytes_;
  const size_t input_charge_;

  std::mutex mutex_;
  std::condition_variable reader_cv_;  // room in the window, or stop
  std::condition_variable work_cv_;    // a queued record, end, or stop
  std::condition_variable write_cv_;   // a finished result, or end
  std::deque<Record> queue_;
  std::vector<Slot> slots_;
  size_t in_flight_records_ = 0;
  size_t in_flight_bytes_ = 0;
  uint64_t read_count_ = 0;
  bool read_done_ = false;
  bool reader_waiting_ = false;
  size_t waiting_charge_ = 0;  // the charge of the record the reader holds
  bool writer_waiting_ = false;
  uint64_t next_to_write_ = 0;  // the index the writer waits for
  const uint64_t wake_run_ = std::max<uint64_t>(1, window_ / 4);
  bool stop_ = false;
  absl::Status reader_status_;
};

}  // namespace

absl::StatusOr<PipelineStats> RunOrdered(RecordReader& reader,
                                         const WorkFunction& work,
                                         const SinkFunction& sink,
                                         const PipelineOptions& options) {
  Pipeline pipeline(reader, work, options);
  return pipeline.Run(sink, options.jobs);
}

}  // namespace khulasa::batch
