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

#include "src/article/format_detector.h"
#include "src/article/input_check.h"
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

InputFormat ChooseFormat(std::string_view bytes, const ReadOptions& options) {
  if (options.format != InputFormat::kAuto) return options.format;
  // Repair only the prefix, so invalid bytes do not stop detection; strict
  // mode still rejects them in the reader's own checks.
  return article::DetectFormat(
      text::RepairUtf8(bytes.substr(0, std::min(bytes.size(), kDetectBytes))));
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
  const InputFormat format = ChooseFormat(bytes, options);
  switch (format) {
    case InputFormat::kJson: {
      if (article::LooksLikeJsonLines(bytes)) {
        return absl::InvalidArgumentError(
            "input holds several JSON records (JSONL); read them with "
            "ReadArticles() or 'khulasa parse', which prints one article per "
            "line");
      }
      return article::ReadJsonArticle(bytes, options);
    }
    case InputFormat::kHtml:
      return absl::UnimplementedError(
          "the HTML reader is not available yet; pass --format text to read "
          "the input as plain text");
    case InputFormat::kScraped:
    case InputFormat::kText:
    case InputFormat::kAuto:
      break;
  }
  KHULASA_ASSIGN_OR_RETURN(std::string text,
                           article::CheckTextInput(bytes, options));
  Article result = format == InputFormat::kScraped
                       ? article::ReadScraped(std::move(text))
                       : article::ReadPlainText(std::move(text),
                                                /*detect_title=*/true);
  KHULASA_RETURN_IF_ERROR(
      article::FillSentences(options.max_sentences, &result));
  return result;
}

absl::StatusOr<std::vector<Article>> ReadArticles(std::string_view bytes,
                                                  const ReadOptions& options) {
  const InputFormat format = ChooseFormat(bytes, options);
  if (format == InputFormat::kJson && article::LooksLikeJsonLines(bytes)) {
    return article::ReadJsonLines(bytes, options);
  }
  KHULASA_ASSIGN_OR_RETURN(Article single, ReadArticle(bytes, options));
  std::vector<Article> articles;
  articles.push_back(std::move(single));
  return articles;
}

}  // namespace khulasa
