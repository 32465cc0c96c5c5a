#include "src/speech/number_reader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

struct Row {
  std::string number, nominative, genitive;
};

// tests/testdata/speech/numbers.tsv: number, nominative, genitive reading.
std::vector<Row> LoadTable() {
  const char* root = std::getenv("KHULASA_SOURCE_DIR");
  std::string path =
      std::string(root ? root : ".") + "/tests/testdata/speech/numbers.tsv";
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Row row;
    std::getline(fields, row.number, '\t');
    std::getline(fields, row.nominative, '\t');
    std::getline(fields, row.genitive, '\t');
    rows.push_back(row);
  }
  return rows;
}

TEST(NumberReaderTest, ReadsTableOfNumbers) {
  std::vector<Row> rows = LoadTable();
  ASSERT_GT(rows.size(), 30u);
  for (const Row& row : rows) {
    absl::StatusOr<std::string> nom = ReadNumber(row.number);
    ASSERT_TRUE(nom.ok()) << "input: " << row.number << " " << nom.status();
    EXPECT_EQ(*nom, row.nominative) << "input: " << row.number;
    absl::StatusOr<std::string> gen =
        ReadNumber(row.number, GrammaticalCase::kGenitive);
    ASSERT_TRUE(gen.ok()) << "input: " << row.number;
    EXPECT_EQ(*gen, row.genitive) << "input: " << row.number;
  }
}

TEST(NumberReaderTest, ReadsUpToTheLimit) {
  EXPECT_TRUE(ReadCardinal(kMaxReadableNumber).ok());
  EXPECT_EQ(ReadCardinal(kMaxReadableNumber + 1).status().code(),
            absl::StatusCode::kOutOfRange);
  // Longer digit strings are read digit by digit: 16 digits, 16 words.
  absl::StatusOr<std::string> long_number = ReadNumber("1234567890123456");
  ASSERT_TRUE(long_number.ok());
  EXPECT_EQ(std::count(long_number->begin(), long_number->end(), ' '), 15);
}

TEST(NumberReaderTest, RejectsMalformedNumbers) {
  for (const char* bad : {"", "x", "1,50", "1,5000", "1234,567", "1.", ".5",
                          "1..2", "1.2.3", "12a", ",100", "1,,000", "\xff"}) {
    absl::StatusOr<std::string> out = ReadNumber(bad);
    EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument)
        << "input: " << bad;
  }
  EXPECT_NE(ReadNumber("12a").status().message().find("'12a'"),
            std::string::npos);
}

TEST(NumberReaderTest, ReadsYearsInTheGenitive) {
  EXPECT_EQ(*ReadYear(2025),
            "\u0623\u064e\u0644\u0652\u0641\u064e\u064a\u0652\u0646 "
            "\u0648\u064e\u062e\u064e\u0645\u0652\u0633\u064e\u0629 "
            "\u0648\u064e\u0639\u0650\u0634\u0652\u0631\u0650\u064a\u0646");
  EXPECT_EQ(
      *ReadYear(1990),
      "\u0623\u064e\u0644\u0652\u0641 "
      "\u0648\u064e\u062a\u0650\u0633\u0652\u0639\u0650\u0645\u0650\u0626\u064e"
      "\u0629 \u0648\u064e\u062a\u0650\u0633\u0652\u0639\u0650\u064a\u0646");
  EXPECT_EQ(ReadYear(10000).status().code(), absl::StatusCode::kOutOfRange);
}

TEST(NumberReaderTest, ReadsDayOrdinals) {
  EXPECT_EQ(*ReadDayOrdinal(1),
            "\u0627\u0644\u0652\u0623\u064e\u0648\u0651\u064e\u0644");
  EXPECT_EQ(*ReadDayOrdinal(17),
            "\u0627\u0644\u0633\u0651\u064e\u0627\u0628\u0650\u0639\u064e "
            "\u0639\u064e\u0634\u064e\u0631");
  EXPECT_EQ(*ReadDayOrdinal(31),
            "\u0627\u0644\u0652\u062d\u064e\u0627\u062f\u0650\u064a "
            "\u0648\u064e\u0627\u0644\u062b\u0651\u064e\u0644\u064e\u0627\u062b"
            "\u0650\u064a\u0646");
  EXPECT_EQ(ReadDayOrdinal(0).status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ReadDayOrdinal(32).status().code(), absl::StatusCode::kOutOfRange);
}

TEST(NumberReaderTest, ReadsCountedScaleWords) {
  struct Case {
    uint64_t count;
    const char* scale;
    const char* expected;
  };
  const Case cases[] = {
      {1, "\u0645\u0644\u064a\u0627\u0631",
       "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631"},
      {2, "\u0645\u0644\u064a\u0627\u0631",
       "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064e\u0627\u0646"},
      {5, "\u0645\u0644\u064a\u0627\u0631",
       "\u062e\u064e\u0645\u0652\u0633\u064e\u0629 "
       "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064e\u0627\u062a"},
      {20, "\u0645\u0644\u064a\u0648\u0646",
       "\u0639\u0650\u0634\u0652\u0631\u064f\u0648\u0646 "
       "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064b\u0627"},
      {3, "\u0623\u0644\u0641",
       "\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629 "
       "\u0622\u0644\u064e\u0627\u0641"},
      {3, "\u0627\u0644\u0641",
       "\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629 "
       "\u0622\u0644\u064e\u0627\u0641"},
      {100, "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646",
       "\u0645\u0650\u0626\u064e\u0629 "
       "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646"},
      {2000, "\u0645\u0644\u064a\u0627\u0631",
       "\u0623\u064e\u0644\u0652\u0641\u064e\u0627\u0646 "
       "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<std::string> out = ReadCountedScale(c.count, c.scale);
    ASSERT_TRUE(out.ok()) << "input: " << c.count << " " << c.scale;
    EXPECT_EQ(*out, c.expected) << "input: " << c.count << " " << c.scale;
  }
  EXPECT_EQ(
      ReadCountedScale(2, "\u062f\u0648\u0644\u0627\u0631").status().code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      ReadCountedScale(0, "\u0645\u0644\u064a\u0627\u0631").status().code(),
      absl::StatusCode::kOutOfRange);
}

TEST(NumberReaderTest, OutputIsValidUtf8WithShaddaBeforeVowels) {
  for (uint64_t n :
       std::vector<uint64_t>{0, 6, 16, 60, 600, 666666, kMaxReadableNumber}) {
    for (GrammaticalCase c :
         {GrammaticalCase::kNominative, GrammaticalCase::kGenitive}) {
      std::string words = *ReadCardinal(n, c);
      EXPECT_TRUE(text::IsValidUtf8(words));
      // No short vowel directly followed by shadda (NFC order).
      for (const char* vowel_shadda :
           {"\u064e\u0651", "\u064f\u0651", "\u0650\u0651"}) {
        EXPECT_EQ(words.find(vowel_shadda), std::string::npos) << n;
      }
    }
  }
}

}  // namespace
}  // namespace khulasa::speech
