#include "tools/server/engine_adapter.h"

#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace khulasa::server {
namespace {

TEST(ParseAudioFormatTest, ReadsTheThreeNames) {
  AudioFormat format = AudioFormat::kWav;
  ASSERT_TRUE(ParseAudioFormat("ogg", &format));
  EXPECT_EQ(format, AudioFormat::kOgg);
  ASSERT_TRUE(ParseAudioFormat("mp3", &format));
  EXPECT_EQ(format, AudioFormat::kMp3);
  ASSERT_TRUE(ParseAudioFormat("wav", &format));
  EXPECT_EQ(format, AudioFormat::kWav);
  EXPECT_FALSE(ParseAudioFormat("flac", &format));
  EXPECT_FALSE(ParseAudioFormat("OGG", &format));
}

TEST(EngineAdapterTest, ModelVersionNamesBothModels) {
  auto adapter = EngineAdapter::Create();
  ASSERT_TRUE(adapter.ok()) << adapter.status();
  const std::string& version = (*adapter)->model_version();
  EXPECT_EQ(version.rfind("ranker-", 0), 0u) << version;
  EXPECT_NE(version.find("+diacritizer-"), std::string::npos) << version;
}

TEST(EngineAdapterTest, SpeechMarksPointIntoEachBullet) {
  auto adapter = EngineAdapter::Create();
  ASSERT_TRUE(adapter.ok()) << adapter.status();
  SummaryResult summary;
  // "The summit ended today." / "The ministers agreed on a plan."
  summary.bullets = {
      {"\u0627\u0646\u062a\u0647\u062a \u0627\u0644\u0642\u0645\u0629 "
       "\u0627\u0644\u064a\u0648\u0645.",
       {}},
      {"\u0627\u062a\u0641\u0642 \u0627\u0644\u0648\u0632\u0631\u0627\u0621 "
       "\u0639\u0644\u0649 \u062e\u0637\u0629.",
       {}}};
  auto spoken = (*adapter)->Speak(summary, AudioFormat::kWav);
  ASSERT_TRUE(spoken.ok()) << spoken.status();
  EXPECT_EQ(spoken->audio.substr(0, 4), "RIFF");
  nlohmann::json marks = nlohmann::json::parse(spoken->marks_json);
  ASSERT_TRUE(marks.is_array());
  ASSERT_GE(marks.size(), 5u) << marks.dump();
  bool saw_second = false;
  int64_t last_start = -1;
  for (const nlohmann::json& mark : marks) {
    size_t bullet = mark["bullet"].get<size_t>();
    ASSERT_LT(bullet, summary.bullets.size());
    saw_second |= bullet == 1;
    size_t begin = mark["begin"].get<size_t>();
    size_t end = mark["end"].get<size_t>();
    EXPECT_LT(begin, end);
    EXPECT_LE(end, summary.bullets[bullet].text.size());
    EXPECT_GE(mark["start_ms"].get<int64_t>(), last_start);
    last_start = mark["start_ms"].get<int64_t>();
  }
  EXPECT_TRUE(saw_second);
  // The first mark is the first word of the first bullet.
  EXPECT_EQ(marks[0]["bullet"], 0);
  EXPECT_EQ(marks[0]["begin"], 0);
}

}  // namespace
}  // namespace khulasa::server
