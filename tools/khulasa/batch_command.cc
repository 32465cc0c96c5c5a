// `khulasa batch [INPUT | --urls FILE] -o OUT.jsonl [--jobs N] [--resume]
// [--max-errors N] [--progress] [--bullets N] [--max-words W]
// [--format auto|scraped|text|json|html] [--lenient]
// [--speak DIR [--audio-format ogg|mp3|wav]]`: summarizes a JSONL archive
// ({"id", "text"|"html"|"scraped"} per line), a folder of .txt/.html/.json
// files (each possibly gzipped), JSONL on stdin ("-"), or the pages of a
// list of URLs (--urls: one http(s) URL a line, fetched), on all cores,
// writing one JSONL line per input line (per file) in input order. A bad
// record gets an {"id", "line", "error"} line and the run goes on; the exit
// status is then 3. With --speak, each summary is also read aloud into
// DIR/<record id>.<format>. See tools/batch/ and docs/scale-out.md.
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
#include "tools/batch/audio_names.h"
#include "tools/batch/ordered_pipeline.h"
#include "tools/batch/output_file.h"
#include "tools/batch/progress.h"
#include "tools/batch/record_reader.h"
#include "tools/batch/resume_check.h"
#include "tools/batch/resume_state.h"
#include "tools/batch/summarize_record.h"
#include "tools/khulasa/batch_urls.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/gzip_input.h"

namespace khulasa::cli {
namespace {

struct BatchFlags {
  std::string input = "-";
  std::string urls;  // --urls FILE: fetch each line's URL
  std::string output = "-";
  int jobs = 0;
  bool resume = false;
  int64_t max_errors = 0;
  bool progress = false;
  int bullets = 3;
  int max_words = 0;
  std::string format = "auto";
  bool lenient = false;
  std::string speak_dir;
  std::string audio_format = "ogg";
};

// How often the output is fsynced and its resume file rewritten: a power
// cut loses at most this much work (a killed process loses nothing that was
// written; --resume redoes the rest).
constexpr auto kCheckpointInterval = std::chrono::seconds(1);

// The run ended (or stopped at --max-errors) with error lines for some
// records; every line it wrote is in the output.
constexpr int kExitRecordsFailed = 3;

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

  reader_options.gunzip = [](std::string_view bytes, size_t max_bytes) {
    return Gunzip(bytes, max_bytes);
  };

  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return ReportError(engine.status());
  const bool fetch = !flags.urls.empty();
  if (fetch && std::filesystem::is_directory(flags.urls)) {
    return ReportError(absl::InvalidArgumentError(
        "--urls takes a file with one http(s) URL a line, not a folder: " +
        flags.urls));
  }
  // A URL list is read as lines, like JSONL; the workers fetch each one.
  absl::StatusOr<std::unique_ptr<batch::RecordReader>> reader =
      batch::OpenRecordReader(fetch ? flags.urls : flags.input, reader_options);
  if (!reader.ok()) return ReportError(reader.status());
  if (fetch) *reader = NewUrlListReader(*std::move(reader));
  const bool speak = !flags.speak_dir.empty();
  if (speak) {
    *reader = std::make_unique<batch::AudioNamingReader>(*std::move(reader));
  }
  // The input's fingerprint goes beside an output file (not stdout, a pipe
  // or a device); a run that starts afresh first drops the one of an
  // earlier run, before it empties the output.
  const bool to_file = flags.output != "-";
  const std::string state_path = batch::ResumeStatePath(flags.output);
  if (to_file && !flags.resume) {
    std::error_code error;
    const auto type = std::filesystem::status(flags.output, error).type();
    if (type == std::filesystem::file_type::regular ||
        type == std::filesystem::file_type::not_found) {
      absl::Status removed = batch::RemoveResumeState(state_path);
      if (!removed.ok()) return ReportError(removed);
    }
  }
  absl::StatusOr<std::unique_ptr<batch::OutputFile>> out =
      batch::OutputFile::Open(flags.output, flags.resume);
  if (!out.ok()) return ReportError(out.status());
  const bool keep_state = (*out)->regular_file();

