#include "src/summary/features.h"

#include <algorithm>
#include <cmath>

namespace khulasa::summary {
namespace {

// Sorts the keys appended since `begin` and folds repeats into counts.
void SortUnique(size_t begin, std::vector<uint32_t>* keys,
                std::vector<uint32_t>* counts) {
  std::sort(keys->begin() + static_cast<std::ptrdiff_t>(begin), keys->end());
  size_t out = begin;
  for (size_t i = begin; i < keys->size();) {
    size_t j = i;
    while (j < keys->size() && (*keys)[j] == (*keys)[i]) ++j;
    (*keys)[out] = (*keys)[i];
    (*counts)[out] = static_cast<uint32_t>(j - i);
    ++out;
    i = j;
  }
  keys->resize(out);
  counts->resize(out);
}

struct Bag {
  const uint32_t* keys;
  const uint32_t* counts;
  size_t size;
};

double Cosine(const Bag& a, const Bag& b) {
  double dot = 0.0;
  double na = 0.0;
  double nb = 0.0;
  for (size_t i = 0; i < a.size; ++i) na += double(a.counts[i]) * a.counts[i];
  for (size_t i = 0; i < b.size; ++i) nb += double(b.counts[i]) * b.counts[i];
  size_t i = 0;
  size_t j = 0;
  while (i < a.size && j < b.size) {
    if (a.keys[i] < b.keys[j]) {
      ++i;
    } else if (a.keys[i] > b.keys[j]) {
      ++j;
    } else {
      dot += double(a.counts[i]) * b.counts[j];
      ++i;
      ++j;
    }
  }
  if (dot == 0.0) return 0.0;
  return dot / std::sqrt(na * nb);
}

Bag UnitBag(const UnitAnalysis& analysis, size_t unit) {
  const uint32_t begin = analysis.key_begin[unit];
  return Bag{analysis.keys.data() + begin, analysis.key_counts.data() + begin,
             analysis.key_begin[unit + 1] - begin};
}

bool EndsWithQuestionOrColon(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  if (text.empty()) return false;
  if (text.back() == ':' || text.back() == '?') return true;
  // U+061F ARABIC QUESTION MARK is D8 9F.
  return text.size() >= 2 && static_cast<unsigned char>(text.back()) == 0x9F &&
         static_cast<unsigned char>(text[text.size() - 2]) == 0xD8;
}

bool HasQuote(std::string_view text) {
  // '"' or U+00AB (C2 AB).
  return text.find('"') != std::string_view::npos ||
         text.find("\xC2\xAB") != std::string_view::npos;
}

}  // namespace

const std::array<std::string_view, kNumFeatures>& FeatureNames() {
  static constexpr auto kNames = [] {
    std::array<std::string_view, kNumFeatures> names{};
    names[kFirstInArticle] = "first_in_article";
    names[kInvPosition] = "inv_position";
    names[kRelPosition] = "rel_position";
    names[kFirstInSection] = "first_in_section";
    names[kInvSectionPosition] = "inv_section_position";
    names[kFirstInParagraph] = "first_in_paragraph";
    names[kLogWords] = "log_words";
    names[kWords30] = "words_30";
    names[kShort] = "short";
    names[kCentrality] = "centrality";
    names[kTitleSimilarity] = "title_similarity";
    names[kNumberShare] = "number_share";
    names[kQuestionOrColon] = "question_or_colon";
    names[kQuote] = "quote";
    return names;
  }();
  return kNames;
}

namespace {

// Starts *out afresh (buffers reused).
void ClearAnalysis(UnitAnalysis* out) {
  out->keys.clear();
  out->key_counts.clear();
  out->key_begin.assign(1, 0);
  out->numbers.clear();
  out->cues.clear();
  out->features.clear();
}

// Appends the keys of units out->unit_count() .. upto - 1.
void AppendUnitKeys(const Article& article, const Units& units,
                    const StopwordKeys& stopwords, size_t upto,
                    UnitAnalysis* out) {
  const std::string_view input = article.input;
  for (size_t u = out->unit_count(); u < upto; ++u) {
    const Unit& unit = units.units[u];
    const size_t begin = out->keys.size();
    const ByteRange first = units.sentences[unit.first_sentence];
    const ByteRange last =
        units.sentences[unit.first_sentence + unit.sentence_count - 1];
    const std::string_view text =
        input.substr(first.begin, last.end - first.begin);
    const WordKeyCounts counts = AppendWordKeys(text, stopwords, &out->keys);
    out->numbers.push_back(counts.numbers);
    out->cues.push_back(static_cast<uint8_t>(
        (EndsWithQuestionOrColon(text) ? 1 : 0) | (HasQuote(text) ? 2 : 0)));
    out->key_counts.resize(out->keys.size());
    SortUnique(begin, &out->keys, &out->key_counts);
    out->key_begin.push_back(static_cast<uint32_t>(out->keys.size()));
  }
}

// Fills the features of every unit; all unit keys are there.
void FillFeatures(const Article& article, const Units& units,
                  const StopwordKeys& stopwords, UnitAnalysis* out) {
  const size_t n = units.units.size();
  out->features.assign(n * kNumFeatures, 0.0f);
  const std::vector<uint32_t>& numbers = out->numbers;
  const std::vector<uint8_t>& cues = out->cues;
  // The article's bag: all unit bags merged.
  std::vector<uint32_t> doc_keys(out->keys);
  std::vector<uint32_t> doc_counts(out->keys.size(), 0);
  {
    std::vector<std::pair<uint32_t, uint32_t>> pairs;
    pairs.reserve(out->keys.size());
    for (size_t i = 0; i < out->keys.size(); ++i) {
      pairs.emplace_back(out->keys[i], out->key_counts[i]);
    }
    std::sort(pairs.begin(), pairs.end());
    doc_keys.clear();
    doc_counts.clear();
    for (const auto& [key, count] : pairs) {
      if (!doc_keys.empty() && doc_keys.back() == key) {
        doc_counts.back() += count;
      } else {
        doc_keys.push_back(key);
        doc_counts.push_back(count);
      }
    }
  }
  double doc_norm2 = 0.0;
  for (uint32_t c : doc_counts) doc_norm2 += double(c) * c;
  // The title bag, or none (then the first unit stands in for the title).
  std::vector<uint32_t> title_keys;
  std::vector<uint32_t> title_counts;
  if (!article.title.empty()) {
    AppendWordKeys(article.title, stopwords, &title_keys);
    title_counts.resize(title_keys.size());
    SortUnique(0, &title_keys, &title_counts);
  }
  const Bag title{title_keys.data(), title_counts.data(), title_keys.size()};

  for (size_t u = 0; u < n; ++u) {
    const Unit& unit = units.units[u];
    float* f = out->features.data() + u * kNumFeatures;
    const Bag bag = UnitBag(*out, u);
    double dot = 0.0;
    double self2 = 0.0;
    double rest2 = doc_norm2;
    for (size_t i = 0; i < bag.size; ++i) {
      const auto it =
          std::lower_bound(doc_keys.begin(), doc_keys.end(), bag.keys[i]);
      const double d = doc_counts[static_cast<size_t>(it - doc_keys.begin())];
      const double c = bag.counts[i];
      dot += c * (d - c);
      self2 += c * c;
      rest2 -= 2.0 * d * c - c * c;
    }
    const double centrality =
        (dot > 0.0 && rest2 > 0.0) ? dot / std::sqrt(self2 * rest2) : 0.0;
    double title_sim = 0.0;
    if (!article.title.empty()) {
      title_sim = Cosine(bag, title);
    } else if (u > 0) {
      title_sim = Cosine(bag, UnitBag(*out, 0));
    } else if (n > 1) {
      title_sim = Cosine(bag, UnitBag(*out, 1));
    }
    const double words = unit.words;
    f[kFirstInArticle] = u == 0 ? 1.0f : 0.0f;
    f[kInvPosition] = static_cast<float>(1.0 / double(u + 1));
    f[kRelPosition] =
        n > 1 ? static_cast<float>(double(u) / double(n - 1)) : 0.0f;
    f[kFirstInSection] = unit.index_in_section == 0 ? 1.0f : 0.0f;
    f[kInvSectionPosition] =
        static_cast<float>(1.0 / double(unit.index_in_section + 1));
    f[kFirstInParagraph] = unit.first_in_paragraph ? 1.0f : 0.0f;
    f[kLogWords] = static_cast<float>(std::log1p(words));
    f[kWords30] = static_cast<float>(std::min(words / 30.0, 2.0));
    f[kShort] = unit.words < 6 ? 1.0f : 0.0f;
    f[kCentrality] = static_cast<float>(centrality);
    f[kTitleSimilarity] = static_cast<float>(title_sim);
    f[kNumberShare] =
        static_cast<float>(double(numbers[u]) / std::max(1.0, words));
    f[kQuestionOrColon] = (cues[u] & 1) ? 1.0f : 0.0f;
    f[kQuote] = (cues[u] & 2) ? 1.0f : 0.0f;
  }
}

}  // namespace

void AnalyzeUnits(const Article& article, const Units& units,
                  const StopwordKeys& stopwords, UnitAnalysis* out) {
  UnitKeys(article, units, stopwords, out).All();
}

UnitKeys::UnitKeys(const Article& article, const Units& units,
                   const StopwordKeys& stopwords, UnitAnalysis* analysis)
    : article_(article),
      units_(units),
      stopwords_(stopwords),
      analysis_(analysis) {
  ClearAnalysis(analysis_);
}

const UnitAnalysis& UnitKeys::Through(size_t unit) {
  if (unit >= analysis_->unit_count()) {
    AppendUnitKeys(article_, units_, stopwords_,
                   std::min(unit + 1, units_.units.size()), analysis_);
  }
  return *analysis_;
}

const UnitAnalysis& UnitKeys::All() {
  if (!features_) {
    AppendUnitKeys(article_, units_, stopwords_, units_.units.size(),
                   analysis_);
    FillFeatures(article_, units_, stopwords_, analysis_);
    features_ = true;
  }
  return *analysis_;
}

double KeyOverlap(const UnitAnalysis& analysis, size_t a, size_t b) {
  const Bag x = UnitBag(analysis, a);
  const Bag y = UnitBag(analysis, b);
  if (x.size == 0 || y.size == 0) return 0.0;
  size_t i = 0;
  size_t j = 0;
  size_t shared = 0;
  while (i < x.size && j < y.size) {
    if (x.keys[i] < y.keys[j]) {
      ++i;
    } else if (x.keys[i] > y.keys[j]) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return double(shared) / double(std::min(x.size, y.size));
}

}  // namespace khulasa::summary
