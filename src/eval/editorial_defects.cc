#include "src/eval/editorial_defects.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/eval/editorial_bullet_rules.h"
#include "src/eval/editorial_words.h"
#include "src/text/blank.h"
#include "src/text/stemmer.h"
#include "src/text/stopwords.h"

namespace khulasa::eval {
namespace {

using internal::Core;
using internal::FirstWordIndex;
using internal::IsAccordingTo;
using internal::IsDateline;
using internal::IsFragment;
using internal::IsFurniture;
using internal::IsMultiSentence;
using internal::IsQuestion;
using internal::IsRemovableConjunction;
using internal::LeansOnPrevious;
using internal::SplitWords;
using internal::Word;
using text::IsAsciiBlank;

constexpr std::string_view kDefectNames[kEditorialDefectCount] = {
    "furniture",         "dateline",   "according_to",   "leading_conjunction",
    "leans_on_previous", "too_long",   "fragment",       "question",
    "multi_sentence",    "same_point", "too_few_bullets"};

}  // namespace

std::string_view EditorialDefectName(EditorialDefect defect) {
  return kDefectNames[static_cast<size_t>(defect)];
}

std::optional<EditorialDefect> ParseEditorialDefect(std::string_view name) {
  for (int i = 0; i < kEditorialDefectCount; ++i) {
    if (kDefectNames[i] == name) return static_cast<EditorialDefect>(i);
  }
  return std::nullopt;
}

std::string DefectSet::DebugString() const {
  std::string out;
  for (int i = 0; i < kEditorialDefectCount; ++i) {
    if (!bits_.test(static_cast<size_t>(i))) continue;
    if (!out.empty()) out += ',';
    out += kDefectNames[i];
  }
  return out;
}

int CountWords(std::string_view text) {
  int count = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsAsciiBlank(text[i])) ++i;
    if (i == text.size()) break;
    ++count;
    while (i < text.size() && !IsAsciiBlank(text[i])) ++i;
  }
  return count;
}

bool StartsWithRemovableConjunction(std::string_view word) {
  return IsRemovableConjunction(Core(word));
}

DefectSet FindBulletDefects(std::string_view bullet,
                            std::string_view text_before) {
  DefectSet defects;
  const std::vector<Word> words = SplitWords(bullet);
  if (IsFurniture(words)) defects.Add(EditorialDefect::kFurniture);
  if (IsDateline(words)) defects.Add(EditorialDefect::kDateline);
  if (IsAccordingTo(words)) defects.Add(EditorialDefect::kAccordingTo);
  const size_t first = FirstWordIndex(words);
  if (first < words.size() && IsRemovableConjunction(words[first].core)) {
    defects.Add(EditorialDefect::kLeadingConjunction);
  }
  if (LeansOnPrevious(words)) defects.Add(EditorialDefect::kLeansOnPrevious);
  if (words.size() > static_cast<size_t>(kMaxBulletWords)) {
    defects.Add(EditorialDefect::kTooLong);
  }
  if (IsFragment(words, bullet, text_before)) {
    defects.Add(EditorialDefect::kFragment);
  }
  if (IsQuestion(words)) defects.Add(EditorialDefect::kQuestion);
  if (IsMultiSentence(words)) defects.Add(EditorialDefect::kMultiSentence);
  return defects;
}

namespace {

std::vector<std::string> ContentStems(std::string_view bullet) {
  std::vector<std::string> stems;
  for (const Word& w : SplitWords(bullet)) {
    if (w.key.empty() || text::IsStopword(w.key)) continue;
    stems.push_back(text::StemArabic(w.key));
  }
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

ContentOverlap Overlap(const std::vector<std::string>& a,
                       const std::vector<std::string>& b) {
  ContentOverlap out;
  out.smaller_stems = static_cast<int>(std::min(a.size(), b.size()));
  if (out.smaller_stems == 0) return out;
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(shared));
  out.overlap = static_cast<double>(shared.size()) / out.smaller_stems;
  return out;
}

}  // namespace

ContentOverlap BulletOverlap(std::string_view a, std::string_view b) {
  return Overlap(ContentStems(a), ContentStems(b));
}

DefectSet SummaryDefects::AsSet() const {
  DefectSet set;
  if (!same_point_pairs.empty()) set.Add(EditorialDefect::kSamePoint);
  if (too_few_bullets) set.Add(EditorialDefect::kTooFewBullets);
  return set;
}

SummaryDefects FindSummaryDefects(const std::vector<std::string>& bullets,
                                  int body_sentences, int bullets_asked) {
  SummaryDefects out;
  std::vector<std::vector<std::string>> stems;
  stems.reserve(bullets.size());
  for (const std::string& b : bullets) stems.push_back(ContentStems(b));
  for (size_t i = 0; i < stems.size(); ++i) {
    for (size_t j = i + 1; j < stems.size(); ++j) {
      const ContentOverlap o = Overlap(stems[i], stems[j]);
      if (o.smaller_stems >= kSamePointMinStems &&
          o.overlap >= kSamePointOverlap) {
        out.same_point_pairs.emplace_back(static_cast<int>(i),
                                          static_cast<int>(j));
      }
    }
  }
  const int wanted = std::min(bullets_asked, 3);
  out.too_few_bullets =
      body_sentences >= 5 && static_cast<int>(bullets.size()) < wanted;
  return out;
}

}  // namespace khulasa::eval
