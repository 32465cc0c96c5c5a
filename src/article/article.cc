// ReadArticle / ReadArticles: input checks, format detection and dispatch to
// the readers.
#include "khulasa/article.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/article/article_language.h"
#include "src/article/format_detector.h"
#include "src/article/html_reader.h"
#include "src/article/input_check.h"
#include "src/article/input_decoder.h"
#include "src/article/json_reader.h"
#include "src/article/scraped_reader.h"
#include "src/article/sentences.h"
#include "src/article/text_reader.h"
#include "src/base/status_macros.h"
#include "src/text/utf8.h"

namespace khulasa {
namespace {

// Detection only needs the start of the input; the checks that follow
// report bad bytes anywhere.
constexpr size_t kDetectBytes = 64u << 10;

// Sets `*valid_utf8` when detection found the whole input valid UTF-8, so
// that the text readers need not check it again. `known_valid_utf8`: the
// decoder already knows.
InputFormat ChooseFormat(std::string_view bytes, const ReadOptions& options,
                         bool known_valid_utf8, bool* valid_utf8) {
  *valid_utf8 = known_valid_utf8;
  if (options.format != InputFormat::kAuto) return options.format;
  // HTML reader hook (src/article/html_reader.h): a page that starts with a
  // doctype or a tag is HTML.
  if (article::LooksLikeHtml(bytes)) return InputFormat::kHtml;
  // Repair only the prefix, so invalid bytes do not stop detection; strict
  // mode still rejects them in the reader's own checks.
  // Valid input (the common case) is read in place, without a copy, and
  // when the prefix is all of it, the text readers skip their own UTF-8
  // pass: one UTF-8 scan per article instead of two (saves 57k
  // instructions per article on examples/heatwave.txt, callgrind).
  const std::string_view prefix =
      bytes.substr(0, std::min(bytes.size(), kDetectBytes));
  if (known_valid_utf8 || text::IsValidUtf8(prefix)) {
    *valid_utf8 = known_valid_utf8 || prefix.size() == bytes.size();
    return article::DetectFormat(prefix);
  }
  return article::DetectFormat(text::RepairUtf8(prefix));
}

// ReadArticle() after DecodeInput(): `text` is the decoded input.
absl::StatusOr<Article> ReadDecoded(std::string_view text,
                                    const article::DecodedInput& decoded,
                                    const ReadOptions& options) {
  bool valid_utf8 = false;
  const InputFormat format =
      ChooseFormat(text, options, decoded.valid_utf8, &valid_utf8);
  switch (format) {
    case InputFormat::kJson: {
      if (article::LooksLikeJsonLines(text)) {
        return absl::InvalidArgumentError(
            "input holds several JSON records (JSONL); read them with "
            "ReadArticles() or 'khulasa parse', which prints one article per "
            "line");
      }
      return article::ReadJsonArticle(text, options);
    }
    case InputFormat::kHtml: {
      // HTML reader hook: extraction, then the same Arabic check as the
      // text formats.
      article::HtmlReadOptions html_options;
      html_options.charset = decoded.converted ? "UTF-8" : options.charset;
      html_options.max_input_bytes = options.max_input_bytes;
      html_options.max_sentences = options.max_sentences;
      KHULASA_ASSIGN_OR_RETURN(article::HtmlExtraction page,
                               article::ReadHtml(text, html_options));
      // A page read in the wrong charset extracts to U+FFFD; refuse it
      // rather than summarize it.
      KHULASA_RETURN_IF_ERROR(
          article::CheckMostlyDecoded(page.article.input, text));
      KHULASA_RETURN_IF_ERROR(article::CheckHasArabic(page.article.input));
      KHULASA_RETURN_IF_ERROR(article::SetLanguage(options, &page.article));
      return std::move(page.article);
    }
    case InputFormat::kScraped:
    case InputFormat::kText:
    case InputFormat::kAuto:
      break;
  }
  KHULASA_ASSIGN_OR_RETURN(std::string checked,
                           article::CheckTextInput(text, options, valid_utf8));
  Article result = format == InputFormat::kScraped
                       ? article::ReadScraped(std::move(checked))
                       : article::ReadPlainText(std::move(checked),
                                                /*detect_title=*/true);
  KHULASA_RETURN_IF_ERROR(
      article::FillSentences(options.max_sentences, &result));
  KHULASA_RETURN_IF_ERROR(article::SetLanguage(options, &result));
  return result;
}

}  // namespace

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kSubheading:
      return "subheading";
    case BlockKind::kEmbed:
      return "embed";
  }
  return "paragraph";
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kScraped:
      return "scraped";
    case InputFormat::kText:
      return "text";
    case InputFormat::kJson:
      return "json";
    case InputFormat::kHtml:
      return "html";
  }
  return "auto";
}

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  for (InputFormat candidate :
       {InputFormat::kAuto, InputFormat::kScraped, InputFormat::kText,
        InputFormat::kJson, InputFormat::kHtml}) {
    if (name == InputFormatName(candidate)) {
      *format = candidate;
      return true;
    }
  }
  return false;
}

absl::StatusOr<Article> ReadArticle(std::string_view bytes,
                                    const ReadOptions& options) {
  KHULASA_RETURN_IF_ERROR(article::CheckInputSize(bytes, options));
  KHULASA_ASSIGN_OR_RETURN(const article::DecodedInput decoded,
                           article::DecodeInput(bytes, options));
  return ReadDecoded(article::DecodedText(decoded, bytes), decoded, options);
}

absl::StatusOr<std::vector<Article>> ReadArticles(std::string_view bytes,
                                                  const ReadOptions& options) {
  KHULASA_ASSIGN_OR_RETURN(const article::DecodedInput decoded,
                           article::DecodeInput(bytes, options));
  const std::string_view text = article::DecodedText(decoded, bytes);
  bool valid_utf8 = false;
  const InputFormat format =
      ChooseFormat(text, options, decoded.valid_utf8, &valid_utf8);
  if (format == InputFormat::kJson && article::LooksLikeJsonLines(text)) {
    return article::ReadJsonLines(text, options);
  }
  KHULASA_RETURN_IF_ERROR(article::CheckInputSize(bytes, options));
  KHULASA_ASSIGN_OR_RETURN(Article single, ReadDecoded(text, decoded, options));
  std::vector<Article> articles;
  articles.push_back(std::move(single));
  return articles;
}

}  // namespace khulasa
