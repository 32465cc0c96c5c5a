// The spoken text of news lines (src/speech/testdata/spoken_text.tsv):
// dates, times, al- glued to a number, ordinals, percentages, ranges,
// currencies and units, Latin abbreviations and pausal forms, through the
// whole preparation pipeline; every output well-formed; the parts of
// number_forms.h on their own.
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/speech/number_forms.h"
#include "src/speech/speech_text.h"
#include "src/speech/speech_text_pipeline.h"
#include "src/speech/test_tsv.h"
#include "src/speech/vowelling_repair.h"

namespace khulasa::speech {
namespace {

struct Row {
  std::string group;
  std::string input;
  std::string spoken;
};

std::vector<Row> LoadRows() {
  std::vector<Row> rows;
  for (auto& f : ReadTestTsv("src/speech/testdata/spoken_text.tsv", 3)) {
    rows.push_back({f[0], f[1], f[2]});
  }
  return rows;
}

TEST(SpokenTextTest, NewsLinesReadAsTheTableSays) {
  const std::vector<Row> rows = LoadRows();
  std::set<std::string> groups;
  for (const Row& row : rows) {
    groups.insert(row.group);
    const SpeechText out = PrepareSpeechText(SpeechText::FromSource(row.input));
    EXPECT_EQ(out.text, row.spoken) << row.group << " input: " << row.input;
    for (const IllFormedWord& word :
         FindIllFormedWords(out.text, /*allow_wasla=*/true)) {
      ADD_FAILURE() << "ill-formed " << VowellingProblemNames(word.problems)
                    << ": "
                    << out.text.substr(word.begin, word.end - word.begin)
                    << " input: " << row.input;
    }
  }
  // Every kind of text the issue names has rows.
  for (const char* group : {"dates", "times", "definite", "percent", "ranges",
                            "currency", "units", "latin", "pausal"}) {
    EXPECT_TRUE(groups.count(group)) << "no rows for " << group;
  }
}

TEST(SpokenTextTest, ADateOrTimeIsOneSourceSpan) {
  // "on 5/6/2024 at 09:22": the date's words map to the 8 bytes of the date,
  // the time's to its 5.
  const std::string input = "\u0641\u064a 5/6/2024 09:22";
  const SpeechText out = PrepareSpeechText(SpeechText::FromSource(input));
  const size_t date_at = input.find('5');
  const size_t time_at = input.find("09");
  std::set<std::pair<size_t, size_t>> spans;
  for (size_t k = input.find(' ') + 1; k < out.source.size(); ++k) {
    if (out.text[k] != ' ') {
      spans.insert({out.source[k].begin, out.source[k].end});
    }
  }
  EXPECT_TRUE(spans.count({date_at, date_at + 8})) << out.DebugString();
  EXPECT_TRUE(spans.count({time_at, time_at + 5})) << out.DebugString();
}

TEST(NumberFormsTest, OrdinalsTimesAndCountsAtTheirLimits) {
  EXPECT_EQ(ReadOrdinal(0, false).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ReadOrdinal(100, true).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_TRUE(ReadOrdinal(99, true).ok());
  EXPECT_EQ(ReadClockTime(25, 0).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ReadClockTime(9, 60).status().code(),
            absl::StatusCode::kOutOfRange);
  // Hour 0 is said as 12; minute 0 adds nothing.
  EXPECT_EQ(*ReadClockTime(0, 0), *ReadClockTime(12, 0));
  for (int minute = 1; minute < 60; ++minute) {
    EXPECT_TRUE(ReadClockTime(23, minute).ok()) << minute;
  }
  const CountedNoun* dollar = FindCountedNoun("$");
  ASSERT_NE(dollar, nullptr);
  EXPECT_EQ(FindCountedNoun("dollar"), nullptr);
  EXPECT_EQ(ReadCountedNoun(0, *dollar).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(*ReadCountedNoun(1, *dollar), dollar->singular);
  EXPECT_EQ(*ReadCountedNoun(2, *dollar), dollar->dual_nominative);
  EXPECT_EQ(*ReadCountedNoun(2, *dollar, GrammaticalCase::kGenitive),
            dollar->dual_genitive);
  EXPECT_TRUE(ReadDefiniteCardinal(kMaxReadableNumber).ok());
  EXPECT_FALSE(ReadDefiniteCardinal(kMaxReadableNumber + 1).ok());
}

}  // namespace
}  // namespace khulasa::speech
