#include "tools/batch/audio_names.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

using Json = nlohmann::ordered_json;

TEST(SafeFileNameTest, KeepsSafeCharactersAndReplacesTheRest) {
  const struct {
    Json id;
    std::string expected;
  } cases[] = {
      {"article-17_v2.x", "article-17_v2.x"},
      {17, "17"},
      {-2.5, "-2.5"},
      {"a/b\\c", "a_b_c"},
      {"../../etc/passwd", "_._.._etc_passwd"},
      {".hidden", "_hidden"},
      {"a b~c:d*e", "a_b_c_d_e"},
      {"\xd8\xae\xd8\xa8\xd8\xb1-\xd9\xa3",
       "\xd8\xae\xd8\xa8\xd8\xb1-\xd9\xa3"},
      {"\xe2\x80\x8f"
       "a\x01z",
       "_a_z"},  // RLM and a control
      {"", ""},
      {nullptr, ""},
      {true, ""},
      {Json::array({1}), ""},
      {Json::object({{"a", 1}}), ""},
      {std::string(200, 'x'), std::string(96, 'x')},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SafeFileName(c.id), c.expected) << "id: " << c.id.dump();
  }
  // Cut on a code-point boundary: 'x' and 47 two-byte letters are 95
  // bytes, a 48th would pass 96.
  std::string id = "x";
  for (int i = 0; i < 60; ++i) id += "\xd8\xae";
  EXPECT_EQ(SafeFileName(id), id.substr(0, 95));
}

std::unique_ptr<RecordReader> LinesReader(const std::string& text) {
  const std::string path = ::testing::TempDir() + "/audio_names.jsonl";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  std::fwrite(text.data(), 1, text.size(), file);
  std::fclose(file);
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(path, {});
  EXPECT_TRUE(reader.ok());
  return reader.ok() ? *std::move(reader) : nullptr;
}

TEST(AudioNamingReaderTest, GivesEveryRecordAUniqueNameInInputOrder) {
  AudioNamingReader reader(
      LinesReader("{\"id\": \"a/b\"}\n"
                  "{\"id\": \"a_b\"}\n"
                  "{\"id\": \"x\"}\n"
                  "{\"id\": \"X\"}\n"
                  "{\"id\": \"x\"}\n"
                  "not json\n"
                  "\n"
                  "{\"id\": 8}\n"
                  "{\"id\": \"line-7\"}\n"
                  "{\"id\": \"x~3\"}\n"));
  std::vector<std::string> names;
  Record record;
  while (reader.Next(&record).value_or(false)) {
    names.push_back(record.audio_name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"a_b", "a_b~2", "x", "X~4", "x~5",
                                             "line-6", "line-7", "8",
                                             "line-7~9", "x_3"}));
}

}  // namespace
}  // namespace khulasa::batch
