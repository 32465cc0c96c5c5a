#include "src/article/format_detector.h"

#include "gtest/gtest.h"

#include "khulasa/article.h"

namespace khulasa::article {
namespace {

TEST(DetectFormatTest, PicksTheReader) {
  struct Case {
    const char* input;
    InputFormat expected;
  };
  const Case kCases[] = {
      {"{\"text\": \"\u0646\u0635\"}", InputFormat::kJson},
      {"  \n {\"text\": \"\u0646\u0635\"}", InputFormat::kJson},
      {"[1, 2]", InputFormat::kJson},
      {" date 2025-12-20 - "
       "\u0623\u062E\u0628\u0627\u0631\n\u0639\u0646\u0648\u0627\u0646\n",
       InputFormat::kScraped},
      {"date 2025-12-20\n\u0639\u0646\u0648\u0627\u0646\n",
       InputFormat::kScraped},
      {"\u0639\u0646\u0648\u0627\u0646\n\u0627\u0633\u062A\u0645\u0639 "
       "\u0625\u0644\u0649 "
       "\u0627\u0644\u0645\u0644\u062E\u0635\n\u0627\u0638\u0647\u0631 "
       "\u0627\u0644\u0645\u0644\u062E\u0635\n\u0646\u0635.",
       InputFormat::kScraped},
      {"\u0639\u0646\u0648\u0627\u0646\n\u0646\u0635 "
       "\u0627\u0644\u062E\u0628\u0631.\n",
       InputFormat::kText},
      {"\u0646\u0635 \u064A\u0630\u0643\u0631 date 2025-12-20 \u0641\u064A "
       "\u0648\u0633\u0637\u0647.",
       InputFormat::kText},
      {"", InputFormat::kText},
      {"   \n\n", InputFormat::kText},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(DetectFormat(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(LooksLikeJsonLinesTest, NeedsTwoWholeObjectLines) {
  EXPECT_FALSE(LooksLikeJsonLines("{\"text\": \"a\"}"));
  EXPECT_TRUE(LooksLikeJsonLines("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"));
  EXPECT_TRUE(LooksLikeJsonLines("{\"a\":1}\r\n\r\n{\"b\":2}\r\n"));
  EXPECT_FALSE(LooksLikeJsonLines("{\n  \"text\": \"a\",\n  \"m\": {\n  }\n}"));
  EXPECT_FALSE(LooksLikeJsonLines(""));
}

}  // namespace
}  // namespace khulasa::article
