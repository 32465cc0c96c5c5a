#include "src/eval/rouge_ar_sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

using Sentences = std::vector<std::string>;

TEST(RougeArSentencesTest, SplitsLikeRougeArPy) {
  const struct {
    std::string input;
    Sentences expected;
  } rows[] = {
      {"", {}},
      {" \n\t\n ", {}},
      {"One. Two! Three? Four", {"One.", "Two!", "Three?", "Four"}},
      // No whitespace after the stop: one sentence.
      {"end.Next word", {"end.Next word"}},
      // Every line break splits, wrapped or not.
      {"a wrapped\nline. next\n\n\nlast",
       {"a wrapped", "line.", "next", "last"}},
      // Arabic question mark and full stop; no split at the Arabic comma.
      {"\u0644\u0645\u0627\u0630\u0627\u061F \u0644\u0623\u0646\u0647\u060C "
       "\u0643\u0630\u0644\u0643\u06D4 \u0646\u0639\u0645",
       {"\u0644\u0645\u0627\u0630\u0627\u061F",
        "\u0644\u0623\u0646\u0647\u060C \u0643\u0630\u0644\u0643\u06D4",
        "\u0646\u0639\u0645"}},
      // Unicode spaces count as whitespace after a stop and are stripped.
      {"\u00A0One.\u3000Two\u2003", {"One.", "Two"}},
      // The ellipsis U+2026 is not in rouge_ar.py's set.
      {"Wait\u2026 then", {"Wait\u2026 then"}},
      // Space then newline after a stop: one match swallows both.
      {"A. \n B", {"A.", "B"}},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(RougeArSentences(row.input), row.expected)
        << "input: " << row.input;
  }
}

TEST(RougeArSentencesTest, KeepsInvalidBytesWithoutCrashing) {
  EXPECT_EQ(RougeArSentences("a\xff. b\xc0"), (Sentences{"a\xff.", "b\xc0"}));
}

}  // namespace
}  // namespace khulasa::eval
