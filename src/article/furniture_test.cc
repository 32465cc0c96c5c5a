#include "src/article/furniture.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

std::string TestDataPath(const std::string& name) {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  return std::string(source != nullptr ? source : ".") +
         "/src/article/testdata/" + name;
}

std::string ReadTestFile(const std::string& name) {
  std::ifstream in(TestDataPath(name), std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Case {
  std::string function;
  std::string input;
  std::string expected;
  int line = 0;
};

// Rows of testdata/furniture_cases.tsv: function, input, expected.
std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::istringstream in(ReadTestFile("furniture_cases.tsv"));
  std::string row;
  int line = 0;
  while (std::getline(in, row)) {
    ++line;
    if (row.empty() || row[0] == '#') continue;
    size_t tab1 = row.find('\t');
    size_t tab2 = tab1 == std::string::npos ? tab1 : row.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) {
      ADD_FAILURE() << "furniture_cases.tsv:" << line << ": needs 3 columns";
      continue;
    }
    cases.push_back(Case{row.substr(0, tab1),
                         row.substr(tab1 + 1, tab2 - tab1 - 1),
                         row.substr(tab2 + 1), line});
  }
  return cases;
}

std::vector<Case> CasesFor(const std::string& function) {
  std::vector<Case> out;
  for (Case& c : LoadCases()) {
    if (c.function == function) out.push_back(std::move(c));
  }
  return out;
}

TEST(FurnitureCasesTest, TableIsComplete) {
  const std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 60u) << "missing src/article/testdata/"
                                  "furniture_cases.tsv";
  for (const Case& c : cases) {
    EXPECT_TRUE(c.function == "furniture" || c.function == "byline" ||
                c.function == "dateline" || c.function == "listmarker")
        << "furniture_cases.tsv:" << c.line << ": unknown " << c.function;
  }
}

TEST(IsFurnitureLineTest, TellsFurnitureFromProse) {
  const std::vector<Case> cases = CasesFor("furniture");
  ASSERT_GE(cases.size(), 30u);
  for (const Case& c : cases) {
    EXPECT_EQ(IsFurnitureLine(c.input), c.expected == "1")
        << "furniture_cases.tsv:" << c.line << " input: " << c.input;
  }
}

TEST(ParseBylineTest, FindsTheAuthorOfShortBylines) {
  const std::vector<Case> cases = CasesFor("byline");
  ASSERT_GE(cases.size(), 15u);
  for (const Case& c : cases) {
    const std::string expected = c.expected == "-" ? "" : c.expected;
    const std::string_view name = ParseByline(c.input);
    EXPECT_EQ(name, expected)
        << "furniture_cases.tsv:" << c.line << " input: " << c.input;
    // The name is a slice of the line.
    if (!name.empty()) {
      EXPECT_GE(name.data(), c.input.data());
      EXPECT_LE(name.data() + name.size(), c.input.data() + c.input.size());
    }
  }
}

TEST(LeadingDatelineLengthTest, FindsTagsAndSparesSentenceStarts) {
  const std::vector<Case> cases = CasesFor("dateline");
  ASSERT_GE(cases.size(), 15u);
  for (const Case& c : cases) {
    const std::string expected = c.expected == "-" ? "" : c.expected;
    const size_t length = LeadingDatelineLength(c.input);
    EXPECT_EQ(LeadingDateline(c.input), expected)
        << "furniture_cases.tsv:" << c.line << " input: " << c.input;
    EXPECT_EQ(length == 0, expected.empty())
        << "furniture_cases.tsv:" << c.line << " input: " << c.input;
    ASSERT_LE(length, c.input.size());
    if (length > 0) {
      // The rest starts with the story, at a code-point boundary.
      const std::string_view rest = std::string_view(c.input).substr(length);
      ASSERT_FALSE(rest.empty());
      EXPECT_NE(rest.front(), ' ') << "line " << c.line;
      EXPECT_NE(rest.front(), '-') << "line " << c.line;
      EXPECT_FALSE(text::IsUtf8ContinuationByte(
          static_cast<unsigned char>(rest.front())))
          << "line " << c.line;
    }
  }
}

TEST(LeadingListMarkerLengthTest, StripsMarkersBeforeWords) {
  const std::vector<Case> cases = CasesFor("listmarker");
  ASSERT_GE(cases.size(), 8u);
  for (const Case& c : cases) {
    const std::string expected = c.expected == "-" ? c.input : c.expected;
    const size_t length = LeadingListMarkerLength(c.input);
    ASSERT_LE(length, c.input.size());
    EXPECT_EQ(std::string_view(c.input).substr(length), expected)
        << "furniture_cases.tsv:" << c.line << " input: " << c.input;
  }
}

