// `khulasa batch [INPUT] -o OUT.jsonl [--jobs N] [--resume] [--progress]
// [--bullets N] [--max-words W] [--format auto|scraped|text|json|html]
// [--lenient] [--speak DIR [--audio-format ogg|mp3|wav]]`: summarizes a JSONL
// archive ({"id", "text"|"html"|"scraped"} per line), a folder of .txt/.html
// files, or JSONL on stdin ("-"), on all cores, writing one JSONL result per
// record in input order. One bad record gets an {"id", "error"} line and the
// run goes on. With --speak, each summary is also read aloud into DIR/<record
// number>.<format>. See tools/batch/ and docs/scale-out.md.
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/speech.h"
#include "khulasa/summary.h"
#include "tools/batch/ordered_pipeline.h"
#include "tools/batch/output_file.h"
#include "tools/batch/progress.h"
#include "tools/batch/record_reader.h"
#include "tools/batch/summarize_record.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {
namespace {

struct BatchFlags {
  std::string input = "-";
  std::string output = "-";
  int jobs = 0;
  bool resume = false;
  bool progress = false;
  int bullets = 3;
  int max_words = 0;
  std::string format = "auto";
  bool lenient = false;
  std::string speak_dir;
  std::string audio_format = "ogg";
};

// How often the output is fsynced: a crash loses at most this much work
// (a killed process loses nothing that was written; --resume redoes the
// rest).
constexpr auto kCheckpointInterval = std::chrono::seconds(1);

int RunBatch(const BatchFlags& flags) {
  // glibc raises its mmap threshold after a large block is freed, after
  // which big records are carved from per-thread heaps that keep the memory:
  // 16 workers that each saw one 15 MB record held ~400 MB. A fixed 1 MiB
  // threshold gives every large buffer back on free (measured: 394 MB ->
  // 110 MB, docs/performance.md), at no cost for ordinary articles.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  batch::RecordOptions record_options;
  record_options.read.lenient = flags.lenient;
  if (!ParseInputFormat(flags.format, &record_options.read.format)) {
    return ReportError(
        absl::InvalidArgumentError("unknown --format " + flags.format));
  }
  record_options.summary.bullets = flags.bullets;
  record_options.summary.max_words = flags.max_words;

  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  const bool show_progress = terminal || flags.progress;
  batch::ReaderOptions reader_options;
  reader_options.max_record_bytes = record_options.read.max_input_bytes;
  reader_options.file_format = record_options.read.format;
  reader_options.count_total = show_progress;

  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return ReportError(engine.status());
  absl::StatusOr<std::unique_ptr<batch::RecordReader>> reader =
      batch::OpenRecordReader(flags.input, reader_options);
  if (!reader.ok()) return ReportError(reader.status());
  absl::StatusOr<std::unique_ptr<batch::OutputFile>> out =
      batch::OutputFile::Open(flags.output, flags.resume);
  if (!out.ok()) return ReportError(out.status());

  // Resume: the output holds the results of the first N records, in order.
  const uint64_t done_before = (*out)->existing_lines();
  record_options.first_index = done_before;
  if (!flags.speak_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(flags.speak_dir, error);
    if (error) {
      return ReportError(absl::InternalError(
          "cannot create " + flags.speak_dir + ": " + error.message()));
    }
    record_options.audio_dir = flags.speak_dir;
    for (AudioFormat format :
         {AudioFormat::kOgg, AudioFormat::kMp3, AudioFormat::kWav}) {
      if (AudioFormatName(format) == flags.audio_format) {
        record_options.speech.format = format;
      }
    }
  }
  for (uint64_t i = 0; i < done_before; ++i) {
    absl::StatusOr<bool> skipped = (*reader)->Skip();
    if (!skipped.ok()) return ReportError(skipped.status());
    if (!*skipped) {
      return ReportError(absl::InvalidArgumentError(
          absl::StrCat(flags.output, " already has ", done_before,
                       " results but the input has only ", i,
                       " records; is this the output of another input?")));
    }
  }

  std::optional<uint64_t> total = (*reader)->total();
  if (total.has_value()) *total -= std::min(*total, done_before);
  std::optional<batch::Progress> progress;
  if (show_progress) progress.emplace(stderr, terminal, total);

  const Engine& shared_engine = **engine;
  batch::WorkFunction work = [&](const batch::Record& record) {
    return batch::SummarizeRecord(shared_engine, record, record_options);
  };
  uint64_t written = 0;
  uint64_t errors = 0;
  auto next_checkpoint = std::chrono::steady_clock::now() + kCheckpointInterval;
  batch::SinkFunction sink = [&](uint64_t, const batch::RecordResult& result) {
    absl::Status status = (*out)->Append(result.line);
    if (!status.ok()) return status;
    ++written;
    if (result.error) ++errors;
    if ((written & 63) == 0) {
      auto now = std::chrono::steady_clock::now();
      if (now >= next_checkpoint) {
        next_checkpoint = now + kCheckpointInterval;
        status = (*out)->Flush(/*sync=*/true);
        if (!status.ok()) return status;
      }
      if (progress.has_value()) progress->Update(written, errors);
    }
    return absl::OkStatus();
  };
  batch::PipelineOptions options;
  options.jobs =
      flags.jobs > 0
          ? flags.jobs
          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  absl::StatusOr<batch::PipelineStats> stats =
      batch::RunOrdered(**reader, work, sink, options);
  absl::Status flushed = (*out)->Flush(/*sync=*/true);
  if (!stats.ok()) return ReportError(stats.status());
  if (!flushed.ok()) return ReportError(flushed);
  if (progress.has_value()) progress->Finish(written, errors);
  return kExitOk;
}

}  // namespace

Command AddBatchCommand(CLI::App& app) {
  auto flags = std::make_shared<BatchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "batch",
      "summarize a JSONL archive or a folder of articles on all cores");
  cmd->add_option("input", flags->input,
                  "JSONL file ({\"id\", \"text\"|\"html\"|\"scraped\"} per "
                  "line), folder of .txt/.html files, or - for stdin")
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output,
                  "JSONL output, one result per record in input order")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", flags->jobs, "worker threads (0: one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--resume", flags->resume,
                "continue an interrupted run: keep the results already in "
                "the output and skip their records");
  cmd->add_flag("--progress", flags->progress,
                "report progress on stderr even when it is not a terminal");
  cmd->add_option("--bullets", flags->bullets, "bullets per article (1-10)")
      ->capture_default_str()
      ->check(CLI::Range(kMinBullets, kMaxBullets));
  cmd->add_option("--max-words", flags->max_words,
                  "most words per bullet (0: automatic)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--format", flags->format,
                  "how to read \"text\" fields and files (auto: by field "
                  "name and file extension)")
      ->check(CLI::IsMember({"auto", "scraped", "text", "json", "html"}))
      ->capture_default_str();
  cmd->add_flag("--lenient", flags->lenient,
                "replace invalid UTF-8 bytes with U+FFFD instead of failing");
  cmd->add_option("--speak", flags->speak_dir,
                  "also read each summary aloud into DIR/<record number>."
                  "<format> (espeak-ng synthesizes one record at a time)");
  cmd->add_option("--audio-format", flags->audio_format,
                  "audio format for --speak")
      ->check(CLI::IsMember({"ogg", "mp3", "wav"}))
      ->capture_default_str();
  return Command{cmd, [flags] { return RunBatch(*flags); }};
}

}  // namespace khulasa::cli
