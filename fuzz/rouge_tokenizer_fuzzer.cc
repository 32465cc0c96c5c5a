// Fuzzes the ROUGE tokenizer and scorer (src/eval): tokens are non-empty,
// valid UTF-8 and free of whitespace for every option combination; a text
// scores exactly 1 against itself; scores stay in [0, 1]; SentencePerLine
// never changes the tokens; RougeArSentences never crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "src/eval/rouge.h"
#include "src/eval/rouge_ar_sentences.h"
#include "src/eval/rouge_tokenizer.h"
#include "src/eval/sentence_lines.h"
#include "src/text/utf8.h"

namespace {

constexpr size_t kMaxScoredTokens = 64;

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckScore(const khulasa::eval::RougeScore& s) {
  Check(s.precision >= 0.0 && s.precision <= 1.0);
  Check(s.recall >= 0.0 && s.recall <= 1.0);
  Check(s.f1 >= 0.0 && s.f1 <= 1.0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 14)) return 0;
  using namespace khulasa::eval;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool normalize : {false, true}) {
    for (bool stem : {false, true}) {
      const RougeTokenizerOptions options{.normalize = normalize, .stem = stem};
      const std::vector<std::string> tokens = TokenizeForRouge(text, options);
      for (const std::string& token : tokens) {
        Check(!token.empty());
        Check(khulasa::text::IsValidUtf8(token));
        Check(token.find_first_of(" \t\n\r") == std::string::npos);
      }
      const RougeText prepared = PrepareRougeText(text, options);
      Check(prepared.tokens == tokens);
      Check(prepared.line_ends.empty() ||
            prepared.line_ends.back() == tokens.size());
      // Scoring is quadratic in the tokens (LCS tables) and does not
      // depend on the options but through the tokens: it is checked with
      // the plain and the fully normalized options, on texts of up to
      // kMaxScoredTokens, which keeps the target at thousands of executions
      // per second; tokenizing is checked everywhere.
      if (normalize != stem || tokens.size() > kMaxScoredTokens) continue;
      const RougeScores self = ScoreRouge(prepared, prepared);
      for (RougeMetric metric : kAllRougeMetrics) {
        CheckScore(self[metric]);
        if (!tokens.empty() && metric != RougeMetric::kRouge2) {
          Check(self[metric].f1 == 1.0);
        }
      }
      // Against the first half of itself.
      const RougeText half =
          PrepareRougeText(text.substr(0, text.size() / 2), options);
      const MultiReferenceScores multi =
          ScoreRougeMulti(half, std::vector<RougeText>{prepared, half});
      for (RougeMetric metric : kAllRougeMetrics) {
        CheckScore(multi.max[metric]);
        CheckScore(multi.mean[metric]);
        Check(multi.max[metric].f1 >= multi.mean[metric].f1 - 1e-12);
      }
    }
  }
  const RougeTokenizerOptions plain;
  Check(TokenizeForRouge(SentencePerLine(text), plain) ==
        TokenizeForRouge(text, plain));
  for (const std::string& sentence : RougeArSentences(text)) {
    Check(!sentence.empty());
  }
  return 0;
}
