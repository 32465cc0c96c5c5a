// The store under faults (docs/reliability.md, "Faults"): a writer killed
// with SIGKILL mid-write, `khulasa serve` killed while clients post, a full
// disk (a file-size limit, and a real full tmpfs where mounting one is
// permitted), a read-only database given to `khulasa serve`, and a server
// whose disk fills up while it answers (whose log must not hold the bodies).
// After each: the store passes SQLite's integrity check, every record
// reported as committed is there, whole, and none is duplicated.
#include <httplib.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "src/store/store.h"
#include "tests/cli_process.h"
#include "tests/faults_process.h"
#include "tests/faults_record.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

std::string WriterBinary() { return KHULASA_FAULTS_WRITER; }

// A fresh folder that user nobody can reach (the unprivileged children),
// removed at the end of the scope: under /tmp when running as root, since
// the test's own temp folder may be private (0700).
class TestDir {
 public:
  explicit TestDir(const std::string& name)
      : path_((RunningAsRoot() ? std::string("/tmp/") : ::testing::TempDir()) +
              "khulasa_faults_" + name + "_" + std::to_string(getpid())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
    chmod(path_.c_str(), 0755);
  }
  ~TestDir() {
    chmod(path_.c_str(), 0755);
    std::error_code ignored;  // best effort: a leftover folder fails nothing
    std::filesystem::remove_all(path_, ignored);
  }
  TestDir(const TestDir&) = delete;  // owns the folder
  TestDir& operator=(const TestDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// "committed rec-N" lines -> N.
std::vector<int64_t> Committed(const std::string& out) {
  std::vector<int64_t> numbers;
  size_t at = 0;
  const std::string prefix = "committed rec-";
  while ((at = out.find(prefix, at)) != std::string::npos) {
    at += prefix.size();
    size_t end = out.find('\n', at);
    if (end == std::string::npos) break;  // a torn line is not a report
    numbers.push_back(std::stoll(out.substr(at, end - at)));
    at = end;
  }
  return numbers;
}

// Reopens the store at `path` and checks it: integrity, every number in
// `committed` present with its exact body, and at most `max_unreported`
// articles beyond those (a write that committed just before the fault,
// before it could be reported). Returns the article count.
int64_t ExpectIntactStore(const std::string& path,
                          const std::set<int64_t>& committed, size_t bytes,
                          int64_t max_unreported) {
  store::StoreOptions options;
  options.path = path;
  auto opened = store::Store::Open(options);
  EXPECT_TRUE(opened.ok()) << opened.status();
  if (!opened.ok()) return -1;
  store::Store& store = **opened;
  absl::Status integrity = store.CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity;
  for (int64_t n : committed) {
    auto article = store.GetArticle(FaultsRecordId(n));
    EXPECT_TRUE(article.ok() && article->has_value())
        << "committed record " << n << " lost";
    if (article.ok() && article->has_value()) {
      EXPECT_TRUE(**article == FaultsRecordBody(n, bytes))
          << "record " << n << " damaged";
    }
    if (n % 4 == 0) {
      auto audio = store.GetAudio(FaultsRecordId(n), "wav");
      EXPECT_TRUE(audio.ok() && audio->has_value()) << "audio " << n;
    }
  }
  auto stats = store.Stats();
  EXPECT_TRUE(stats.ok());
  if (!stats.ok()) return -1;
  const int64_t count = static_cast<int64_t>(committed.size());
  EXPECT_GE(stats->articles, count);
  EXPECT_LE(stats->articles, count + max_unreported);
  return stats->articles;
}

TEST(StoreFaultsTest, KillNineDuringWritesLosesNoCommittedRecord) {
  TestDir scoped_dir("kill");
  const std::string& dir = scoped_dir.path();
  const std::string db = dir + "/store.db";
  constexpr size_t kBytes = 3000;
  std::set<int64_t> committed;
  int64_t next_first = 0;
  int64_t total_reported = 0;
  for (int round = 0; round < 5; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Child writer({WriterBinary(), db, std::to_string(next_first), "1000000",
                  std::to_string(kBytes)},
                 {});
    ASSERT_GT(writer.pid(), 0);
    // Let it commit a varying number of records, then kill it mid-stream.
    const int wanted = 150 + 97 * round;
    std::string line;
    std::string out;
    for (int got = 0; got < wanted && writer.ReadLine(&line, 10000); ++got) {
      out += line + "\n";
    }
    const int status = writer.Kill();
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer ended before the kill";
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    out += writer.ReadRest();  // reported before the kill
    std::vector<int64_t> numbers = Committed(out);
    ASSERT_GE(numbers.size(), static_cast<size_t>(wanted));
    for (int64_t n : numbers) {
      EXPECT_TRUE(committed.insert(n).second) << "reported twice: " << n;
    }
    total_reported += static_cast<int64_t>(numbers.size());
    // One write per round may have committed without being reported.
    ExpectIntactStore(db, committed, kBytes, round + 1);
    next_first += 1000000;
  }
  EXPECT_EQ(static_cast<int64_t>(committed.size()), total_reported);
}

TEST(StoreFaultsTest, FileSizeLimitGivesAClearErrorAndKeepsTheStore) {
  TestDir scoped_dir("fsize");
  const std::string& dir = scoped_dir.path();
  const std::string db = dir + "/store.db";
  constexpr size_t kBytes = 16 << 10;
  ChildOptions options;
  options.file_size_limit = 1 << 20;
  ChildResult run = RunChild(
      {WriterBinary(), db, "0", "100000", std::to_string(kBytes)}, options);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("khulasa_faults_store_writer: store: "),
            std::string::npos)
      << run.err;
  EXPECT_TRUE(run.err.find("File too large") != std::string::npos ||
              run.err.find("disk is full") != std::string::npos ||
              run.err.find("disk may be full") != std::string::npos)
      << run.err;
  std::vector<int64_t> numbers = Committed(run.out);
  ASSERT_GE(numbers.size(), 10u) << "the limit struck before any commit";
  std::set<int64_t> committed(numbers.begin(), numbers.end());
  ExpectIntactStore(db, committed, kBytes, 1);
  // With room again the same store takes new records.
  ChildResult more =
      RunChild({WriterBinary(), db, "500000", "20", std::to_string(kBytes)});
  EXPECT_EQ(more.exit_code, 0) << more.err;
  for (int64_t n : Committed(more.out)) committed.insert(n);
  ExpectIntactStore(db, committed, kBytes, 1);
}

// True when this process may mount a tmpfs in a new mount namespace
// (root with CAP_SYS_ADMIN and util-linux's unshare).
bool CanMountTmpfs(const std::string& dir) {
  const std::string probe = dir + "/probe";
  std::filesystem::create_directories(probe);
  const std::string command =
      "unshare -m --propagation private sh -c 'mount -t tmpfs -o size=64k "
      "tmpfs \"" +
      probe + "\"' >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

TEST(StoreFaultsTest, FullTmpfsGivesAClearErrorAndKeepsTheStore) {
  TestDir scoped_dir("tmpfs");
  const std::string& dir = scoped_dir.path();
  if (!CanMountTmpfs(dir)) {
    GTEST_SKIP() << "cannot mount a tmpfs here (needs root with "
                    "CAP_SYS_ADMIN and `unshare`); the file-size-limit test "
                    "covers the same failure path";
  }
  const std::string mount = dir + "/mnt";
  const std::string saved = dir + "/saved";
  std::filesystem::create_directories(mount);
  std::filesystem::create_directories(saved);
  constexpr size_t kBytes = 16 << 10;
  // The tmpfs lives in the child's mount namespace only: copy the store out
  // before the namespace (and the tmpfs) goes away.
  const std::string script =
      "mount -t tmpfs -o size=1m tmpfs '" + mount + "' || exit 99; '" +
      WriterBinary() + "' '" + mount + "/store.db' 0 100000 " +
      std::to_string(kBytes) + "; rc=$?; cp '" + mount + "/store.db' '" +
      saved + "/'; if [ -f '" + mount + "/store.db-wal' ]; then cp '" + mount +
      "/store.db-wal' '" + saved + "/'; fi; exit $rc";
  ChildResult run = RunChild({"/usr/bin/unshare", "-m", "--propagation",
                              "private", "/bin/sh", "-c", script});
  ASSERT_NE(run.exit_code, 99) << run.err;
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(run.err.find("disk is full") != std::string::npos ||
              run.err.find("No space left on device") != std::string::npos)
      << run.err;
  std::vector<int64_t> numbers = Committed(run.out);
  ASSERT_GE(numbers.size(), 10u);
  std::set<int64_t> committed(numbers.begin(), numbers.end());
  ExpectIntactStore(saved + "/store.db", committed, kBytes, 1);
}

// A store at `path` holding record 1.
void MakeStore(const std::string& path, size_t bytes) {
  store::StoreOptions options;
  options.path = path;
  auto store = store::Store::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE(
      (*store)->PutArticle(FaultsRecordId(1), FaultsRecordBody(1, bytes)).ok());
}

TEST(ServeFaultsTest, ReadOnlyStoreIsAClearErrorAtStartAndStaysIntact) {
  // As root the child runs as nobody, since root ignores permission bits;
  // otherwise the bits apply to the test's own user.
  struct Case {
    const char* name;
    mode_t file_mode;
    mode_t dir_mode;
    const char* message;
  };
  const Case cases[] = {
      {"read-only file", 0444, 0755, "is read-only"},
      {"read-only folder", 0644, 0555, "store"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    TestDir scoped_dir("readonly");
    const std::string& dir = scoped_dir.path();
    const std::string db = dir + "/store.db";
    MakeStore(db, 500);
    const std::string before = ReadTestFile(db);
    ASSERT_FALSE(before.empty());
    ASSERT_EQ(chmod(db.c_str(), c.file_mode), 0);
    ASSERT_EQ(chmod(dir.c_str(), c.dir_mode), 0);
    ChildOptions options;
    options.unprivileged = true;
    ChildResult run = RunChild(
        {KhulasaBinary(), "serve", "--port", "0", "--db", db}, options);
    chmod(dir.c_str(), 0755);
    chmod(db.c_str(), 0644);
    if (run.exit_code == 126) {
      GTEST_SKIP() << "running as root without the right to switch to user "
                      "nobody (CAP_SETUID), so permission bits cannot apply";
    }
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    EXPECT_EQ(run.out.find("serving on"), std::string::npos) << run.out;
    EXPECT_EQ(run.err.rfind("khulasa: ", 0), 0u) << run.err;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(db), std::string::npos) << run.err;
    EXPECT_TRUE(ReadTestFile(db) == before) << "the store file changed";
    ExpectIntactStore(db, {1}, 500, 0);
  }
}

// A `khulasa serve` child: its port from the "serving on" line.
int ServePort(Child& serve) {
  std::string line;
  if (!serve.ReadLine(&line, 20000)) return 0;
  const std::string marker = "http://127.0.0.1:";
  size_t at = line.find(marker);
  return at == std::string::npos ? 0
                                 : std::stoi(line.substr(at + marker.size()));
}

TEST(ServeFaultsTest, FullDiskAnswers503KeepsServingAndLogsNoBody) {
  TestDir scoped_dir("serve_full");
  const std::string& dir = scoped_dir.path();
  const std::string db = dir + "/store.db";
  const std::string log = dir + "/stderr.log";
  const std::string article =
      ReadTestFile(SourceDir() + "/examples/regional_summit.txt");
  ASSERT_FALSE(article.empty());
  // A string that appears in request bodies only: the log must not have it.
  const std::string marker =
      "BODYMARKER" + std::to_string(getpid()) + "Q7Z" +
      std::to_string(
          std::chrono::steady_clock::now().time_since_epoch().count());
  ChildOptions options;
  options.file_size_limit = 768 << 10;
  options.stderr_path = log;
  Child serve(
      {KhulasaBinary(), "serve", "--port", "0", "--db", db, "--threads", "4"},
      options);
  const int port = ServePort(serve);
  ASSERT_GT(port, 0) << ReadTestFile(log);
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30);

  // Bodies the server rejects, each carrying the marker.
  client.Post("/v1/summarize", "{\"text\": \"" + marker, "application/json");
  client.Post("/v1/summarize", marker + "\xFF", "text/plain");
  client.Post("/v1/summarize", std::string(3 << 20, 'x') + marker,
              "text/plain");
  client.Get("/" + marker);

  std::vector<std::string> stored_ids;
  std::string full_answer;
  for (int i = 0; i < 80 && full_answer.empty(); ++i) {
    // Distinct, padded articles (about 24 KB each) fill the store quickly.
    std::string body = article;
    for (int pad = 0; pad < 3; ++pad) body += "\n\n" + article;
    body += "\n\n" + marker + " " + std::to_string(i) + "\n";
    auto result =
        client.Post("/v1/summarize", body, "text/plain; charset=utf-8");
    ASSERT_TRUE(result) << "no answer to request " << i;
    if (result->status == 200) {
      stored_ids.push_back(Json::parse(result->body)["id"]);
      continue;
    }
    Json error = Json::parse(result->body, nullptr, false);
    ASSERT_TRUE(error.is_object()) << result->body;
    const std::string message = error["error"]["message"];
    ASSERT_EQ(result->status, 503) << result->body;
    EXPECT_EQ(error["error"]["code"], "UNAVAILABLE");
    if (message.rfind("store: ", 0) == 0) {
      EXPECT_TRUE(message.find("File too large") != std::string::npos ||
                  message.find("disk is full") != std::string::npos ||
                  message.find("disk may be full") != std::string::npos)
          << message;
      full_answer = result->body;
    }
    // Otherwise this build has no summarizer: 503, the article stored.
  }
  ASSERT_FALSE(full_answer.empty()) << "the disk never filled up";
  EXPECT_EQ(full_answer.find(marker), std::string::npos);
  // Still serving: health, the page, articles stored before the disk filled.
  auto health = client.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  for (const std::string& id : stored_ids) {
    auto got = client.Get("/v1/articles/" + id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, 200) << id;
  }
  kill(serve.pid(), SIGTERM);
  EXPECT_EQ(serve.Wait(), 0);

  const std::string logged = ReadTestFile(log);
  EXPECT_NE(logged.find("POST /v1/summarize -> 503"), std::string::npos)
      << logged;
  EXPECT_EQ(logged.find(marker), std::string::npos)
      << "an article body reached the log:\n"
      << logged;
  store::StoreOptions reopen;
  reopen.path = db;
  auto store = store::Store::Open(reopen);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
  for (const std::string& id : stored_ids) {
    auto got = (*store)->GetArticle(id);
    EXPECT_TRUE(got.ok() && got->has_value()) << id;
  }
}

TEST(ServeFaultsTest, KillNineWhileServingLosesNoAnsweredArticle) {
  TestDir scoped_dir("serve_kill");
  const std::string db = scoped_dir.path() + "/store.db";
  const std::string article =
      ReadTestFile(SourceDir() + "/examples/regional_summit.txt");
  ASSERT_FALSE(article.empty());
  Child serve(
      {KhulasaBinary(), "serve", "--port", "0", "--db", db, "--threads", "8"},
      {});
  const int port = ServePort(serve);
  ASSERT_GT(port, 0);
  // Four clients post distinct articles until the server dies under them.
  std::mutex mutex;
  std::vector<std::pair<std::string, std::string>> answered;  // id, model
  std::vector<std::string> stored_unsummarized;
  std::vector<std::string> unexpected;
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(10);
      for (int i = 0; i < 100000; ++i) {
        const std::string body = article + "\n\nclient " + std::to_string(t) +
                                 " article " + std::to_string(i) + "\n";
        auto result =
            client.Post("/v1/summarize", body, "text/plain; charset=utf-8");
        if (!result) return;  // the server is gone
        Json answer = Json::parse(result->body, nullptr, false);
        std::lock_guard<std::mutex> lock(mutex);
        if (result->status == 200 && answer.is_object()) {
          answered.emplace_back(answer["id"], answer["model_version"]);
        } else if (result->status == 503 && answer.is_object() &&
                   answer["error"]["message"].get<std::string>().find(
                       "store") == std::string::npos) {
          // No summarizer in this build: the article was stored anyway.
          stored_unsummarized.push_back(answer["error"]["message"]);
        } else {
          unexpected.push_back(std::to_string(result->status) + " " +
                               result->body.substr(0, 200));
        }
      }
    });
  }
  // Kill once a few hundred answers are in (or after 5 s at most).
  for (int waited = 0; waited < 500; ++waited) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (answered.size() + stored_unsummarized.size() >= 300) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const int status = serve.Kill();
  for (std::thread& client : clients) client.join();
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_TRUE(unexpected.empty()) << unexpected.front();
  ASSERT_GE(answered.size() + stored_unsummarized.size(), 50u);

  store::StoreOptions options;
  options.path = db;
  auto store = store::Store::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
  for (const auto& [id, model] : answered) {
    auto stored = (*store)->GetArticle(id);
    EXPECT_TRUE(stored.ok() && stored->has_value()) << "lost article " << id;
    auto summary = (*store)->GetSummary(id, "bullets=3", model);
    EXPECT_TRUE(summary.ok() && summary->has_value()) << "lost summary " << id;
  }
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  // Every answered article is there once; requests in flight at the kill
  // (at most one per client) may have stored theirs too.
  const int64_t answered_count =
      static_cast<int64_t>(answered.size() + stored_unsummarized.size());
  EXPECT_GE(stats->articles, answered_count);
  EXPECT_LE(stats->articles, answered_count + 4);
}

}  // namespace
}  // namespace khulasa::testing
