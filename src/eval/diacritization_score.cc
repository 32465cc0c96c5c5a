#include "src/eval/diacritization_score.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

// score.py's LET: U+0621 up to (not including) the first harakah U+064B.
bool IsScoredLetter(char32_t c) {
  return c >= text::kHamza && c < text::kFathatan;
}
bool IsScoredMark(char32_t c) {
  return c >= text::kFathatan && c <= text::kSukun;
}
std::u32string Decode(std::string_view line) {
  std::u32string out;
  out.reserve(line.size());
  size_t pos = 0;
  while (pos < line.size()) out.push_back(text::DecodeUtf8(line, &pos));
  return out;
}

// Python's str.replace: non-overlapping, left to right.
std::u32string ReplaceAll(const std::u32string& s, const std::u32string& from,
                          const std::u32string& to) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, from.size(), from) == 0) {
      out += to;
      i += from.size();
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

std::u32string DropTatweelAndDaggerAlef(const std::u32string& s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    if (c == text::kTatweel || c == text::kSuperscriptAlef) continue;
    out.push_back(c == text::kAlefWasla ? text::kAlef : c);
  }
  return out;
}

// score.py's qcri_norm (after EvalDiac.removeDefaultDiac).
std::u32string QcriNormalize(const std::u32string& line) {
  const std::u32string s = DropTatweelAndDaggerAlef(line);
  std::u32string t;
  t.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    const bool vowel_or_sukun =
        (c >= text::kFathatan && c <= text::kKasra) || c == text::kSukun;
    if (vowel_or_sukun && i + 1 < s.size() && s[i + 1] == text::kShadda) {
      t.push_back(text::kShadda);
      t.push_back(c);
      ++i;
    } else {
      t.push_back(c);
    }
  }
  using text::kAlef;
  using text::kLam;
  const std::u32string rules[][2] = {
      {{text::kFatha, kAlef}, {kAlef}},
      {{text::kKasra, text::kYeh}, {text::kYeh}},
      {{text::kDamma, text::kWaw}, {text::kWaw}},
      {{kAlef, kLam, text::kSukun}, {kAlef, kLam}},
      {{text::kSukun}, {}},
      {{kAlef, text::kFatha}, {kAlef}},
      {{kAlef, text::kKasra}, {kAlef}},
      {{kLam, text::kKasra, kAlef}, {kLam, kAlef}},
      {{kAlef, text::kFathatan}, {text::kFathatan, kAlef}},
  };
  for (const auto& rule : rules) t = ReplaceAll(t, rule[0], rule[1]);
  return t;
}

struct ScoredLetter {
  char32_t base;
  uint8_t marks;  // bit (mark - U+064B)
  uint32_t word;
  bool last;
  bool before_wasl = false;  // last letter before a word with a bare alef
};

constexpr uint8_t MarkBit(char32_t mark) {
  return static_cast<uint8_t>(1u << (mark - text::kFathatan));
}

// A sukun on one side and one short vowel on the other: the helper vowel
// before a hamzat-wasl word, written or not. After the QCRI normalization,
// which drops every sukun, no mark stands for the sukun.
bool HelperVowelPair(uint8_t a, uint8_t b, bool qcri) {
  auto silent = [qcri](uint8_t m) {
    return m == MarkBit(text::kSukun) || (qcri && m == 0);
  };
  auto vowel = [](uint8_t m) {
    return m == MarkBit(text::kFatha) || m == MarkBit(text::kDamma) ||
           m == MarkBit(text::kKasra);
  };
  return (silent(a) && vowel(b)) || (vowel(a) && silent(b));
}

std::vector<ScoredLetter> Parse(std::string_view line, bool qcri,
                                bool conventions) {
  std::u32string s = Decode(line);
  s = qcri ? QcriNormalize(s) : DropTatweelAndDaggerAlef(s);
  std::vector<ScoredLetter> out;
  uint32_t word = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && text::IsPythonSpace(s[i])) ++i;
    if (i >= s.size()) break;
    const size_t first = out.size();
    while (i < s.size() && !text::IsPythonSpace(s[i])) {
      const char32_t c = s[i++];
      if (IsScoredLetter(c)) {
        out.push_back({c, 0, word, false});
      } else if (IsScoredMark(c) && out.size() > first) {
        out.back().marks |= static_cast<uint8_t>(1u << (c - text::kFathatan));
      }
    }
    if (out.size() > first) out.back().last = true;
    ++word;
  }
  if (conventions) {
    for (size_t k = 0; k < out.size(); ++k) {
      if (out[k].base == text::kAlefWithHamzaBelow) {
        out[k].marks &= static_cast<uint8_t>(~MarkBit(text::kKasra));
      }
      out[k].before_wasl =
          out[k].last && k + 1 < out.size() && out[k + 1].base == text::kAlef;
    }
  }
  return out;
}

