#include "src/speech/diacritizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <utility>

#include "absl/strings/str_cat.h"

#include "src/base/status_macros.h"
#include "src/speech/diacritizer_features.h"
#include "src/speech/diacritizer_names.h"
#include "src/speech/vowelling_repair.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// Proclitics (conjunctions, prepositions, future sa-, the article) that
// may precede a word seen in training: an unknown word that starts with one
// of these takes its remaining letters' forms from the lexicon.
constexpr std::u32string_view kProclitics[] = {
    {U"\u0648"},
    {U"\u0641"},
    {U"\u0628"},
    {U"\u0644"},
    {U"\u0643"},
    {U"\u0648\u0628"},
    {U"\u0641\u0628"},
    {U"\u0648\u0644"},
    {U"\u0641\u0644"},
    {U"\u0648\u0643"},
    {U"\u0648\u0633"},
    {U"\u0641\u0633"},
    {U"\u0627\u0644"},
    {U"\u0648\u0627\u0644"},
    {U"\u0641\u0627\u0644"},
    {U"\u0628\u0627\u0644"},
    {U"\u0643\u0627\u0644"},
    {U"\u0644\u0644"},
    {U"\u0648\u0644\u0644"},
    {U"\u0641\u0644\u0644"},
    {U"\u0648\u0628\u0627\u0644"},
    {U"\u0641\u0628\u0627\u0644"},
    {U"\u0648\u0643\u0627\u0644"},
};

// Endings that may follow a stem seen in training. First the pronoun
// enclitics (his, her, their, your, our, my, you), longest first; then
// inflection suffixes (plural, dual, nisba, verb endings), handled as the
// pronouns are.
constexpr size_t kNumEnclitics = 12;
constexpr std::u32string_view kWordEndings[] = {
    {U"\u0647\u0645\u0627"},
    {U"\u0643\u0645\u0627"},
    {U"\u0647\u0627"},
    {U"\u0647\u0645"},
    {U"\u0647\u0646"},
    {U"\u0643\u0645"},
    {U"\u0643\u0646"},
    {U"\u0646\u0627"},
    {U"\u0646\u064a"},
    {U"\u0647"},
    {U"\u0643"},
    {U"\u064a"},
    // kWordEndings[kNumEnclitics ..]: inflection suffixes.
    {U"\u064a\u0627\u062a"},  // -iyyat
    {U"\u064a\u0648\u0646"},  // -iyyun
    {U"\u064a\u064a\u0646"},  // -iyyin
    {U"\u0627\u062a"},        // -at
    {U"\u0648\u0646"},        // -un
    {U"\u064a\u0646"},        // -in
    {U"\u0627\u0646"},        // -an
    {U"\u064a\u0629"},        // -iyya
    {U"\u0648\u0627"},        // -u (verbs)
    {U"\u062a\u0645"},        // -tum
    {U"\u062a"},              // -t
    {U"\u0629"},              // -a (feminine)
    {U"\u0627"},              // -an (accusative)
};

// Whether a proclitic ends in the article (al-, or l- + al- written lil-).
bool EndsInArticle(std::u32string_view proclitic) {
  return proclitic.size() >= 2 &&
         (proclitic.substr(proclitic.size() - 2) == U"\u0627\u0644" ||
          proclitic.substr(proclitic.size() - 2) == U"\u0644\u0644");
}

int ArgMax(const float* scores, int first = 0) {
  int best = first;
  for (int k = first + 1; k < kNumLabels; ++k) {
    if (scores[k] > scores[best]) best = k;
  }
  return best;
}

// Whether letter k of a word, not its last, always carries a mark in fully
// diacritized text: every consonant but the lam of the article (bare before
// a sun letter); not the long vowels and alef forms, nor alef with hamza
// below, whose kasra much of the text leaves out.
bool MustCarryMark(std::u32string_view letters, size_t k) {
  if (MayGoUnmarked(letters[k])) return false;
  const bool article_lam =
      letters[k] == text::kLam && k > 0 &&
      (letters[k - 1] == text::kAlef || letters[k - 1] == text::kAlefWasla ||
       letters[k - 1] == text::kLam);
  return !article_lam;
}

}  // namespace

