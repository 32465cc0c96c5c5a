#include "src/eval/editorial_lexicon.h"

#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"

#include "src/text/normalizer.h"

namespace khulasa::eval::internal {
namespace {

// kEditorialLexiconText: src/eval/editorial_lexicon.txt as a raw string,
// written into the build folder by src/eval/CMakeLists.txt.
#include "editorial_lexicon.inc"

// Perfect verbs in [after_conjunction] also occur with these endings
// (3rd person feminine, dual, plural): "وأكدت", "وأكدا", "وأكدوا".
constexpr std::string_view kVerbEndings[] = {"\u062A", "\u0627", "\u0648\u0627",
                                             "\u062A\u0627"};

// The words of `line`, split at spaces and tabs.
std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

std::vector<std::string> Keys(std::string_view entry) {
  std::vector<std::string> keys;
  for (std::string_view word : Words(entry)) keys.push_back(MatchKey(word));
  return keys;
}

}  // namespace

std::string MatchKey(std::string_view word) {
  std::string key = text::NormalizeForMatching(word);
  absl::AsciiStrToLower(&key);
  return key;
}

std::string MatchKeyKeepHamza(std::string_view word) {
  std::string key =
      text::Normalize(word, text::kAllPasses & ~text::kUnifyAlef).text;
  absl::AsciiStrToLower(&key);
  return key;
}

EditorialLexicon ParseEditorialLexicon(std::string_view text) {
  EditorialLexicon lexicon;
  std::string_view section;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    while (!line.empty() &&
           absl::ascii_isspace(static_cast<unsigned char>(line.back()))) {
      line.remove_suffix(1);
    }
    while (!line.empty() &&
           absl::ascii_isspace(static_cast<unsigned char>(line.front()))) {
      line.remove_prefix(1);
    }
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[' && line.back() == ']') {
      section = line.substr(1, line.size() - 2);
      continue;
    }
    const std::vector<std::string> keys = Keys(line);
    if (keys.empty()) continue;
    if (section == "after_conjunction") {
      lexicon.after_conjunction.insert(keys[0]);
      for (std::string_view ending : kVerbEndings) {
        lexicon.after_conjunction.insert(keys[0] + std::string(ending));
      }
    } else if (section == "conjunction_word") {
      lexicon.conjunction_word.insert(keys[0]);
    } else if (section == "stem_initial") {
      lexicon.stem_initial.insert(MatchKeyKeepHamza(line));
    } else if (section == "speech_verb") {
      lexicon.speech_verb.insert(keys[0]);
    } else if (section == "according_to") {
      lexicon.according_to.insert(keys[0]);
    } else if (section == "furniture_short_word") {
      lexicon.furniture_short_word.insert(keys[0]);
    } else if (section == "byline_no_colon") {
      lexicon.byline_no_colon.insert(keys[0]);
      lexicon.byline.push_back(keys);
    } else if (section == "initial") {
      lexicon.initial.insert(keys[0]);
    } else if (section == "definition_pronoun") {
      lexicon.definition_pronoun.insert(keys[0]);
    } else if (section == "fragment_end") {
      lexicon.fragment_end.insert(keys[0]);
    } else if (section == "prefix_after_waw" || section == "prefix_after_feh") {
      PrefixRule rule{keys[0], 0};
      if (keys.size() < 2 ||
          !absl::SimpleAtoi(std::string(keys[1]), &rule.min_letters)) {
        continue;  // a malformed rule line is ignored, never half-applied
      }
      (section == "prefix_after_waw" ? lexicon.prefix_after_waw
                                     : lexicon.prefix_after_feh)
          .push_back(rule);
    } else if (section == "leans_on_previous") {
      lexicon.leans_on_previous.push_back(keys);
    } else if (section == "byline") {
      lexicon.byline.push_back(keys);
    } else if (section == "furniture_phrase") {
      lexicon.furniture_phrase.push_back(keys);
    } else if (section == "furniture_short_phrase") {
      lexicon.furniture_short_phrase.push_back(keys);
    } else if (section == "agency") {
      lexicon.agency.push_back(keys);
    }
  }
  return lexicon;
}

const EditorialLexicon& GetEditorialLexicon() {
  static const EditorialLexicon* const lexicon =
      new EditorialLexicon(ParseEditorialLexicon(kEditorialLexiconText));
  return *lexicon;
}

}  // namespace khulasa::eval::internal