char32_t FoldForAlignment(char32_t c) {
  switch (c) {
    case text::kAlefWithHamzaAbove:
    case text::kAlefWithHamzaBelow:
    case text::kAlefWithMaddaAbove:
    case text::kAlefWasla:
      return text::kAlef;
    case text::kAlefMaksura:
    case text::kYehWithHamzaAbove:
      return text::kYeh;
    case text::kTehMarbuta:
      return text::kHeh;
    case text::kWawWithHamzaAbove:
      return text::kWaw;
    default:
      return c;
  }
}

// difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match.
struct Match {
  size_t a, b, size;
};

class Aligner {
 public:
  Aligner(const std::u32string& a, const std::u32string& b) : a_(a), b_(b) {
    for (size_t j = 0; j < b.size(); ++j) b2j_.push_back({b[j], j});
    std::sort(b2j_.begin(), b2j_.end());
    j2len_.assign(b.size() + 1, 0);
    new_j2len_.assign(b.size() + 1, 0);
  }

  // Maps reference index -> hypothesis index for all matched letters.
  std::vector<long> Map() {
    std::vector<long> map(a_.size(), -1);
    std::vector<Match> stack;
    struct Range {
      size_t alo, ahi, blo, bhi;
    };
    std::vector<Range> queue = {{0, a_.size(), 0, b_.size()}};
    while (!queue.empty()) {
      const Range r = queue.back();
      queue.pop_back();
      const Match m = Longest(r.alo, r.ahi, r.blo, r.bhi);
      if (m.size == 0) continue;
      for (size_t k = 0; k < m.size; ++k) {
        map[m.a + k] = static_cast<long>(m.b + k);
      }
      if (r.alo < m.a && r.blo < m.b) queue.push_back({r.alo, m.a, r.blo, m.b});
      if (m.a + m.size < r.ahi && m.b + m.size < r.bhi) {
        queue.push_back({m.a + m.size, r.ahi, m.b + m.size, r.bhi});
      }
    }
    return map;
  }

 private:
  Match Longest(size_t alo, size_t ahi, size_t blo, size_t bhi) {
    Match best{alo, blo, 0};
    // j2len_[j + 1] = length of the match ending at a[i - 1], b[j].
    std::vector<size_t> touched, new_touched;
    for (size_t i = alo; i < ahi; ++i) {
      new_touched.clear();
      auto it = std::lower_bound(b2j_.begin(), b2j_.end(),
                                 std::pair<char32_t, size_t>{a_[i], blo});
      for (; it != b2j_.end() && it->first == a_[i] && it->second < bhi; ++it) {
        const size_t j = it->second;
        const size_t k = j2len_[j] + 1;  // j2len[j - 1] + 1
        new_j2len_[j + 1] = k;
        new_touched.push_back(j + 1);
        if (k > best.size) best = {i + 1 - k, j + 1 - k, k};
      }
      for (size_t t : touched) j2len_[t] = 0;
      for (size_t t : new_touched) j2len_[t] = new_j2len_[t];
      for (size_t t : new_touched) new_j2len_[t] = 0;
      touched.swap(new_touched);
    }
    for (size_t t : touched) j2len_[t] = 0;
    return best;
  }

  const std::u32string& a_;
  const std::u32string& b_;
  std::vector<std::pair<char32_t, size_t>> b2j_;
  std::vector<size_t> j2len_, new_j2len_;
};

}  // namespace

std::string DiacritizationScores::DebugString() const {
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "der=%.2f der_noce=%.2f der_len=%.2f der_noce_len=%.2f "
                "wer=%.2f wer_noce=%.2f wer_len=%.2f wer_noce_len=%.2f",
                der, der_no_case, der_lenient, der_no_case_lenient, wer,
                wer_no_case, wer_lenient, wer_no_case_lenient);
  return buf;
}

