// `khulasa serve` as a process: it prints where it listens, answers, stops
// cleanly on SIGTERM (exit 0), and refuses bad flags (exit 2) and an
// address or store it cannot use (exit 1, "khulasa: ..." on stderr).
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/cli_process.h"
#include "tests/server_fixture.h"

namespace khulasa::testing {
namespace {

// A running `khulasa serve`, killed with SIGTERM by Stop().
class ServeProcess {
 public:
  // Starts `khulasa serve --port 0 --db <db>` and waits for its
  // "serving on http://127.0.0.1:PORT/" line; port() is 0 on failure.
  explicit ServeProcess(const std::string& db,
                        const std::vector<std::string>& extra = {}) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<std::string> args = {
          KhulasaBinary(), "serve", "--port",    "0",
          "--db",          db,      "--threads", "2"};
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (std::string& arg : args) argv.push_back(arg.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c = 0;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const std::string marker = "http://127.0.0.1:";
    size_t at = line.find(marker);
    if (at != std::string::npos) {
      port_ = std::stoi(line.substr(at + marker.size()));
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && exit_code_ == -2) Stop();
  }

  int port() const { return port_; }

  // Sends SIGTERM and returns the exit code (-1 if it did not exit).
  int Stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 200; ++i) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return exit_code_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    exit_code_ = -1;
    return exit_code_;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -2;  // -2: still running
};

TEST(ServeCommandTest, ServesThenStopsCleanlyOnSigterm) {
  ServeProcess serve(TempDbPath("cli"));
  ASSERT_GT(serve.port(), 0) << "no 'serving on' line from khulasa serve";
  httplib::Client client("127.0.0.1", serve.port());
  auto health = client.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(serve.Stop(), 0);
}

// One result object (docs/schema.md): the server's answer to POST
// /v1/summarize, without its "id", "cached" and "model_version", is byte
// for byte the object `khulasa summarize --format json` prints for the same
// article, fresh and from the cache alike.
TEST(ServeCommandTest, SummarizeAnswerIsTheCliObject) {
  const std::string path = SourceDir() + "/examples/regional_summit.txt";
  const ProcessResult cli = RunKhulasa({"summarize", "--format", "json", path});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  using Ordered = nlohmann::ordered_json;
  const std::string expected = Ordered::parse(cli.out).dump();
  ServeProcess serve(TempDbPath("cli_schema"));
  ASSERT_GT(serve.port(), 0);
  httplib::Client client("127.0.0.1", serve.port());
  // The marks request below loads the diacritizer and synthesizes the
  // summary: past httplib's 5 s default on a loaded 2-core machine (it
  // failed so once while other builds ran).
  client.set_read_timeout(60);
  for (bool cached : {false, true}) {
    auto answer =
        client.Post("/v1/summarize", ReadTestFile(path), "text/plain");
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    Ordered object = Ordered::parse(answer->body);
    EXPECT_EQ(object["cached"], cached);
    object.erase("id");
    object.erase("cached");
    object.erase("model_version");
    EXPECT_EQ(object.dump(), expected) << "cached: " << cached;
  }
  // The speech marks: the server's for that summary and `speak --marks`'s
  // name the same bullets, words, bytes and texts (times may differ).
  const std::string id = Ordered::parse(
      client.Post("/v1/summarize", ReadTestFile(path), "text/plain")
          ->body)["id"];
  auto server_marks = client.Get("/v1/articles/" + id + "/speech/marks");
  ASSERT_TRUE(server_marks);
  ASSERT_EQ(server_marks->status, 200) << server_marks->body;
  const std::string audio = ::testing::TempDir() + "/schema_marks.ogg";
  const std::string marks_file = ::testing::TempDir() + "/schema_marks.json";
  const ProcessResult speak =
      RunKhulasa({"speak", path, "-o", audio, "--marks", marks_file});
  ASSERT_EQ(speak.exit_code, 0) << speak.err;
  auto words = [](const Ordered& marks) {
    Ordered out = Ordered::array();
    for (const Ordered& m : marks) {
      out.push_back({m["bullet"], m["word"], m["begin"], m["end"], m["text"]});
    }
    return out;
  };
  const Ordered from_server = Ordered::parse(server_marks->body);
  ASSERT_FALSE(from_server.empty());
  EXPECT_EQ(words(from_server),
            words(Ordered::parse(ReadTestFile(marks_file))));
  EXPECT_EQ(serve.Stop(), 0);
}

// {"fetch": URL}: refused (403) without --allow-fetch; with it, a loopback
// target is refused as private (SSRF) unless --allow-private-fetch; a page
// that fails is 502. The page comes from tests/fetch_test_server.py.
TEST(ServeCommandTest, FetchNeedsAllowFetchAndRefusesPrivateTargets) {
  int out[2];
  ASSERT_EQ(::pipe(out), 0);
  const pid_t page_server = ::fork();
  ASSERT_GE(page_server, 0);
  if (page_server == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::close(out[0]);
    ::close(out[1]);
    const std::string script = SourceDir() + "/tests/fetch_test_server.py";
    const std::string page =
        SourceDir() + "/tests/golden/html/arabic_news.html";
    ::execl("/usr/bin/python3", "python3", script.c_str(), page.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(out[1]);
  std::string port;
  char c = 0;
  while (::read(out[0], &c, 1) == 1 && c != '\n') port += c;
  ::close(out[0]);
  ASSERT_FALSE(port.empty()) << "the page server did not start";
  const std::string base = "http://127.0.0.1:" + port;
  auto post = [](httplib::Client& client, const std::string& url) {
    return client.Post("/v1/summarize", nlohmann::json{{"fetch", url}}.dump(),
                       "application/json");
  };
  struct Case {
    std::vector<std::string> flags;
    std::string path;
    int status;
    const char* message;
  };
  const std::vector<Case> cases = {
      {{}, "/article.html", 403, "--allow-fetch"},
      {{"--allow-fetch"}, "/article.html", 403, "private, loopback"},
      {{"--allow-fetch", "--allow-private-fetch"}, "/redirect/2", 200, ""},
      {{"--allow-fetch", "--allow-private-fetch"}, "/missing", 502, "404"},
  };
  for (const Case& test : cases) {
    ServeProcess serve(TempDbPath("cli_fetch"), test.flags);
    ASSERT_GT(serve.port(), 0);
    httplib::Client client("127.0.0.1", serve.port());
    auto answer = post(client, base + test.path);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, test.status) << answer->body;
    EXPECT_NE(answer->body.find(test.message), std::string::npos)
        << answer->body;
    if (test.status == 200) {
      const nlohmann::json body = nlohmann::json::parse(answer->body);
      EXPECT_FALSE(body["bullets"].empty()) << answer->body;
      EXPECT_EQ(body["lang"], "ar");
    }
    EXPECT_EQ(serve.Stop(), 0);
  }
  ::kill(page_server, SIGTERM);
  ::waitpid(page_server, nullptr, 0);
}

TEST(ServeCommandTest, BadFlagsAreUsageErrors) {
  for (const auto& args :
       {std::vector<std::string>{"serve", "--port", "70000"},
        std::vector<std::string>{"serve", "--threads", "0"},
        std::vector<std::string>{"serve", "--max-body", "10"},
        std::vector<std::string>{"serve", "--no-such-flag"}}) {
    ProcessResult result = RunKhulasa(args);
    EXPECT_EQ(result.exit_code, 2) << args[1] << "\n" << result.err;
    EXPECT_NE(result.err.find("khulasa: "), std::string::npos) << result.err;
  }
}

TEST(ServeCommandTest, BusyPortAndBadStoreAreRuntimeErrors) {
  server::ServerOptions options;
  options.db_path = ":memory:";
  auto holder = RunningServer::Start(options);
  ASSERT_NE(holder, nullptr);
  ProcessResult busy = RunKhulasa(
      {"serve", "--port", std::to_string(holder->port()), "--db", ":memory:"});
  EXPECT_EQ(busy.exit_code, 1) << busy.err;
  EXPECT_NE(busy.err.find("khulasa: cannot listen"), std::string::npos)
      << busy.err;

  ProcessResult bad_store = RunKhulasa(
      {"serve", "--port", "0", "--db", "/nonexistent-dir/sub/khulasa.db"});
  EXPECT_EQ(bad_store.exit_code, 1) << bad_store.err;
  EXPECT_NE(bad_store.err.find("khulasa: "), std::string::npos)
      << bad_store.err;
}

TEST(ServeCommandTest, ApiKeyFileProtectsWrites) {
  const std::string key = "cli-test-key-0123456789abcdef";
  const std::string key_file =
      WriteTempFile("serve_api_key", key + "\nignored second line\n");
  ServeProcess serve(TempDbPath("cli_key"), {"--api-key-file", key_file});
  ASSERT_GT(serve.port(), 0) << "no 'serving on' line from khulasa serve";
  httplib::Client client("127.0.0.1", serve.port());
  const std::string article = ReadExample("regional_summit.txt");
  auto refused = client.Post("/v1/summarize", article, "text/plain");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401) << refused->body;
  auto accepted =
      client.Post("/v1/summarize", {{"X-API-Key", key}}, article, "text/plain");
  ASSERT_TRUE(accepted);
  EXPECT_TRUE(accepted->status == 200 || accepted->status == 503)
      << accepted->body;
  EXPECT_EQ(serve.Stop(), 0);
}

TEST(ServeCommandTest, BadApiKeysAreRefusedAtStart) {
  const std::string short_key = WriteTempFile("serve_short_key", "short\n");
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    const char* message;
  };
  const Case cases[] = {
      {{"serve", "--port", "0", "--db", ":memory:", "--api-key", "short"},
       2,
       "API key has 5 bytes"},
      {{"serve", "--port", "0", "--db", ":memory:", "--api-key-file",
        short_key},
       2,
       "API key has 5 bytes"},
      {{"serve", "--port", "0", "--db", ":memory:", "--api-key-file",
        "/nonexistent/key"},
       1,
       "cannot read the API key file"},
      {{"serve", "--port", "0", "--db", ":memory:", "--api-key-file", short_key,
        "--api-key", "0123456789abcdef0123"},
       2,
       "excludes"},
  };
  for (const Case& c : cases) {
    ProcessResult result = RunKhulasa(c.args);
    EXPECT_EQ(result.exit_code, c.exit_code) << result.err;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("short\n"), std::string::npos);
  }
}

}  // namespace
}  // namespace khulasa::testing
