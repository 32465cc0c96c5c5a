#include "src/store/store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::store {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TMPDIR");
    dir_ = std::string(tmp ? tmp : "/tmp") + "/khulasa_store_test_" +
           std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::system(("rm -rf '" + dir_ + "' && mkdir -p '" + dir_ + "'").c_str());
    path_ = dir_ + "/store.db";
  }
  void TearDown() override {
    std::system(("chmod -R u+w '" + dir_ + "'; rm -rf '" + dir_ + "'").c_str());
  }
  StoreOptions Options() {
    StoreOptions options;
    options.path = path_;
    options.now_ms = [this] { return ++clock_ms_; };
    return options;
  }
  std::string dir_;
  std::string path_;
  int64_t clock_ms_ = 1000;
};

TEST_F(StoreTest, ArticlesAndSummariesSurviveReopening) {
  {
    auto store = Store::Open(Options());
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->PutArticle("abc", R"({"title":"t"})").ok());
    ASSERT_TRUE((*store)->PutSummary("abc", "bullets=3", "v1", "[1]").ok());
  }
  auto store = Store::Open(Options());
  ASSERT_TRUE(store.ok()) << store.status();
  auto article = (*store)->GetArticle("abc");
  ASSERT_TRUE(article.ok());
  ASSERT_TRUE(article->has_value());
  EXPECT_EQ(**article, R"({"title":"t"})");
  auto summary = (*store)->GetSummary("abc", "bullets=3", "v1");
  ASSERT_TRUE(summary.ok() && summary->has_value());
  EXPECT_EQ(**summary, "[1]");
  // Another model version or options key is a miss, never a stale hit.
  EXPECT_FALSE((*store)->GetSummary("abc", "bullets=3", "v2")->has_value());
  EXPECT_FALSE((*store)->GetSummary("abc", "bullets=4", "v1")->has_value());
  EXPECT_FALSE((*store)->GetArticle("missing")->has_value());
}

TEST_F(StoreTest, EvictsLeastRecentlyUsedAudioPastTheCap) {
  StoreOptions options = Options();
  options.max_audio_bytes = 250;
  auto store = Store::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  Store& s = **store;
  ASSERT_TRUE(s.PutAudio("a", "ogg", {std::string(100, 'a'), ""}).ok());
  ASSERT_TRUE(s.PutAudio("b", "ogg", {std::string(100, 'b'), ""}).ok());
  ASSERT_TRUE(s.GetAudio("a", "ogg")->has_value());  // a is now newer than b
  ASSERT_TRUE(s.PutAudio("c", "ogg", {std::string(100, 'c'), ""}).ok());
  EXPECT_TRUE(s.GetAudio("a", "ogg")->has_value());
  EXPECT_FALSE(s.GetAudio("b", "ogg")->has_value());
  EXPECT_TRUE(s.GetAudio("c", "ogg")->has_value());
  auto stats = s.Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->audio_items, 2);
  EXPECT_EQ(stats->audio_bytes, 200);
}

TEST_F(StoreTest, KeepsANewItemLargerThanTheCap) {
  StoreOptions options = Options();
  options.max_audio_bytes = 10;
  auto store = Store::Open(options);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(
      (*store)->PutAudio("a", "wav", {std::string(50, 'x'), "[]"}).ok());
  auto audio = (*store)->GetAudio("a", "wav");
  ASSERT_TRUE(audio.ok() && audio->has_value());
  EXPECT_EQ((*audio)->bytes.size(), 50u);
  EXPECT_EQ((*audio)->marks, "[]");
}

