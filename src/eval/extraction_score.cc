#include "src/eval/extraction_score.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <functional>

#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

// Python's str.isalnum() plus '_': what `\w` matches in a str pattern.
bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
  }
  const auto u = static_cast<UChar32>(c);
  switch (u_charType(u)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return u_getNumericValue(u) != U_NO_NUMERIC_VALUE;
  }
}

uint64_t Mix(uint64_t h, uint64_t v) {
  // splitmix64 over the running hash: order-sensitive, well spread.
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 31;
  return h;
}

// Sorted 64-bit keys of the 4-token shingles (one shingle of all tokens when
// there are fewer than four).
std::vector<uint64_t> ShingleKeys(const std::vector<std::string>& tokens) {
  constexpr size_t kN = 4;
  std::vector<uint64_t> hashes;
  hashes.reserve(tokens.size());
  for (const std::string& t : tokens)
    hashes.push_back(std::hash<std::string>{}(t));
  std::vector<uint64_t> keys;
  if (tokens.empty()) return keys;
  if (tokens.size() < kN) {
    uint64_t h = tokens.size();
    for (uint64_t v : hashes) h = Mix(h, v);
    keys.push_back(h);
    return keys;
  }
  keys.reserve(tokens.size() - kN + 1);
  for (size_t i = 0; i + kN <= tokens.size(); ++i) {
    uint64_t h = kN;
    for (size_t j = 0; j < kN; ++j) h = Mix(h, hashes[i + j]);
    keys.push_back(h);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace

std::vector<std::string> ShingleTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (IsWordChar(c)) {
      current.append(text.data() + start, pos - start);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

PageShingleScore ScorePageShingles(std::string_view truth,
                                   std::string_view predicted) {
  const std::vector<std::string> ta = ShingleTokens(truth);
  const std::vector<std::string> tb = ShingleTokens(predicted);
  PageShingleScore score;
  score.exact = ta == tb;
  const std::vector<uint64_t> a = ShingleKeys(ta);
  const std::vector<uint64_t> b = ShingleKeys(tb);
  // Multiset intersection of two sorted lists.
  size_t common = 0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  const double tp = static_cast<double>(common);
  const double fp = static_cast<double>(b.size() - common);
  const double fn = static_cast<double>(a.size() - common);
  const double sum = tp + fp + fn;
  if (sum > 0) {
    score.tp = tp / sum;
    score.fp = fp / sum;
    score.fn = fn / sum;
  }
  return score;
}

ShingleScore CombinePageShingles(const std::vector<PageShingleScore>& pages) {
  ShingleScore s;
  s.pages = pages.size();
  double p_sum = 0;
  double r_sum = 0;
  size_t p_n = 0;
  size_t r_n = 0;
  size_t exact = 0;
  for (const PageShingleScore& r : pages) {
    exact += r.exact ? 1 : 0;
    const bool perfect = r.fp == 0 && r.fn == 0;
    if (r.tp + r.fp > 0) {
      p_sum += perfect ? 1.0 : r.tp / (r.tp + r.fp);
      ++p_n;
    }
    if (r.tp + r.fn > 0) {
      r_sum += perfect ? 1.0 : r.tp / (r.tp + r.fn);
      ++r_n;
    }
  }
  s.precision = p_n > 0 ? p_sum / static_cast<double>(p_n) : 0.0;
  s.recall = r_n > 0 ? r_sum / static_cast<double>(r_n) : 0.0;
  s.f1 = s.precision + s.recall > 0
             ? 2 * s.precision * s.recall / (s.precision + s.recall)
             : 0.0;
  s.accuracy = pages.empty() ? 0.0
                             : static_cast<double>(exact) /
                                   static_cast<double>(pages.size());
  return s;
}

std::string SiteOfUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const size_t end = url.find_first_of("/?#:");
  if (end != std::string_view::npos) url = url.substr(0, end);
  const size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  std::string host(url);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (text::IsPythonSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(text.data() + start, pos - start);
  }
  return out;
}

double SegmentCounts::precision() const {
  return tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp)
                     : 0.0;
}
double SegmentCounts::recall() const {
  return tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn)
                     : 0.0;
}
double SegmentCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
double SegmentCounts::accuracy() const {
  const size_t all = tp + tn + fp + fn;
  return all > 0 ? static_cast<double>(tp + tn) / static_cast<double>(all)
                 : 0.0;
}
void SegmentCounts::Add(const SegmentCounts& other) {
  tp += other.tp;
  fn += other.fn;
  fp += other.fp;
  tn += other.tn;
}

SegmentCounts ScoreSegments(const std::vector<std::string>& with,
                            const std::vector<std::string>& without,
                            std::string_view predicted) {
  const std::string text = CollapseWhitespace(predicted);
  SegmentCounts c;
  for (const std::string& s : with) {
    if (text.find(CollapseWhitespace(s)) != std::string::npos) {
      ++c.tp;
    } else {
      ++c.fn;
    }
  }
  for (const std::string& s : without) {
    if (text.find(CollapseWhitespace(s)) != std::string::npos) {
      ++c.fp;
    } else {
      ++c.tn;
    }
  }
  return c;
}

}  // namespace khulasa::eval
