// Runs `khulasa eval summary` (the built binary) on the small committed set
// tests/testdata/eval/ and checks scores, modes, output formats, exit codes
// and error messages.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

std::string TestData(const std::string& name) {
  return SourceDir() + "/tests/testdata/eval/" + name;
}

class EvalSummaryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (KhulasaBinary().empty()) {
      GTEST_SKIP() << "KHULASA_BINARY_DIR is not set; run through ctest";
    }
  }

  static Json RunJson(std::vector<std::string> args) {
    args.insert(args.begin(), {"eval", "summary"});
    args.push_back("--json");
    ProcessResult run = RunKhulasa(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    return run.exit_code == 0 ? Json::parse(run.out) : Json();
  }
};

// The third record's first sentence against its reference, by hand: 8 of
// its 10 tokens are the reference's 8 (P .8, R 1); 6 shared bigrams of 9
// and 7; the LCS is the 8 shared tokens in order.
TEST_F(EvalSummaryCliTest, ScoresLeadOneAsComputedByHand) {
  const std::string all = ReadTestFile(TestData("summary_small.jsonl"));
  const std::string third = all.substr(all.rfind("{\"id\": \"t3\""));
  const Json out = RunJson({"--data", WriteTempFile("t3.jsonl", third),
                            "--baseline", "lead", "--bullets", "1"});
  ASSERT_FALSE(out.is_null());
  EXPECT_EQ(out["documents"], 1);
  EXPECT_EQ(out["system"], "lead-1");
  const Json& max = out["max_over_references"];
  EXPECT_NEAR(max["rouge1"]["precision"].get<double>(), 80.0, 1e-3);
  EXPECT_NEAR(max["rouge1"]["recall"].get<double>(), 100.0, 1e-3);
  EXPECT_NEAR(max["rouge1"]["f1"].get<double>(), 88.8889, 1e-3);
  EXPECT_NEAR(max["rouge2"]["f1"].get<double>(), 75.0, 1e-3);
  EXPECT_NEAR(max["rougeL"]["f1"].get<double>(), 88.8889, 1e-3);
  EXPECT_NEAR(max["rougeLsum"]["f1"].get<double>(), 88.8889, 1e-3);
  EXPECT_EQ(out["mean_over_references"], max);  // one reference
  EXPECT_NEAR(out["rouge1_f1_ci95"]["max_over_references"][0].get<double>(),
              88.8889, 1e-3);
}

TEST_F(EvalSummaryCliTest, LeadBaselineAndSavedPredictionsAgree) {
  const Json lead = RunJson({"--data", TestData("summary_small.jsonl"),
                             "--baseline", "lead", "--bullets", "1", "--norm"});
  const Json pred =
      RunJson({"--data", TestData("summary_small.jsonl"), "--pred",
               TestData("summary_small_lead1_pred.jsonl"), "--norm"});
  ASSERT_FALSE(lead.is_null());
  ASSERT_FALSE(pred.is_null());
  EXPECT_EQ(lead["documents"], 3);
  EXPECT_EQ(pred["system"], "predictions");
  EXPECT_EQ(pred["unmatched_predictions"], 0);
  EXPECT_EQ(lead["max_over_references"], pred["max_over_references"]);
  EXPECT_EQ(lead["mean_over_references"], pred["mean_over_references"]);
  // Two references on the first record: the mean is below the max.
  EXPECT_LT(lead["mean_over_references"]["rouge1"]["f1"].get<double>(),
            lead["max_over_references"]["rouge1"]["f1"].get<double>());
}

TEST_F(EvalSummaryCliTest, NewsOnlyKeepsNewsRecords) {
  const Json out = RunJson({"--data", TestData("summary_small.jsonl"),
                            "--baseline", "lead", "--news-only"});
  ASSERT_FALSE(out.is_null());
  EXPECT_EQ(out["documents"], 2);
  EXPECT_EQ(out["news_only"], true);
}

TEST_F(EvalSummaryCliTest, PrintsATableWithEveryMetricAndTheInterval) {
  const std::vector<std::string> args = {
      "eval",       "summary", "--data", TestData("summary_small.jsonl"),
      "--baseline", "lead",    "--stem"};
  ProcessResult run = RunKhulasa(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* part :
       {"system: lead-3", "options: --stem", "ROUGE-1 ", "ROUGE-2 ", "ROUGE-L ",
        "ROUGE-Lsum ", "ROUGE-1 F1 95% CI", "(3 documents)"}) {
    EXPECT_NE(run.out.find(part), std::string::npos) << part << "\n" << run.out;
  }
  // Deterministic, bootstrap included.
  EXPECT_EQ(RunKhulasa(args).out, run.out);
}

// Without --baseline or --pred the command scores khulasa's own summaries
// (SummarizeForEval, tools/khulasa/summarize_for_eval.cc).
TEST_F(EvalSummaryCliTest, ScoresKhulasaByDefault) {
  const Json out =
      RunJson({"--data", TestData("summary_small.jsonl"), "--bullets", "2"});
  ASSERT_FALSE(out.is_null());
  EXPECT_EQ(out["system"], "khulasa-2");
  EXPECT_EQ(out["documents"], 3);
  const double f1 = out["max_over_references"]["rouge1"]["f1"].get<double>();
  EXPECT_GT(f1, 0.0);
  EXPECT_LE(f1, 100.0);
}

TEST_F(EvalSummaryCliTest, ErrorsAreClearWithTheRightExitCode) {
  const std::string data = TestData("summary_small.jsonl");
  const std::string bad =
      WriteTempFile("bad.jsonl",
                    "{\"id\": \"a\", \"text\": \"x\", \"summaries\": "
                    "[\"y\"]}\n{\"id\": 3}\n");
  const std::string partial = WriteTempFile(
      "partial_pred.jsonl", "{\"id\": \"t1\", \"summary\": \"x\"}\n");
  const struct {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  } rows[] = {
      {{"--data", bad, "--baseline", "lead"},
       1,
       "bad.jsonl: line 2: \"id\" must be a non-empty string"},
      {{"--data", "/nonexistent/khulasa.jsonl", "--baseline", "lead"},
       1,
       "khulasa: "},
      {{"--data", data, "--pred", partial}, 1, "no prediction for id \"t2\""},
      {{"--data", data, "--baseline", "lead", "--bullets", "0"}, 2, ""},
      {{"--data", data, "--baseline", "lead", "--bullets", "11"}, 2, ""},
      {{"--data", data, "--baseline", "oracle"}, 2, ""},
      {{"--data", data, "--baseline", "lead", "--pred", partial}, 2, ""},
      {{"--baseline", "lead"}, 2, ""},
  };
  for (const auto& row : rows) {
    std::vector<std::string> args = {"eval", "summary"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    ProcessResult run = RunKhulasa(args);
    std::string joined;
    for (const std::string& a : row.args) joined += a + " ";
    EXPECT_EQ(run.exit_code, row.exit_code) << joined << "\n" << run.err;
    EXPECT_NE(run.err.find(row.message), std::string::npos) << joined << "\n"
                                                            << run.err;
    EXPECT_EQ(run.out, "") << joined;
  }
}

}  // namespace
}  // namespace khulasa::testing
