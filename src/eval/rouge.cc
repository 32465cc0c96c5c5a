#include "src/eval/rouge.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "absl/container/flat_hash_map.h"

namespace khulasa::eval {
namespace {

// Tokens are replaced by small integer ids before scoring, so n-gram counts
// index arrays and the LCS tables compare integers instead of strings.
using Ids = std::vector<uint32_t>;

class Interner {
 public:
  Ids Map(std::span<const std::string> tokens) {
    Ids ids;
    ids.reserve(tokens.size());
    for (const std::string& token : tokens) {
      auto [it, inserted] =
          ids_.try_emplace(token, static_cast<uint32_t>(ids_.size()));
      ids.push_back(it->second);
    }
    return ids;
  }
  size_t size() const { return ids_.size(); }

 private:
  // Keys point into the caller's tokens, which outlive the interner.
  absl::flat_hash_map<std::string_view, uint32_t> ids_;
};

RougeScore FromCounts(size_t matches, size_t candidate_total,
                      size_t reference_total) {
  RougeScore score;
  if (matches == 0 || candidate_total == 0 || reference_total == 0) {
    return score;
  }
  score.precision =
      static_cast<double>(matches) / static_cast<double>(candidate_total);
  score.recall =
      static_cast<double>(matches) / static_cast<double>(reference_total);
  score.f1 =
      2.0 * score.precision * score.recall / (score.precision + score.recall);
  return score;
}

RougeScore Rouge1Ids(const Ids& candidate, const Ids& reference,
                     size_t vocabulary_size) {
  std::vector<uint32_t> remaining(vocabulary_size, 0);
  for (uint32_t id : reference) ++remaining[id];
  size_t matches = 0;
  for (uint32_t id : candidate) {
    if (remaining[id] > 0) {
      --remaining[id];
      ++matches;
    }
  }
  return FromCounts(matches, candidate.size(), reference.size());
}

// The n-gram starting at `begin` as a hash key: its ids' bytes.
std::string NgramKey(const Ids& ids, size_t begin, size_t n) {
  std::string key(n * sizeof(uint32_t), '\0');
  std::memcpy(key.data(), ids.data() + begin, key.size());
  return key;
}

RougeScore RougeNIds(const Ids& candidate, const Ids& reference, size_t n,
                     size_t vocabulary_size) {
  if (n == 1) return Rouge1Ids(candidate, reference, vocabulary_size);
  if (n == 0 || candidate.size() < n || reference.size() < n) {
    return RougeScore{};
  }
  const size_t candidate_total = candidate.size() - n + 1;
  const size_t reference_total = reference.size() - n + 1;
  absl::flat_hash_map<std::string, uint32_t> remaining;
  remaining.reserve(reference_total);
  for (size_t i = 0; i < reference_total; ++i) {
    ++remaining[NgramKey(reference, i, n)];
  }
  size_t matches = 0;
  for (size_t i = 0; i < candidate_total; ++i) {
    auto it = remaining.find(NgramKey(candidate, i, n));
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      ++matches;
    }
  }
  return FromCounts(matches, candidate_total, reference_total);
}

// Length of the longest common subsequence, in O(|b|) memory.
size_t LcsLength(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<size_t> previous(b.size() + 1, 0);
  std::vector<size_t> current(b.size() + 1, 0);
  for (uint32_t x : a) {
    for (size_t j = 0; j < b.size(); ++j) {
      current[j + 1] =
          x == b[j] ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Marks in *in_lcs the positions of `ref` on one longest common subsequence
// with `can`. The backtracking breaks ties exactly as rouge-score's
// _backtrack_norec does, so ROUGE-Lsum counts the same tokens.
void MarkLcs(std::span<const uint32_t> ref, std::span<const uint32_t> can,
             std::vector<bool>* in_lcs) {
  const size_t cols = can.size() + 1;
  std::vector<uint32_t> table((ref.size() + 1) * cols, 0);
  for (size_t i = 1; i <= ref.size(); ++i) {
    for (size_t j = 1; j <= can.size(); ++j) {
      table[i * cols + j] =
          ref[i - 1] == can[j - 1]
              ? table[(i - 1) * cols + j - 1] + 1
              : std::max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
    }
  }
  size_t i = ref.size();
  size_t j = can.size();
  while (i > 0 && j > 0) {
    if (ref[i - 1] == can[j - 1]) {
      (*in_lcs)[i - 1] = true;
      --i;
      --j;
    } else if (table[i * cols + j - 1] > table[(i - 1) * cols + j]) {
      --j;
    } else {
      --i;
    }
  }
}

std::vector<std::span<const uint32_t>> Lines(const Ids& ids,
                                             const std::vector<size_t>& ends) {
  std::vector<std::span<const uint32_t>> lines;
  size_t begin = 0;
  for (size_t end : ends) {
    if (end > ids.size() || end < begin) break;  // malformed RougeText
    lines.emplace_back(ids.data() + begin, end - begin);
    begin = end;
  }
  return lines;
}

RougeScore RougeLsumIds(const Ids& candidate,
                        const std::vector<size_t>& candidate_ends,
                        const Ids& reference,
                        const std::vector<size_t>& reference_ends,
                        size_t vocabulary_size) {
  const auto candidate_lines = Lines(candidate, candidate_ends);
  const auto reference_lines = Lines(reference, reference_ends);
  size_t candidate_total = 0;
  for (const auto& line : candidate_lines) candidate_total += line.size();
  size_t reference_total = 0;
  for (const auto& line : reference_lines) reference_total += line.size();
  if (candidate_total == 0 || reference_total == 0) return RougeScore{};

  // A token counts at most as often as it occurs in each text, because the
  // union LCS of one reference line with several candidate lines (and of
  // several reference lines with one candidate line) can reuse it.
  std::vector<uint32_t> candidate_left(vocabulary_size, 0);
  std::vector<uint32_t> reference_left(vocabulary_size, 0);
  for (const auto& line : candidate_lines) {
    for (uint32_t id : line) ++candidate_left[id];
  }
  for (const auto& line : reference_lines) {
    for (uint32_t id : line) ++reference_left[id];
  }
  size_t hits = 0;
  std::vector<bool> in_union;
  for (const auto& ref_line : reference_lines) {
    in_union.assign(ref_line.size(), false);
    for (const auto& can_line : candidate_lines) {
      MarkLcs(ref_line, can_line, &in_union);
    }
    for (size_t i = 0; i < ref_line.size(); ++i) {
      const uint32_t id = ref_line[i];
      if (in_union[i] && candidate_left[id] > 0 && reference_left[id] > 0) {
        ++hits;
        --candidate_left[id];
        --reference_left[id];
      }
    }
  }
  return FromCounts(hits, candidate_total, reference_total);
}

RougeScores ScoreIds(const Ids& candidate,
                     const std::vector<size_t>& candidate_ends,
                     const Ids& reference,
                     const std::vector<size_t>& reference_ends,
                     size_t vocabulary_size) {
  RougeScores scores;
  scores[RougeMetric::kRouge1] =
      Rouge1Ids(candidate, reference, vocabulary_size);
  scores[RougeMetric::kRouge2] =
      RougeNIds(candidate, reference, 2, vocabulary_size);
  scores[RougeMetric::kRougeL] = FromCounts(LcsLength(candidate, reference),
                                            candidate.size(), reference.size());
  scores[RougeMetric::kRougeLsum] = RougeLsumIds(
      candidate, candidate_ends, reference, reference_ends, vocabulary_size);
  return scores;
}

}  // namespace

std::string_view RougeMetricName(RougeMetric metric) {
  switch (metric) {
    case RougeMetric::kRouge1:
      return "rouge1";
    case RougeMetric::kRouge2:
      return "rouge2";
    case RougeMetric::kRougeL:
      return "rougeL";
    case RougeMetric::kRougeLsum:
      return "rougeLsum";
  }
  return "unknown";
}

RougeText PrepareRougeText(std::string_view text,
                           const RougeTokenizerOptions& options) {
  RougeText out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::vector<std::string> line =
        TokenizeForRouge(text.substr(begin, end - begin), options);
    if (!line.empty()) {
      for (std::string& token : line) out.tokens.push_back(std::move(token));
      out.line_ends.push_back(out.tokens.size());
    }
    begin = end + 1;
  }
  return out;
}

RougeScore RougeN(std::span<const std::string> candidate,
                  std::span<const std::string> reference, size_t n) {
  Interner interner;
  const Ids c = interner.Map(candidate);
  const Ids r = interner.Map(reference);
  return RougeNIds(c, r, n, interner.size());
}

RougeScore RougeL(std::span<const std::string> candidate,
                  std::span<const std::string> reference) {
  Interner interner;
  const Ids c = interner.Map(candidate);
  const Ids r = interner.Map(reference);
  return FromCounts(LcsLength(c, r), c.size(), r.size());
}

RougeScore RougeLsum(const RougeText& candidate, const RougeText& reference) {
  Interner interner;
  const Ids c = interner.Map(candidate.tokens);
  const Ids r = interner.Map(reference.tokens);
  return RougeLsumIds(c, candidate.line_ends, r, reference.line_ends,
                      interner.size());
}

RougeScores ScoreRouge(const RougeText& candidate, const RougeText& reference) {
  Interner interner;
  const Ids c = interner.Map(candidate.tokens);
  const Ids r = interner.Map(reference.tokens);
  return ScoreIds(c, candidate.line_ends, r, reference.line_ends,
                  interner.size());
}

MultiReferenceScores ScoreRougeMulti(const RougeText& candidate,
                                     std::span<const RougeText> references) {
  MultiReferenceScores out;
  if (references.empty()) return out;
  Interner interner;
  const Ids c = interner.Map(candidate.tokens);
  std::array<bool, kNumRougeMetrics> have_max{};
  for (const RougeText& reference : references) {
    const Ids r = interner.Map(reference.tokens);
    const RougeScores scores = ScoreIds(c, candidate.line_ends, r,
                                        reference.line_ends, interner.size());
    for (size_t m = 0; m < kNumRougeMetrics; ++m) {
      const RougeScore& s = scores.scores[m];
      RougeScore& best = out.max.scores[m];
      if (!have_max[m] || s.f1 > best.f1) {
        best = s;
        have_max[m] = true;
      }
      RougeScore& sum = out.mean.scores[m];
      sum.precision += s.precision;
      sum.recall += s.recall;
      sum.f1 += s.f1;
    }
  }
  const double count = static_cast<double>(references.size());
  for (RougeScore& s : out.mean.scores) {
    s.precision /= count;
    s.recall /= count;
    s.f1 /= count;
  }
  return out;
}

}  // namespace khulasa::eval
