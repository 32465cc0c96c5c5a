#include "src/eval/summary_dataset.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

TEST(SummaryDatasetTest, ReadsRecordsAndSkipsBlankLines) {
  const std::string jsonl =
      "{\"id\": \"a1\", \"source\": \"x\", \"title\": null, \"text\": "
      "\"\\u0643\\u062a\\u0628. b\", \"summaries\": [\"r1\", \"r2\"], "
      "\"meta\": {\"is_news\": true, \"other\": 3}}\n"
      "\n  \r\n"
      "{\"id\": \"a2\", \"text\": \"t\", \"summaries\": [\"r\"]}";
  auto records = ParseSummaryDataset(jsonl);
  ASSERT_TRUE(records.ok()) << records.status();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].id, "a1");
  EXPECT_EQ((*records)[0].text, "\u0643\u062a\u0628. b");
  EXPECT_EQ((*records)[0].summaries, (std::vector<std::string>{"r1", "r2"}));
  EXPECT_TRUE((*records)[0].is_news);
  EXPECT_EQ((*records)[1].id, "a2");
  EXPECT_FALSE((*records)[1].is_news);
}

TEST(SummaryDatasetTest, BadLinesNameTheLineAndTheProblem) {
  const struct {
    std::string jsonl;
    std::string message_part;
  } rows[] = {
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"r\"]}\nnot json",
       "line 2: not valid JSON (not json)"},
      {"[1, 2]", "line 1: expected a JSON object"},
      {"{\"text\": \"t\", \"summaries\": [\"r\"]}",
       "line 1: \"id\" must be a non-empty string"},
      {"{\"id\": 7, \"text\": \"t\", \"summaries\": [\"r\"]}",
       "\"id\" must be a non-empty string"},
      {"{\"id\": \"a\", \"summaries\": [\"r\"]}", "\"text\" must be a string"},
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": []}",
       "\"summaries\" must be a non-empty array of strings"},
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": \"r\"}",
       "\"summaries\" must be a non-empty array of strings"},
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"r\", 2]}",
       "\"summaries\" must be a non-empty array of strings"},
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"r\"], \"meta\": "
       "{\"is_news\": \"yes\"}}",
       "\"meta.is_news\" must be true or false"},
      {"{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"r\"]}\n"
       "{\"id\": \"a\", \"text\": \"u\", \"summaries\": [\"r\"]}",
       "line 2: repeated id \"a\""},
      {"{\"id\": \"a\", \"text\": \"t\xff\", \"summaries\": [\"r\"]}",
       "line 1: invalid UTF-8 at byte 22"},
      {"", "the data set has no records"},
      {"\n\n", "the data set has no records"},
  };
  for (const auto& row : rows) {
    auto records = ParseSummaryDataset(row.jsonl);
    ASSERT_FALSE(records.ok()) << "input: " << row.jsonl;
    EXPECT_EQ(records.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(records.status().message()).find(row.message_part),
              std::string::npos)
        << "input: " << row.jsonl << "\nmessage: " << records.status();
  }
}

TEST(SummaryDatasetTest, LongLinesAreShortenedInMessages) {
  const std::string jsonl = "{\"id\": \"" + std::string(500, 'x');
  auto records = ParseSummaryDataset(jsonl);
  ASSERT_FALSE(records.ok());
  EXPECT_LT(records.status().message().size(), 150u);
  EXPECT_NE(std::string(records.status().message()).find("...)"),
            std::string::npos);
}

TEST(SummaryDatasetTest, ReadsPredictionsAsSummaryOrBullets) {
  auto predictions = ParsePredictions(
      "{\"id\": \"a\", \"summary\": \"one\\ntwo\"}\n"
      "{\"id\": \"b\", \"bullets\": [\"x\", \"y\", \"z\"]}\n"
      "{\"id\": \"c\", \"bullets\": []}\n");
  ASSERT_TRUE(predictions.ok()) << predictions.status();
  ASSERT_EQ(predictions->size(), 3u);
  EXPECT_EQ((*predictions)[0].summary, "one\ntwo");
  EXPECT_EQ((*predictions)[1].id, "b");
  EXPECT_EQ((*predictions)[1].summary, "x\ny\nz");
  EXPECT_EQ((*predictions)[2].summary, "");
}

TEST(SummaryDatasetTest, BadPredictionsAreErrors) {
  const struct {
    std::string jsonl;
    std::string message_part;
  } rows[] = {
      {"{\"id\": \"a\"}",
       "line 1: needs a string \"summary\" or an array of strings \"bullets\""},
      {"{\"id\": \"a\", \"bullets\": [1]}", "needs a string \"summary\""},
      {"{\"summary\": \"s\"}", "\"id\" must be a non-empty string"},
      {"{\"id\": \"a\", \"summary\": \"s\"}\n{\"id\": \"a\", \"summary\": "
       "\"t\"}",
       "line 2: repeated id \"a\""},
      {"{\"id\": \"a\", \"summary\": ", "line 1: not valid JSON"},
  };
  for (const auto& row : rows) {
    auto predictions = ParsePredictions(row.jsonl);
    ASSERT_FALSE(predictions.ok()) << "input: " << row.jsonl;
    EXPECT_NE(
        std::string(predictions.status().message()).find(row.message_part),
        std::string::npos)
        << "input: " << row.jsonl << "\nmessage: " << predictions.status();
  }
}

}  // namespace
}  // namespace khulasa::eval
