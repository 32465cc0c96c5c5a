// The language step every reader ends with: Article::lang from the letters
// of the title and text (text/language.h), and the refusal of text that is
// not Arabic unless ReadOptions::force.
#ifndef KHULASA_SRC_ARTICLE_ARTICLE_LANGUAGE_H_
#define KHULASA_SRC_ARTICLE_ARTICLE_LANGUAGE_H_

#include <string_view>

#include "absl/status/status.h"

#include "khulasa/article.h"

namespace khulasa::article {

// kInvalidArgument with `message` and the RefusedLanguage() payload `lang`:
// the one shape of every refusal of text that is not Arabic.
absl::Status LanguageRefusal(std::string_view message, std::string_view lang);

// Sets article->lang ("ar", "fa", "ur" or "other") and nothing else.
void FillLanguage(Article* article);

// Sets article->lang ("ar", "fa", "ur" or "other"). Unless options.force,
// returns kInvalidArgument for anything but "ar", naming the language and
// the letters that gave it away, with a RefusedLanguage() payload.
absl::Status SetLanguage(const ReadOptions& options, Article* article);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_ARTICLE_LANGUAGE_H_