Diacritizer::Diacritizer(std::unique_ptr<DiacritizerModel> model,
                         const DiacritizerOptions& options)
    : model_(std::move(model)), options_(options) {}

absl::StatusOr<std::unique_ptr<Diacritizer>> Diacritizer::Create(
    std::unique_ptr<DiacritizerModel> model,
    const DiacritizerOptions& options) {
  if (model == nullptr) return absl::InvalidArgumentError("no model given");
  return std::unique_ptr<Diacritizer>(
      new Diacritizer(std::move(model), options));
}

absl::StatusOr<std::unique_ptr<Diacritizer>> Diacritizer::Load(
    const std::string& path, const DiacritizerOptions& options) {
  KHULASA_ASSIGN_OR_RETURN(std::unique_ptr<DiacritizerModel> model,
                           DiacritizerModel::Load(path));
  return Create(std::move(model), options);
}

bool Diacritizer::DecodeWord(std::u32string_view letters, const float* scores,
                             const uint8_t* given, uint8_t* out) const {
  const size_t len = letters.size();
  // Non-final letters that must carry a mark never come out bare, neither
  // from the letter scores nor from a partly diacritized lexicon form.
  auto marked = [&](size_t k) {
    if (!options_.mark_all_consonants) return false;
    return k + 1 < len ? MustCarryMark(letters, k) : !MayGoUnmarked(letters[k]);
  };
  for (size_t k = 0; k < len; ++k) {
    out[k] = given[k] != 0 ? given[k]
                           : static_cast<uint8_t>(ArgMax(
                                 &scores[k * kNumLabels], marked(k) ? 1 : 0));
  }
  if (!options_.use_lexicon) return false;
  const size_t covered = options_.lexicon_covers_last_letter ? len : len - 1;
  // Candidates: the word's own forms; for an unknown word, the forms of what
  // remains after a proclitic and / or an enclitic pronoun. A candidate
  // fixes the labels of letters [split, cover_end); the other letters keep
  // the per-letter choice, and every candidate is scored over all letters
  // but the last, so that splits compare fairly.
  const LexiconForm* best = nullptr;
  size_t best_split = 0, best_end = 0;
  float best_score = -std::numeric_limits<float>::infinity();
  auto consider = [&](const std::vector<LexiconForm>& candidates, size_t split,
                      size_t stem_len, size_t cover_end, float prior) {
    float base_score = 0;
    for (size_t k = 0; k < covered; ++k) {
      if (k < split || k >= cover_end) {
        base_score += scores[k * kNumLabels + out[k]];
      }
    }
    for (const LexiconForm& form : candidates) {
      // A hash collision could give a form of another length: skip it.
      if (form.labels.size() != stem_len) continue;
      float score =
          base_score + prior * std::log(static_cast<float>(form.count) + 1.0f);
      bool consistent = true;
      for (size_t k = split; k < cover_end; ++k) {
        const uint8_t label = form.labels[k - split];
        if (given[k] != 0 && given[k] != label) {
          consistent = false;
          break;
        }
        score += scores[k * kNumLabels + label];
      }
      if (consistent && score > best_score) {
        best_score = score;
        best = &form;
        best_split = split;
        best_end = cover_end;
      }
    }
  };
  const float split_prior =
      options_.split_prior >= 0 ? options_.split_prior : options_.lexicon_prior;
  if (const std::vector<LexiconForm>* forms =
          model_->FindForms(HashWordLetters(letters));
      forms != nullptr) {
    consider(*forms, 0, len, covered, options_.lexicon_prior);
  } else {
    for (std::u32string_view proclitic : kProclitics) {
      if (len < proclitic.size() + 2 ||
          letters.substr(0, proclitic.size()) != proclitic) {
        continue;
      }
      const std::vector<LexiconForm>* rest =
          model_->FindForms(HashWordLetters(letters.substr(proclitic.size())));
      if (rest == nullptr) continue;
      consider(*rest, proclitic.size(), len - proclitic.size(), covered,
               split_prior);
    }
    if (options_.enclitic_candidates) {
      // Stem + pronoun: the stem's forms fix its letters but its last
      // (whose vowel is the case ending, inside the word now); a stem
      // ending in teh may be a teh marbuta word (madinat-u-hu).
      std::u32string stem;
      const std::span<const std::u32string_view> endings(
          kWordEndings,
          options_.suffix_candidates ? std::size(kWordEndings) : kNumEnclitics);
      for (std::u32string_view enclitic : endings) {
        if (len < enclitic.size() + 2 ||
            letters.substr(len - enclitic.size()) != enclitic) {
          continue;
        }
        const size_t stem_end = len - enclitic.size();
        auto try_stem = [&](size_t split) {
          stem.assign(letters.substr(split, stem_end - split));
          for (int variant = 0; variant < 2; ++variant) {
            if (variant == 1) {
              if (stem.back() != text::kTeh) break;
              stem.back() = text::kTehMarbuta;
            }
            const std::vector<LexiconForm>* stem_forms =
                model_->FindForms(HashWordLetters(stem));
            if (stem_forms != nullptr) {
              consider(*stem_forms, split, stem.size(),
                       std::min(stem_end - 1, covered), split_prior);
            }
          }
        };
        if (stem_end >= 2) try_stem(0);
        for (std::u32string_view proclitic : kProclitics) {
          if (stem_end < proclitic.size() + 2 ||
              letters.substr(0, proclitic.size()) != proclitic) {
            continue;
          }
          try_stem(proclitic.size());
        }
      }
    }
  }
  const bool known = best != nullptr;
  if (best == nullptr && options_.pattern_candidates) {
    // Nothing known of the word or its stem: whole-word label sequences of
    // training words with the same pattern (template letters kept).
    if (const std::vector<LexiconForm>* templates =
            model_->FindPatternForms(HashWordPattern(letters));
        templates != nullptr) {
      consider(*templates, 0, len, covered, options_.pattern_prior);
    }
  }
  if (best == nullptr) return false;
  for (size_t k = best_split; k < best_end; ++k) {
    const uint8_t label = best->labels[k - best_split];
    if (label != 0 || !marked(k)) out[k] = label;
  }
  // A stem seen without the article: after al- its sun letter doubles
  // (شراكة -> الشَّراكة).
  if (best_split > 0 && best_split < best_end && given[best_split] == 0 &&
      EndsInArticle(letters.substr(0, best_split)) &&
      text::IsSunLetter(letters[best_split])) {
    out[best_split] |= kShaddaBit;
  }
  return known;
}

