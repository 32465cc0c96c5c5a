// Table-driven tests of the editorial-defect instrument: each row of
// testdata/editorial_defects.tsv is a bullet and the exact set of defects
// it must get; the summary-level rules and the word-list plumbing are
// tested below.
#include "src/eval/editorial_defects.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

struct Row {
  int line = 0;
  std::string bullet;
  std::string expected;     // DefectSet::DebugString() form, "" for none
  std::string text_before;  // optional context
};

std::string TestDataPath() {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  std::string dir =
      source != nullptr && source[0] != '\0'
          ? std::string(source) + "/src/eval"
          : std::string(__FILE__).substr(0, std::string(__FILE__).rfind('/'));
  return dir + "/testdata/editorial_defects.tsv";
}

// Format: bullet TAB expected TAB [text before]; "-" = no defect; lines
// starting with '#' and blank lines are skipped.
std::vector<Row> LoadRows() {
  std::ifstream in(TestDataPath());
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    if (fields.size() < 2) {
      ADD_FAILURE() << "line " << number << ": needs bullet TAB expected";
      continue;
    }
    Row row{number, fields[0], fields[1] == "-" ? "" : fields[1],
            fields.size() > 2 ? fields[2] : ""};
    rows.push_back(row);
  }
  return rows;
}

TEST(EditorialDefectsTest, TableRowsGetExactlyTheirDefects) {
  const std::vector<Row> rows = LoadRows();
  ASSERT_GE(rows.size(), 60u) << "read " << TestDataPath();
  for (const Row& row : rows) {
    EXPECT_EQ(FindBulletDefects(row.bullet, row.text_before).DebugString(),
              row.expected)
        << "line " << row.line << ": " << row.bullet;
  }
}

TEST(EditorialDefectsTest, EveryBulletDefectHasPositiveAndNegativeRows) {
  const std::vector<Row> rows = LoadRows();
  for (EditorialDefect defect : kBulletDefects) {
    int with = 0;
    int without = 0;
    for (const Row& row : rows) {
      const std::string name(EditorialDefectName(defect));
      const std::string list = "," + row.expected + ",";
      (list.find("," + name + ",") != std::string::npos ? with : without)++;
    }
    EXPECT_GE(with, 3) << EditorialDefectName(defect);
    EXPECT_GE(without, 3) << EditorialDefectName(defect);
  }
}

TEST(EditorialDefectsTest, NamesRoundTrip) {
  for (int i = 0; i < kEditorialDefectCount; ++i) {
    const auto defect = static_cast<EditorialDefect>(i);
    EXPECT_EQ(ParseEditorialDefect(EditorialDefectName(defect)), defect);
  }
  EXPECT_EQ(ParseEditorialDefect("any"), std::nullopt);
  EXPECT_EQ(ParseEditorialDefect(""), std::nullopt);
}

TEST(EditorialDefectsTest, CountsBlankSeparatedWords) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("  \t\n "), 0);
  EXPECT_EQ(CountWords("a"), 1);
  EXPECT_EQ(CountWords(" a  b\tc\nd "), 4);
  EXPECT_EQ(CountWords("- -"), 2);
}

TEST(EditorialDefectsTest, EmptyAndOddInputNeverCrash) {
  EXPECT_EQ(FindBulletDefects("").DebugString(), "fragment");
  EXPECT_EQ(FindBulletDefects("   ").DebugString(), "fragment");
  EXPECT_TRUE(
      FindBulletDefects("\xff\xfe\x80 \xc3").Has(EditorialDefect::kFragment));
  EXPECT_FALSE(StartsWithRemovableConjunction(""));
  EXPECT_FALSE(StartsWithRemovableConjunction("\xd9"));
  EXPECT_FALSE(StartsWithRemovableConjunction("..."));
}

}  // namespace
}  // namespace khulasa::eval