// Odd input never crashes and is never furniture, a byline or a dateline.
TEST(FurnitureTest, OddInputIsNothing) {
  const std::string kInputs[] = {
      "",
      " \t ",
      "...!!!",
      ":-",
      "-- --",
      "\xEF\xBF\xBD\xEF\xBF\xBD",  // U+FFFD, as repaired invalid bytes become
      "\u200F\u200F",
      "\u0640\u0640\u0640",  // tatweel run
      "(((((",
      ")",
      "|||",
  };
  for (const std::string& in : kInputs) {
    EXPECT_FALSE(IsFurnitureLine(in)) << "input: " << in;
    EXPECT_EQ(ParseByline(in), "") << "input: " << in;
    EXPECT_EQ(LeadingDatelineLength(in), 0u) << "input: " << in;
    EXPECT_EQ(LeadingListMarkerLength(in), 0u) << "input: " << in;
  }
}

// Every prefix of a dateline case (cut at any byte, so also inside a code
// point, as a fuzzer would) stays in range.
TEST(FurnitureTest, PrefixesStayInRange) {
  for (const Case& c : LoadCases()) {
    for (size_t n = 0; n <= c.input.size(); ++n) {
      const std::string_view prefix = std::string_view(c.input).substr(0, n);
      EXPECT_LE(LeadingDatelineLength(prefix), prefix.size());
      const std::string_view name = ParseByline(prefix);
      EXPECT_LE(name.size(), prefix.size());
      EXPECT_LE(LeadingListMarkerLength(prefix), prefix.size());
      (void)IsFurnitureLine(prefix);
    }
  }
}

// The readers turn furniture into embeds (the HTML reader drops them), keep
// bylines as authors and the opening source tag as the dateline, for every
// input format.
struct ReaderCase {
  const char* file;
  InputFormat format;
  std::vector<std::string> authors;
  const char* dateline;
  // Furniture blocks the reader keeps. The HTML reader keeps none: it
  // drops the "اقرأ أيضا" link as boilerplate, and the Arabic furniture
  // lines leave its text once they gave the authors and the dateline
  // (issue 19: no furniture line in the extracted text).
  size_t embeds;
};

TEST(FurnitureInReadersTest, FurnitureBecomesEmbedsAndMetadata) {
  const std::string kAuthor =
      "\u0622\u0633\u064A\u0627 "
      "\u0627\u0644\u0639\u062A\u0631\u0648\u0633";
  const std::string kTag =
      "\u0627\u0644\u0645\u062F\u064A\u0646\u0629 "
      "\u0646\u064A\u0648\u0632";
  const std::string kMetaAuthor = "Jane Doe";
  const ReaderCase kCases[] = {
      {"furniture_article.txt", InputFormat::kText, {kAuthor}, kTag.c_str(), 4},
      {"furniture_scraped.txt",
       InputFormat::kScraped,
       {kAuthor},
       kTag.c_str(),
       4},
      {"furniture_article.json",
       InputFormat::kJson,
       {kMetaAuthor, kAuthor},
       kTag.c_str(),
       4},
      {"furniture_page.html",
       InputFormat::kHtml,
       {kMetaAuthor, kAuthor},
       kTag.c_str(),
       0},
  };
  for (const ReaderCase& c : kCases) {
    const std::string bytes = ReadTestFile(c.file);
    ASSERT_FALSE(bytes.empty()) << "missing src/article/testdata/" << c.file;
    absl::StatusOr<Article> article = ReadArticle(bytes, ReadOptions{});
    ASSERT_TRUE(article.ok()) << c.file << ": " << article.status();
    EXPECT_EQ(article->format, c.format) << c.file;
    EXPECT_EQ(article->authors, c.authors) << c.file;
    EXPECT_EQ(article->dateline, c.dateline) << c.file;
    size_t embeds = 0;
    for (const Block& block : article->blocks) {
      if (block.kind == BlockKind::kEmbed) {
        ++embeds;
        EXPECT_TRUE(block.sentences.empty()) << c.file << ": " << block.text;
      }
      if (block.kind == BlockKind::kParagraph) {
        EXPECT_FALSE(IsFurnitureLine(block.text))
            << c.file << ": " << block.text;
        // Ranges still point into the input: the paragraph is unchanged.
        EXPECT_EQ(article->input.substr(block.range.begin, block.range.size()),
                  block.text)
            << c.file;
      }
    }
    EXPECT_EQ(embeds, c.embeds) << c.file;
  }
}

}  // namespace
}  // namespace khulasa::article