void Diacritizer::MarkUnknownWords(std::u32string_view chars,
                                   const std::vector<WordSpan>& words,
                                   std::vector<uint32_t>* rows) const {
  if (!model_->unknown_word_rows()) return;
  UseUnknownWordRowsWhere(
      chars, words, model_->row_mask(),
      [&](uint64_t word) { return model_->FindForms(word) == nullptr; }, rows);
}

void Diacritizer::WriteSukunBeforeWasla(std::u32string_view chars,
                                        std::vector<uint8_t>* labels) const {
  // Forms ending in sukun must make up at least this share of the word's
  // training occurrences (most words that take a helper vowel are seen far
  // more often before other words, with their sukun).
  constexpr float kMinSukunShare = 0.1f;
  size_t begin = 0;
  while (begin < chars.size()) {
    if (!IsDiacritizableLetter(chars[begin])) {
      ++begin;
      continue;
    }
    size_t end = begin;
    while (end < chars.size() && IsDiacritizableLetter(chars[end])) ++end;
    size_t next = end;
    while (next < chars.size() && chars[next] == ' ') ++next;
    const bool before_wasla =
        next > end && next < chars.size() &&
        (chars[next] == text::kAlef || chars[next] == text::kAlefWasla);
    uint8_t& last = (*labels)[end - 1];
    const uint8_t vowel = last & kVowelMask;
    if (before_wasla && (last & kShaddaBit) == 0 &&
        (vowel == kVowelFatha || vowel == kVowelDamma ||
         vowel == kVowelKasra)) {
      const std::vector<LexiconForm>* forms =
          model_->FindForms(HashWordLetters(chars.substr(begin, end - begin)));
      if (forms != nullptr) {
        uint64_t total = 0, sukun = 0;
        for (const LexiconForm& form : *forms) {
          total += form.count;
          if (form.labels.back() == kVowelSukun) sukun += form.count;
        }
        if (total > 0 && static_cast<float>(sukun) >=
                             kMinSukunShare * static_cast<float>(total)) {
          last = kVowelSukun;
        }
      }
    }
    begin = end;
  }
}

