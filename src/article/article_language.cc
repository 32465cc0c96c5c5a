#include "src/article/article_language.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "absl/types/optional.h"

#include "src/text/language.h"

namespace khulasa {
namespace {

constexpr char kRefusedLanguagePayload[] = "khulasa.dev/refused-lang";

// Why the letters say what they say, for the refusal message.
std::string Evidence(text::Language language, const text::LetterCounts& c) {
  switch (language) {
    case text::Language::kPersian:
      // U+067E U+0686 U+0698 U+06AF U+06A9 U+06CC
      return absl::StrCat(c.persian, " of its ", c.arabic_script,
                          " Arabic-script letters are "
                          "\u067E \u0686 \u0698 \u06AF \u06A9 \u06CC, which "
                          "Arabic does not use");
    case text::Language::kUrdu:
      // U+0679 U+0688 U+0691 U+06BA U+06BE U+06C1 U+06D2
      return absl::StrCat(c.urdu, " of its ", c.arabic_script,
                          " Arabic-script letters are "
                          "\u0679 \u0688 \u0691 \u06BA \u06BE \u06C1 \u06D2, "
                          "which Arabic does not use");
    case text::Language::kArabic:
    case text::Language::kOther:
      break;
  }
  if (c.arabic_script * 2 < c.letters || c.arabic_script == 0) {
    return absl::StrCat("only ", c.arabic_script, " of its ", c.letters,
                        " letters are Arabic-script");
  }
  // U+06D5 U+06B5 U+0695 U+06C6 U+06CE (Kurdish)
  return absl::StrCat(c.other_script, " of its ", c.arabic_script,
                      " Arabic-script letters, such as "
                      "\u06D5 \u06B5 \u0695 \u06C6 \u06CE, are not used in "
                      "Arabic, Persian or Urdu");
}

}  // namespace

namespace article {

absl::Status LanguageRefusal(std::string_view message, std::string_view lang) {
  absl::Status status = absl::InvalidArgumentError(std::string(message));
  status.SetPayload(kRefusedLanguagePayload, absl::Cord(std::string(lang)));
  return status;
}

void FillLanguage(Article* article) {
  text::LetterCounts counts;
  counts.Add(article->title);
  counts.Add(article->input);
  article->lang = std::string(text::LanguageCode(text::GuessLanguage(counts)));
}

absl::Status SetLanguage(const ReadOptions& options, Article* article) {
  text::LetterCounts counts;
  counts.Add(article->title);
  counts.Add(article->input);
  const text::Language language = text::GuessLanguage(counts);
  article->lang = std::string(text::LanguageCode(language));
  if (options.force || language == text::Language::kArabic) {
    return absl::OkStatus();
  }
  const std::string what =
      language == text::Language::kOther
          ? std::string("input does not look like Arabic")
          : absl::StrCat("input looks like ",
                         std::string(text::LanguageName(language)),
                         ", not Arabic");
  return LanguageRefusal(
      absl::StrCat(what, " (", Evidence(language, counts),
                   "); khulasa summarizes Arabic articles: pass --force to "
                   "read it anyway"),
      article->lang);
}

}  // namespace article

std::string RefusedLanguage(const absl::Status& status) {
  const absl::optional<absl::Cord> lang =
      status.GetPayload(kRefusedLanguagePayload);
  if (!lang.has_value() || status.ok()) return "";
  return std::string(*lang);
}

}  // namespace khulasa