DiacritizationScorer::DiacritizationScorer(
    const DiacritizationScoreOptions& options)
    : options_(options) {}

void DiacritizationScorer::AddLine(std::string_view reference,
                                   std::string_view predicted) {
  const std::vector<ScoredLetter> r =
      Parse(reference, options_.qcri_normalize, options_.conventions);
  const std::vector<ScoredLetter> h =
      Parse(predicted, options_.qcri_normalize, options_.conventions);
  std::u32string rb, hb;
  for (const ScoredLetter& l : r) rb.push_back(FoldForAlignment(l.base));
  for (const ScoredLetter& l : h) hb.push_back(FoldForAlignment(l.base));
  std::vector<long> map;
  if (rb == hb) {
    map.resize(r.size());
    for (size_t i = 0; i < r.size(); ++i) map[i] = static_cast<long>(i);
  } else {
    map = Aligner(rb, hb).Map();
  }
  constexpr uint8_t kSukunBit = 1u << (text::kSukun - text::kFathatan);
  // Per word: strict / no-case strict / lenient / no-case lenient errors.
  bool word_error[4] = {};
  for (size_t i = 0; i < r.size(); ++i) {
    const ScoredLetter& ref = r[i];
    const bool aligned = map[i] >= 0;
    const uint8_t hyp = aligned ? h[static_cast<size_t>(map[i])].marks : 0;
    const bool helper =
        aligned && ref.before_wasl &&
        HelperVowelPair(ref.marks, hyp, options_.qcri_normalize);
    const bool ok_strict = aligned && (hyp == ref.marks || helper);
    const bool ok_lenient =
        aligned && ((hyp & ~kSukunBit) == (ref.marks & ~kSukunBit) || helper);
    const bool ok[2] = {ok_strict, ok_lenient};
    for (int lenient = 0; lenient < 2; ++lenient) {
      const int all = lenient * 2, no_case = lenient * 2 + 1;
      letter_errors_[all] += !ok[lenient];
      letter_totals_[all] += 1;
      if (!ref.last) {
        letter_errors_[no_case] += !ok[lenient];
        letter_totals_[no_case] += 1;
      }
      if (!ok[lenient]) {
        word_error[all] = true;
        if (!ref.last) word_error[no_case] = true;
      }
    }
    // Words end at their last letter: close the word there.
    if (ref.last) {
      for (int k = 0; k < 4; ++k) word_errors_[k] += word_error[k];
      ++word_total_;
      std::fill(std::begin(word_error), std::end(word_error), false);
    }
  }
}

DiacritizationScores DiacritizationScorer::Scores() const {
  auto rate = [](size_t errors, size_t total) {
    return 100.0 * static_cast<double>(errors) /
           static_cast<double>(std::max<size_t>(total, 1));
  };
  DiacritizationScores s;
  s.der = rate(letter_errors_[0], letter_totals_[0]);
  s.der_no_case = rate(letter_errors_[1], letter_totals_[1]);
  s.der_lenient = rate(letter_errors_[2], letter_totals_[2]);
  s.der_no_case_lenient = rate(letter_errors_[3], letter_totals_[3]);
  s.wer = rate(word_errors_[0], word_total_);
  s.wer_no_case = rate(word_errors_[1], word_total_);
  s.wer_lenient = rate(word_errors_[2], word_total_);
  s.wer_no_case_lenient = rate(word_errors_[3], word_total_);
  s.letters = letter_totals_[0];
  s.words = word_total_;
  return s;
}

DiacritizationScores ScoreDiacritizedTexts(
    std::string_view reference, std::string_view predicted,
    const DiacritizationScoreOptions& options) {
  DiacritizationScorer scorer(options);
  while (true) {
    const size_t r_end = reference.find('\n');
    const size_t p_end = predicted.find('\n');
    scorer.AddLine(reference.substr(0, r_end), predicted.substr(0, p_end));
    if (r_end == std::string_view::npos || p_end == std::string_view::npos) {
      break;
    }
    reference.remove_prefix(r_end + 1);
    predicted.remove_prefix(p_end + 1);
  }
  return scorer.Scores();
}

}  // namespace khulasa::eval
