// Scores article-body extraction the way the public benchmarks do: the
// ScrapingHub article-extraction-benchmark metric (4-token shingles of
// Unicode \w+ tokens; per-page TP/FP/FN; precision and recall averaged over
// pages, F1 their harmonic mean) and trafilatura-style segment matching
// (must-have / must-not-have snippets found after collapsing whitespace).
#ifndef KHULASA_SRC_EVAL_EXTRACTION_SCORE_H_
#define KHULASA_SRC_EVAL_EXTRACTION_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::eval {

// Unicode word tokens as Python's re `\w+` finds them: runs of letters
// (L*), numbers (N* and other characters with a numeric value) and '_'.
// Combining marks (Arabic harakat) split tokens, as in Python.
std::vector<std::string> ShingleTokens(std::string_view text);

// One page: TP/FP/FN shingle counts normalised by their sum (all zero when
// both texts have no tokens), and whether the token lists are identical.
struct PageShingleScore {
  double tp = 0;
  double fp = 0;
  double fn = 0;
  bool exact = false;
};
PageShingleScore ScorePageShingles(std::string_view truth,
                                   std::string_view predicted);

struct ShingleScore {
  double f1 = 0;
  double precision = 0;
  double recall = 0;
  double accuracy = 0;  // share of pages with identical token lists
  size_t pages = 0;
};
// Corpus score from per-page scores, exactly as score_shingles.py and the
// benchmark's own evaluate.py combine them.
ShingleScore CombinePageShingles(const std::vector<PageShingleScore>& pages);

struct SegmentCounts {
  size_t tp = 0;  // "with" segments found
  size_t fn = 0;  // "with" segments missing
  size_t fp = 0;  // "without" segments found
  size_t tn = 0;  // "without" segments absent
  double precision() const;
  double recall() const;
  double f1() const;
  double accuracy() const;
  void Add(const SegmentCounts& other);
};
// Looks each segment up in `predicted` after collapsing whitespace runs to
// one space on both sides (score_segments.py).
SegmentCounts ScoreSegments(const std::vector<std::string>& with,
                            const std::vector<std::string>& without,
                            std::string_view predicted);

// The site a page belongs to, for per-site figures: the lower-cased host
// of `url` without a leading "www." ("https://www.Example.com:80/a" ->
// "example.com"), or "" when `url` names no host.
std::string SiteOfUrl(std::string_view url);

// `text` with runs of Unicode whitespace collapsed to one space and trimmed.
std::string CollapseWhitespace(std::string_view text);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_EXTRACTION_SCORE_H_
