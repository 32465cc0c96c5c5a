// `khulasa serve [--host 127.0.0.1] [--port 8080] [--db khulasa.db]
// [--api-key-file PATH | --api-key KEY] ...`: runs the HTTP server
// (tools/server, docs/server.md, docs/security.md) until SIGINT or SIGTERM,
// then lets in-flight requests finish and exits 0.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <utility>

#include "CLI/CLI.hpp"

#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/server/api_key.h"
#include "tools/server/server.h"
#include "tools/server/server_options.h"

namespace khulasa::cli {
namespace {

struct ServeFlags {
  server::ServerOptions options;
  bool no_cache = false;
  std::string api_key_file;
};

// glibc malloc settings for a long-running server that sees bursts of large
// bodies: blocks of 256 KiB and more are mmapped and go back to the system
// when freed (a fixed threshold turns off glibc's growing one, which kept
// them after the first burst), free memory past 1 MiB at the top of a heap
// is trimmed, and at most 4 arenas keep freed memory (one per worker
// thread by default). Measured in docs/server.md ("Memory").
void ReturnFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 256 << 10);
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
  mallopt(M_ARENA_MAX, 4);
}

int RunServe(const ServeFlags& flags) {
  ReturnFreedMemory();
  server::ServerOptions options = flags.options;
  options.summary_cache = !flags.no_cache;
  if (!flags.api_key_file.empty()) {
    absl::StatusOr<std::string> key =
        server::ReadApiKeyFile(flags.api_key_file);
    if (!key.ok()) {
      ReportError(key.status());
      return key.status().code() == absl::StatusCode::kInvalidArgument
                 ? kExitUsage
                 : kExitFailure;
    }
    options.api_key = *std::move(key);
  } else if (!options.api_key.empty()) {
    absl::Status valid = server::ValidateApiKey(options.api_key);
    if (!valid.ok()) {
      ReportError(valid);
      return kExitUsage;
    }
  }

  // Block the stop signals before any thread starts, so that they reach
  // only the waiter below (server threads inherit the mask).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto server = server::Server::Create(options);
  if (!server.ok()) return ReportError(server.status());
  absl::StatusOr<int> port = (*server)->Bind();
  if (!port.ok()) return ReportError(port.status());
  std::cout << "khulasa: serving on http://" << options.host << ":" << *port
            << "/ (store " << options.db_path << ")"
            << (options.api_key.empty() ? "" : "; API key required to write")
            << std::endl;

  std::atomic<bool> finished{false};
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    // The signal may come before Run() is listening, when Stop() would do
    // nothing: repeat it until Run() has returned.
    while (!finished.load()) {
      (*server)->Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  absl::Status status = (*server)->Run();
  finished.store(true);
  kill(getpid(), SIGTERM);  // wakes the waiter if no signal came yet
  waiter.join();
  if (!status.ok()) return ReportError(status);
  std::cerr << "khulasa: server stopped\n";
  return kExitOk;
}

}  // namespace

Command AddServeCommand(CLI::App& parent) {
  auto flags = std::make_shared<ServeFlags>();
  server::ServerOptions& o = flags->options;
  CLI::App* app = parent.add_subcommand(
      "serve", "serve the API and the article page over HTTP");
  app->add_option("--host", o.host, "address to listen on")
      ->capture_default_str();
  app->add_option("--port", o.port, "port to listen on (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  app->add_option("--db", o.db_path,
                  "store file (SQLite); ':memory:' keeps nothing")
      ->capture_default_str();
  app->add_option("--threads", o.threads,
                  "worker threads (summarize, speech, store reads, fetches)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  app->add_option("--io-threads", o.io_threads,
                  "threads that carry every connection; 0 = one per core, "
                  "at most 2")
      ->capture_default_str()
      ->check(CLI::Range(0, 64));
  app->add_option("--max-connections", o.max_connections,
                  "open connections in all; more get 503 (0: no cap)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000));
  app->add_option("--max-client-connections", o.max_client_connections,
                  "open connections from one client address; more get 429 "
                  "(0: no cap)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000));
  app->add_option("--compute-slots", o.compute_slots,
                  "summarize requests computed at once; 0 = one per core")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  app->add_option("--queue", o.queue,
                  "requests that may wait for a worker; more get 503 at once")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000));
  app->add_option("--max-body", o.max_body_bytes,
                  "largest request body in bytes; larger get 413")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1024}, size_t{1} << 30));
  app->add_option("--max-header-bytes", o.max_header_bytes,
                  "largest total of request headers; larger get 431")
      ->capture_default_str();
  app->add_option("--read-timeout", o.read_timeout_s,
                  "seconds a new connection may wait before its first request")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app->add_option("--header-timeout", o.header_timeout_s,
                  "seconds a request's headers may take to arrive")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app->add_option("--request-timeout", o.request_timeout_s,
                  "seconds a whole request (headers and body) may take")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app->add_option("--write-timeout", o.write_timeout_s,
                  "seconds to wait while sending a response")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app->add_option("--keep-alive-timeout", o.keep_alive_timeout_s,
                  "seconds an idle keep-alive connection is kept")
      ->capture_default_str()
      ->check(CLI::Range(0, 3600));
  app->add_option("--keep-alive-max", o.keep_alive_max_requests,
                  "requests per keep-alive connection")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app->add_option("--max-audio-bytes", o.max_audio_bytes,
                  "stored audio past this is evicted, least recently used")
      ->capture_default_str();
  CLI::Option* key_file = app->add_option(
      "--api-key-file", flags->api_key_file,
      "file whose first line is the API key that POST /v1/summarize and "
      "new spoken summaries need (preferred to --api-key: argv is visible "
      "to every local user in ps)");
  app->add_option("--api-key", o.api_key,
                  "the API key itself (16-256 printable ASCII bytes)")
      ->excludes(key_file);
  app->add_flag("--allow-fetch", flags->options.allow_fetch,
                "let POST /v1/summarize {\"fetch\": URL} fetch a page "
                "(public addresses only)");
  app->add_flag("--allow-private-fetch", flags->options.allow_private_fetch,
                "with --allow-fetch, also fetch private, loopback and "
                "link-local addresses (trusted networks only: SSRF)");
  app->add_flag("--no-cache", flags->no_cache,
                "POST /v1/summarize always summarizes and stores nothing");
  return {app, [flags] { return RunServe(*flags); }};
}

}  // namespace khulasa::cli