void Diacritizer::FirstPassBeam(const LabeledText& text,
                                std::vector<uint8_t>* labels_out,
                                std::vector<float>* last_scores,
                                std::vector<bool>* known) const {
  const std::u32string_view chars = text.chars;
  std::vector<uint8_t>& labels = *labels_out;
  labels.assign(chars.size(), 0);
  std::vector<uint32_t> rows;
  ExtractFeatures(chars, model_->row_mask(), &rows);
  const std::vector<WordSpan> words = FindWords(chars);
  MarkUnknownWords(chars, words, &rows);
  last_scores->assign(words.size() * kNumLabels, 0.0f);
  const size_t beam_width = static_cast<size_t>(options_.beam_width);
  // One hypothesis: the case endings of the words so far (through
  // `parent`, an index into the previous word's beam) and their summed
  // scores. last[w] holds word w's last-letter scores under each parent.
  struct Hypothesis {
    float score;
    int label;
    int prev_label;
    uint32_t parent;
  };
  std::vector<std::vector<Hypothesis>> beams(words.size());
  std::vector<std::vector<float>> last(words.size());
  std::vector<Hypothesis> previous = {
      {0.0f, kNoHistoryLabel, kNoHistoryLabel, 0}};
  std::vector<float> scores;
  std::vector<Hypothesis> next;
  size_t letter = 0;
  size_t prev_begin = 0, prev_end = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    const size_t i = words[w].begin, end = words[w].end;
    const size_t len = end - i;
    scores.assign(len * kNumLabels, 0.0f);
    for (size_t k = 0; k < len; ++k) {
      model_->AddScores(&rows[(letter + k) * kFeaturesPerLetter],
                        kFeaturesPerLetter, &scores[k * kNumLabels]);
    }
    // All letters but the last do not depend on the history.
    const bool word_known = DecodeWord(chars.substr(i, len), scores.data(),
                                       &text.labels[i], &labels[i]);
    if (known != nullptr) known->push_back(word_known);
    const uint8_t given = text.labels[end - 1];
    const bool last_marked =
        options_.mark_all_consonants && !MayGoUnmarked(chars[end - 1]);
    next.clear();
    std::vector<float>& word_last = last[w];
    word_last.resize(previous.size() * kNumLabels);
    for (size_t h = 0; h < previous.size(); ++h) {
      float* under = &word_last[h * kNumLabels];
      std::copy_n(&scores[(len - 1) * kNumLabels], kNumLabels, under);
      uint32_t history[kHistoryFeatures];
      ExtractHistoryFeatures(chars, i, end, prev_begin, prev_end,
                             previous[h].label, previous[h].prev_label,
                             model_->row_mask(), history);
      model_->AddScores(history, kHistoryFeatures, under);
      for (int label = 0; label < kNumLabels; ++label) {
        if (given != 0 && label != given) continue;
        if (given == 0 && label == 0 && last_marked) continue;
        next.push_back({previous[h].score + under[label], label,
                        previous[h].label, static_cast<uint32_t>(h)});
      }
    }
    const size_t keep = std::min(beam_width, next.size());
    std::partial_sort(next.begin(), next.begin() + static_cast<long>(keep),
                      next.end(), [](const Hypothesis& a, const Hypothesis& b) {
                        if (a.score != b.score) return a.score > b.score;
                        if (a.parent != b.parent) return a.parent < b.parent;
                        return a.label < b.label;
                      });
    next.resize(keep);
    beams[w] = next;
    previous.swap(next);
    prev_begin = i;
    prev_end = end;
    letter += len;
  }
  if (words.empty()) return;
  uint32_t h = 0;  // the beams are sorted: the best is first
  for (size_t w = words.size(); w-- > 0;) {
    const Hypothesis& hyp = beams[w][h];
    labels[words[w].end - 1] = static_cast<uint8_t>(hyp.label);
    std::copy_n(&last[w][hyp.parent * kNumLabels], kNumLabels,
                &(*last_scores)[w * kNumLabels]);
    h = hyp.parent;
  }
}