  if (speak) {
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
  // Resume: the output holds the results of the first N records, in order,
  // and they must be this input's.
  const uint64_t done_before = (*out)->existing_lines();
  batch::InputFingerprint fingerprint;
  if (flags.resume) {
    absl::StatusOr<batch::InputFingerprint> skipped =
        batch::SkipWrittenRecords(**reader, flags.output, done_before);
    if (!skipped.ok()) return ReportError(skipped.status());
    fingerprint = *skipped;
  }

  std::optional<uint64_t> total = (*reader)->total();
  if (total.has_value()) *total -= std::min(*total, done_before);
  std::optional<batch::Progress> progress;
  if (show_progress) progress.emplace(stderr, terminal, total);

  const Engine& shared_engine = **engine;
  batch::WorkFunction work = [&](const batch::Record& record) {
    if (fetch) return SummarizeUrlRecord(shared_engine, record, record_options);
    return batch::SummarizeRecord(shared_engine, record, record_options);
  };
  // Once a write has failed, buffered lines the fingerprint counts may be
  // lost: the resume file is not written again.
  bool write_failed = false;
  auto flush = [&](bool sync) {
    absl::Status status = (*out)->Flush(sync);
    if (!status.ok()) write_failed = true;
    return status;
  };
  // A checkpoint: the output on disk, then the fingerprint that vouches
  // for it (never ahead of it).
  auto checkpoint = [&]() -> absl::Status {
    absl::Status status = flush(/*sync=*/true);
    if (!status.ok() || !keep_state || write_failed) return status;
    return batch::WriteResumeState(state_path, fingerprint);
  };
  uint64_t written = 0;
  uint64_t errors = 0;
  bool stopped = false;  // at --max-errors
  auto next_checkpoint = std::chrono::steady_clock::now() + kCheckpointInterval;
  batch::SinkFunction sink = [&](uint64_t, const batch::RecordResult& result) {
    absl::Status status = (*out)->Append(result.line);
    if (!status.ok()) {
      write_failed = true;
      return status;
    }
    fingerprint.Add(result.input_digest);
    ++written;
    if (result.error) ++errors;
    // Spoken records are slow and their audio is on disk already: each line
    // goes out at once, so a kill -9 loses only the records in flight.
    if (speak) status = flush(/*sync=*/false);
    if (!status.ok()) return status;
    if (speak || (written & 63) == 0) {
      auto now = std::chrono::steady_clock::now();
      if (now >= next_checkpoint) {
        next_checkpoint = now + kCheckpointInterval;
        status = checkpoint();
        if (!status.ok()) return status;
      }
      if (progress.has_value()) progress->Update(written, errors);
    }
    if (flags.max_errors > 0 &&
        errors >= static_cast<uint64_t>(flags.max_errors)) {
      stopped = true;
      return absl::AbortedError("--max-errors");
    }
    return absl::OkStatus();
  };
  batch::PipelineOptions options;
  options.jobs =
      flags.jobs > 0
          ? flags.jobs
          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Speech is the slow part and runs one record at a time: a small window
  // costs nothing there and bounds what a kill -9 loses to 2 records a job.
  if (speak) options.window_records = 2 * static_cast<size_t>(options.jobs);
  absl::StatusOr<batch::PipelineStats> stats =
      batch::RunOrdered(**reader, work, sink, options);
  absl::Status flushed = checkpoint();
  if (!stats.ok() && !stopped) return ReportError(stats.status());
  if (!flushed.ok()) return ReportError(flushed);
  if (progress.has_value()) progress->Finish(written, errors);
  const std::string where = to_file ? flags.output : "the output";
  if (stopped) {
    std::fprintf(stderr,
                 "khulasa: stopped after %llu failed records (--max-errors "
                 "%llu): %s has the results of the first %llu records, in "
                 "order%s\n",
                 static_cast<unsigned long long>(errors),
                 static_cast<unsigned long long>(flags.max_errors),
                 where.c_str(),
                 static_cast<unsigned long long>(done_before + written),
                 to_file ? "; fix the input or raise --max-errors, then "
                           "run again with --resume to go on"
                         : "");
    return kExitRecordsFailed;
  }
  if (errors > 0) {
    std::fprintf(stderr,
                 "khulasa: %llu of %llu records failed; their lines in %s "
                 "carry \"error\" (and the input \"line\")\n",
                 static_cast<unsigned long long>(errors),
                 static_cast<unsigned long long>(written), where.c_str());
    return kExitRecordsFailed;
  }
  return kExitOk;
}

}  // namespace

Command AddBatchCommand(CLI::App& app) {
  auto flags = std::make_shared<BatchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "batch",
      "summarize a JSONL archive or a folder of articles on all cores");
  CLI::Option* input =
      cmd->add_option("input", flags->input,
                      "JSONL file ({\"id\", \"text\"|\"html\"|\"scraped\"} "
                      "per line), folder of .txt/.html/.json files (also .gz), "
                      "or - for stdin")
          ->capture_default_str();
  cmd->add_option("--urls", flags->urls,
                  "instead of INPUT: a file (or - for stdin) with one http(s) "
                  "URL a line; each page is fetched and summarized, its "
                  "output line carrying the URL as \"id\" and \"url\"")
      ->excludes(input);
  cmd->add_option("-o,--output", flags->output,
                  "JSONL output, one line per input line (or file) in input "
                  "order; OUT.resume beside it holds the input's fingerprint")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", flags->jobs, "worker threads (0: one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--resume", flags->resume,
                "continue an interrupted run: keep the results already in "
                "the output and skip their records (refused when the output "
                "was written from another input)");
  cmd->add_option("--max-errors", flags->max_errors,
                  "stop, with exit status 3, after this many failed records "
                  "(0: never stop)")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{0}, int64_t{1000000000}));
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
                  "also read each summary aloud into DIR/<record id>.<format> "
                  "(made safe: other characters become _, a repeated name "
                  "gets ~LINE, no usable id gives line-LINE); each line is "
                  "written as soon as its audio is");
  cmd->add_option("--audio-format", flags->audio_format,
                  "audio format for --speak")
      ->check(CLI::IsMember({"ogg", "mp3", "wav"}))
      ->capture_default_str();
  cmd->footer(
      "Exit status: 0 every record summarized; 1 the run failed (input, "
      "output, disk); 2 usage error; 3 some records failed (each has an "
      "error line with its input line number) or --max-errors stopped the "
      "run.");
  return Command{cmd, [flags] { return RunBatch(*flags); }};
}

}  // namespace khulasa::cli
