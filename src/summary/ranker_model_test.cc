#include "src/summary/ranker_model.h"

#include <string>

#include "gtest/gtest.h"

#include "src/summary/ranker_trainer.h"

namespace khulasa::summary {
namespace {

RankerModel SampleModel() {
  RankerModel model;
  model.params.budget_words = 120;
  for (size_t i = 0; i < kNumFeatures; ++i) {
    model.mean[i] = 0.25f * static_cast<float>(i);
    model.scale[i] = 2.0f;
    model.weight[i] = 0.5f - 0.1f * static_cast<float>(i);
  }
  model.bias = -1.5f;
  return model;
}

TEST(RankerModelTest, SerializeThenParseGivesTheSameModel) {
  const RankerModel model = SampleModel();
  const std::string text = SerializeRankerModel(model, "line one\nline two");
  absl::StatusOr<RankerModel> parsed = ParseRankerModel(text);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->params.budget_words, 120);
  EXPECT_FLOAT_EQ(parsed->bias, -1.5f);
  float row[kNumFeatures];
  for (size_t i = 0; i < kNumFeatures; ++i) row[i] = static_cast<float>(i);
  EXPECT_NEAR(parsed->Score(row), model.Score(row), 1e-4);
  EXPECT_EQ(SerializeRankerModel(*parsed, "line one\nline two"), text);
}

TEST(RankerModelTest, CorruptFilesAreDataLoss) {
  const std::string good = SerializeRankerModel(SampleModel(), "");
  struct Row {
    std::string name;
    std::string text;
  };
  std::string wrong_version = good;
  wrong_version.replace(good.find(" 1\n"), 3, " 9\n");
  std::string no_bias = good.substr(0, good.find("bias"));
  std::string bad_number = good;
  bad_number.replace(good.find("param budget_words 120"), 22,
                     "param budget_words x12");
  std::string renamed = good;
  renamed.replace(good.find("centrality"), 10, "centralitx");
  std::string missing_feature = good;
  const size_t quote = good.find("feature quote");
  missing_feature.erase(quote, good.find('\n', quote) - quote + 1);
  const Row rows[] = {
      {"empty", ""},
      {"bad header", "not-a-model 1\n"},
      {"wrong version", wrong_version},
      {"no bias", no_bias},
      {"bad number", bad_number},
      {"renamed feature", renamed},
      {"missing feature", missing_feature},
      {"unknown param", good + "param colour 3\n"},
      // Past an int's range: undefined behaviour before, now refused.
      {"huge whole number", good + "param unit_min_words 1e30\n"},
      {"huge bias (ranker_model_fuzzer)", no_bias + "bias 2e89\n"},
      {"fractional whole number", good + "param gist_words 2.5\n"},
      {"not finite", good + "param budget_slack inf\n"},
      {"out of range", good + "param budget_words -5\n"},
  };
  for (const Row& row : rows) {
    absl::StatusOr<RankerModel> parsed = ParseRankerModel(row.text);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kDataLoss) << row.name;
  }
}

// A line of blanks is skipped like an empty one (ranker_model_fuzzer found
// it read fields[0] of no fields).
TEST(RankerModelTest, BlankLinesAreSkipped) {
  const std::string good = SerializeRankerModel(SampleModel(), "");
  const std::string with_blanks = good.substr(0, good.find('\n') + 1) +
                                  "   \n  \n" +
                                  good.substr(good.find('\n') + 1);
  EXPECT_TRUE(ParseRankerModel(with_blanks).ok());
  EXPECT_EQ(ParseRankerModel("khulasa-summary-ranker 1\n  \n").status().code(),
            absl::StatusCode::kDataLoss);
}

TEST(RankerModelTest, MissingFileIsNotFound) {
  EXPECT_EQ(LoadRankerModel("/nonexistent/summary_ranker.txt").status().code(),
            absl::StatusCode::kNotFound);
}

TEST(RankerTrainerTest, LearnsTheSignOfAnInformativeFeature) {
  std::vector<float> rows;
  std::vector<float> labels;
  for (int i = 0; i < 200; ++i) {
    for (size_t j = 0; j < kNumFeatures; ++j) {
      rows.push_back(j == 6 ? static_cast<float>(i % 10) : 0.5f);
    }
    labels.push_back(i % 10 >= 5 ? 1.0f : 0.0f);
  }
  absl::StatusOr<RankerModel> model =
      FitRanker(rows, labels, SelectionParams{}, TrainerOptions{});
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_GT(model->weight[6], 0.5f);
  EXPECT_NEAR(model->weight[0], 0.0f, 1e-6);
  absl::StatusOr<RankerModel> again =
      FitRanker(rows, labels, SelectionParams{}, TrainerOptions{});
  EXPECT_EQ(SerializeRankerModel(*model, ""), SerializeRankerModel(*again, ""));
}

TEST(RankerTrainerTest, RejectsMismatchedSizes) {
  EXPECT_FALSE(FitRanker({}, {}, SelectionParams{}, TrainerOptions{}).ok());
  EXPECT_FALSE(
      FitRanker({1.0f}, {1.0f}, SelectionParams{}, TrainerOptions{}).ok());
}

}  // namespace
}  // namespace khulasa::summary