void Diacritizer::FirstPass(const LabeledText& text,
                            std::vector<uint8_t>* labels_out,
                            std::vector<float>* last_scores,
                            std::vector<bool>* known) const {
  if (known != nullptr) known->clear();
  if (options_.beam_width > 1 && !options_.lexicon_covers_last_letter) {
    FirstPassBeam(text, labels_out, last_scores, known);
    return;
  }
  const std::u32string_view chars = text.chars;
  std::vector<uint8_t>& labels = *labels_out;
  labels.assign(chars.size(), 0);
  std::vector<uint32_t> rows;
  ExtractFeatures(chars, model_->row_mask(), &rows);
  std::vector<float> scores;
  const std::vector<WordSpan> words = FindWords(chars);
  MarkUnknownWords(chars, words, &rows);
  last_scores->assign(words.size() * kNumLabels, 0.0f);
  size_t letter = 0;  // index of the next letter's feature block
  size_t prev_begin = 0, prev_end = 0;
  int prev_label = kNoHistoryLabel, prev2_label = kNoHistoryLabel;
  for (size_t w = 0; w < words.size(); ++w) {
    const size_t i = words[w].begin, end = words[w].end;
    const size_t len = end - i;
    scores.assign(len * kNumLabels, 0.0f);
    for (size_t k = 0; k < len; ++k) {
      model_->AddScores(&rows[(letter + k) * kFeaturesPerLetter],
                        kFeaturesPerLetter, &scores[k * kNumLabels]);
    }
    uint32_t history[kHistoryFeatures];
    ExtractHistoryFeatures(chars, i, end, prev_begin, prev_end, prev_label,
                           prev2_label, model_->row_mask(), history);
    model_->AddScores(history, kHistoryFeatures,
                      &scores[(len - 1) * kNumLabels]);
    const bool word_known = DecodeWord(chars.substr(i, len), scores.data(),
                                       &text.labels[i], &labels[i]);
    if (known != nullptr) known->push_back(word_known);
    std::copy_n(&scores[(len - 1) * kNumLabels], kNumLabels,
                &(*last_scores)[w * kNumLabels]);
    prev2_label = prev_label;
    prev_label = labels[end - 1];
    prev_begin = i;
    prev_end = end;
    letter += len;
  }
}