TEST_F(StoreTest, RefusesAFileThatIsNotADatabase) {
  FILE* f = std::fopen(path_.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs(
      "this is not a database, just text that is long enough to "
      "fill the first page header of a sqlite file..........\n",
      f);
  std::fclose(f);
  auto store = Store::Open(Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss)
      << store.status();
}

TEST_F(StoreTest, RefusesASchemaFromANewerVersion) {
  {
    auto store = Store::Open(Options());
    ASSERT_TRUE(store.ok());
  }
  std::string cmd =
      "sqlite3 '" + path_ + "' 'PRAGMA user_version=99' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "sqlite3 CLI not found";
  auto store = Store::Open(Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST_F(StoreTest, MissingStoreOpenedReadOnlyIsNotFound) {
  StoreOptions options = Options();
  options.read_only = true;
  EXPECT_EQ(Store::Open(options).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(StoreTest, ReadOnlyFolderGivesAClearError) {
  if (::geteuid() == 0) {
    // Root ignores permission bits; use a path under a regular file instead.
    StoreOptions options = Options();
    options.path = "/proc/version/store.db";
    auto store = Store::Open(options);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(std::string(store.status().message()).find("store"),
              std::string::npos);
    return;
  }
  ASSERT_EQ(::chmod(dir_.c_str(), 0555), 0);
  auto store = Store::Open(Options());
  EXPECT_FALSE(store.ok());
}

TEST_F(StoreTest, ReadOnlyFileIsRefusedAtOpen) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "root ignores permission bits; "
                    "tests/faults_store_test.cc checks this as user nobody";
  }
  {
    auto store = Store::Open(Options());
    ASSERT_TRUE(store.ok()) << store.status();
  }
  ASSERT_EQ(::chmod(path_.c_str(), 0444), 0);
  auto store = Store::Open(Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(std::string(store.status().message()).find("is read-only"),
            std::string::npos)
      << store.status();
  StoreOptions read_only = Options();
  read_only.read_only = true;
  EXPECT_TRUE(Store::Open(read_only).ok());
}

TEST_F(StoreTest, IntegrityCheckPassesAndCatchesDamagedPages) {
  {
    auto store = Store::Open(Options());
    ASSERT_TRUE(store.ok()) << store.status();
    for (int i = 0; i < 200; ++i) {
      ASSERT_TRUE(
          (*store)
              ->PutArticle("id" + std::to_string(i),
                           std::string(2000, static_cast<char>('a' + i % 26)))
              .ok());
    }
    EXPECT_TRUE((*store)->CheckIntegrity().ok());
  }  // closing checkpoints the WAL into the file
  {
    auto store = Store::Open(Options());
    ASSERT_TRUE(store.ok()) << store.status();
    EXPECT_TRUE((*store)->CheckIntegrity().ok());
  }
  // Overwrite the headers of a few b-tree pages, as a torn or stray write
  // would.
  FILE* f = std::fopen(path_.c_str(), "r+b");
  ASSERT_NE(f, nullptr);
  for (long page = 3; page < 8; ++page) {
    ASSERT_EQ(std::fseek(f, page * 4096, SEEK_SET), 0);
    const std::string junk(16, '\xAA');
    std::fwrite(junk.data(), 1, junk.size(), f);
  }
  std::fclose(f);
  auto store = Store::Open(Options());
  if (!store.ok()) {
    EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss);
    return;
  }
  absl::Status integrity = (*store)->CheckIntegrity();
  EXPECT_EQ(integrity.code(), absl::StatusCode::kDataLoss) << integrity;
  EXPECT_NE(std::string(integrity.message()).find("integrity"),
            std::string::npos);
}

TEST_F(StoreTest, ConcurrentWritersAndReadersAgree) {
  auto store = Store::Open(Options());
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&s, t] {
      for (int i = 0; i < 50; ++i) {
        std::string id = std::to_string(t) + "-" + std::to_string(i);
        ASSERT_TRUE(s.PutArticle(id, id).ok());
        auto back = s.GetArticle(id);
        ASSERT_TRUE(back.ok() && back->has_value());
        EXPECT_EQ(**back, id);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(s.Stats()->articles, 200);
}

}  // namespace
}  // namespace khulasa::store