std::vector<uint8_t> Diacritizer::PredictLabels(const LabeledText& text) const {
  const std::u32string_view chars = text.chars;
  std::vector<uint8_t> labels;
  std::vector<float> last_scores;
  std::vector<bool> known;
  FirstPass(text, &labels, &last_scores, &known);
  if (options_.use_stack && model_->stacked()) {
    // Second pass: each case ending again, seeing the first pass's labels
    // of the words on both sides.
    const std::vector<WordSpan> words = FindWords(chars);
    const std::vector<float> first_scores = last_scores;
    for (int round = 0; round < options_.stack_rounds; ++round) {
      const std::vector<StackWordInfo> infos =
          SummarizeWords(chars, words, labels.data());
      last_scores = first_scores;
      uint32_t stack_rows[kStackFeatures];
      for (size_t w = 0; w < words.size(); ++w) {
        const size_t last = words[w].end - 1;
        if (text.labels[last] != 0) continue;  // given in the input
        if (options_.lexicon_covers_last_letter &&
            model_->FindForms(HashWordLetters(chars.substr(
                words[w].begin, words[w].end - words[w].begin))) != nullptr) {
          continue;
        }
        ExtractStackFeatures(infos, w, model_->row_mask(), stack_rows);
        float* word_scores = &last_scores[w * kNumLabels];
        model_->AddScores(stack_rows, kStackFeatures, word_scores);
        labels[last] = static_cast<uint8_t>(ArgMax(
            word_scores,
            options_.mark_all_consonants && !MayGoUnmarked(chars[last]) ? 1
                                                                        : 0));
      }
    }
  }
  if (options_.transliterated_names) {
    const std::vector<WordSpan> words = FindWords(chars);
    for (size_t w = 0; w < words.size() && w < known.size(); ++w) {
      const size_t begin = words[w].begin, end = words[w].end;
      if (known[w] ||
          !LooksLikeTransliteratedName(chars.substr(begin, end - begin))) {
        continue;
      }
      // Before a hamzat-wasl word the spoken form keeps its helper vowel.
      size_t next = end;
      while (next < chars.size() && chars[next] == ' ') ++next;
      const bool before_wasla =
          next > end && next < chars.size() &&
          (chars[next] == text::kAlef || chars[next] == text::kAlefWasla);
      VowelTransliteratedName(
          chars.substr(begin, end - begin), &text.labels[begin],
          !(options_.helper_vowels && before_wasla), &labels[begin]);
    }
  }
  if (!options_.helper_vowels) WriteSukunBeforeWasla(chars, &labels);
  if (options_.kasra_under_hamza) {
    for (size_t i = 0; i < chars.size(); ++i) {
      if (chars[i] == text::kAlefWithHamzaBelow && labels[i] == 0) {
        labels[i] = kVowelKasra;
      }
    }
  }
  if (options_.repair_vowelling) RepairVowelling(chars, text.labels, &labels);
  return labels;
}

absl::StatusOr<std::string> Diacritizer::Diacritize(
    std::string_view text) const {
  if (text.size() > options_.max_input_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "input of ", text.size(), " bytes is over the diacritizer's limit of ",
        options_.max_input_bytes, " bytes; split it"));
  }
  KHULASA_RETURN_IF_ERROR(text::ValidateUtf8(text));
  std::string out;
  out.reserve(text.size() * 2);
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line =
        text.substr(line_begin, line_end - line_begin);
    const LabeledText parsed = ParseDiacritized(line);
    const std::vector<uint8_t> labels = PredictLabels(parsed);
    // Walk the original line again: the letters come in the same order as
    // in `parsed`, whose other code points were dropped marks, tatweel and
    // superscript alef, which are copied (marks re-written from labels).
    size_t index = 0;  // into parsed.chars
    size_t pos = 0;
    while (pos < line.size()) {
      const size_t start = pos;
      const char32_t c = text::DecodeUtf8(line, &pos);
      if (IsLabelMark(c)) continue;
      out.append(line.substr(start, pos - start));
      if (c == text::kTatweel || c == text::kSuperscriptAlef) continue;
      if (IsDiacritizableLetter(c)) AppendLabelMarks(labels[index], &out);
      ++index;
    }
    if (line_end == text.size()) break;
    out.push_back('\n');
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace khulasa::speech
