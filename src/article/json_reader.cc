#include "src/article/json_reader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include <nlohmann/json.hpp>

#include "src/article/article_language.h"
#include "src/article/format_detector.h"
#include "src/article/html_reader.h"
#include "src/article/input_check.h"
#include "src/article/line_classifier.h"
#include "src/article/scraped_reader.h"
#include "src/article/sentences.h"
#include "src/article/text_reader.h"
#include "src/base/status_macros.h"

namespace khulasa::article {
namespace {

using Json = nlohmann::json;

// The fields of an article record; absent and null fields stay empty.
struct JsonFields {
  std::optional<std::string> text;
  std::optional<std::string> html;  // HTML reader hook: {"html": page}
  std::string title;
  std::string date;
  std::string section;
  std::string url;
  // "author": "X" or "authors": ["X", "Y"] (strings only; either key).
  std::vector<std::string> authors;
};

// Bounds on the authors taken from JSON: names past these are dropped.
constexpr size_t kMaxJsonAuthors = 20;
constexpr size_t kMaxAuthorBytes = 200;

bool IsAuthorKey(std::string_view key) {
  return key == "author" || key == "authors";
}

// A SAX handler that keeps only the top-level string fields we know. It
// never throws: nlohmann reports syntax errors through parse_error(), and
// returning false there ends parsing without an exception.
class ArticleSax : public nlohmann::json_sax<Json> {
 public:
  const JsonFields& fields() const { return fields_; }
  const absl::Status& status() const { return status_; }

  bool null() override { return Scalar(/*is_null=*/true); }
  bool boolean(bool /*value*/) override { return Scalar(false); }
  bool number_integer(number_integer_t /*value*/) override {
    return Scalar(false);
  }
  bool number_unsigned(number_unsigned_t /*value*/) override {
    return Scalar(false);
  }
  bool number_float(number_float_t /*value*/,
                    const string_t& /*text*/) override {
    return Scalar(false);
  }
  bool binary(binary_t& /*value*/) override { return Scalar(false); }
  bool string(string_t& value) override {
    if (depth_ == 1) {
      std::string* field = Field(key_);
      if (field != nullptr) *field = std::move(value);
      if (key_ == "text") fields_.text = std::move(text_);
      if (key_ == "html") fields_.html = std::move(html_);  // HTML hook
      if (IsAuthorKey(key_)) AddAuthor(std::move(value));
    } else if (depth_ == 2 && in_authors_) {
      AddAuthor(std::move(value));
    } else if (depth_ == 0) {
      return TopLevelNotObject("a string");
    }
    return true;
  }
  bool start_object(std::size_t /*size*/) override {
    if (depth_ == 1 && Field(key_) != nullptr) return NotString();
    ++depth_;
    return true;
  }
  bool key(string_t& value) override {
    if (depth_ == 1) key_ = value;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t /*size*/) override {
    if (depth_ == 0) return TopLevelNotObject("an array");
    if (depth_ == 1 && Field(key_) != nullptr) return NotString();
    if (depth_ == 1 && IsAuthorKey(key_)) in_authors_ = true;
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    if (depth_ == 1) in_authors_ = false;
    return true;
  }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& error) override {
    std::string token = last_token.substr(0, 40);
    status_ = absl::InvalidArgumentError(
        absl::StrCat("malformed JSON at byte ", position > 0 ? position - 1 : 0,
                     " near \"", token, "\": ", ShortReason(error.what())));
    return false;
  }

 private:
  // nlohmann's message starts with "[json.exception.parse_error.101] parse
  // error at line 1, column 5: "; keep the part after the last ": ".
  static std::string ShortReason(std::string_view what) {
    size_t colon = what.rfind(": ");
    return std::string(
        colon == std::string_view::npos ? what : what.substr(colon + 2));
  }

  std::string* Field(const std::string& name) {
    if (name == "text") return &text_;
    if (name == "html") return &html_;  // HTML reader hook
    if (name == "title") return &fields_.title;
    if (name == "date") return &fields_.date;
    if (name == "section") return &fields_.section;
    if (name == "url") return &fields_.url;
    return nullptr;
  }

  void AddAuthor(std::string name) {
    if (name.empty() || name.size() > kMaxAuthorBytes ||
        fields_.authors.size() >= kMaxJsonAuthors) {
      return;
    }
    fields_.authors.push_back(std::move(name));
  }

  bool Scalar(bool is_null) {
    if (depth_ == 0) return TopLevelNotObject("a scalar");
    if (depth_ == 1 && !is_null && Field(key_) != nullptr) return NotString();
    return true;
  }

  bool NotString() {
    status_ = absl::InvalidArgumentError(
        absl::StrCat("JSON field \"", key_, "\" must be a string or null"));
    return false;
  }

  bool TopLevelNotObject(const char* what) {
    status_ = absl::InvalidArgumentError(absl::StrCat(
        "JSON input must be an object with a \"text\" field, not ", what));
    return false;
  }

  JsonFields fields_;
  bool in_authors_ = false;  // inside the "authors" array
  std::string text_;
  std::string html_;  // HTML reader hook
  std::string key_;
  int depth_ = 0;
  absl::Status status_;
};

absl::StatusOr<JsonFields> ParseFields(std::string_view json) {
  ArticleSax sax;
  bool ok = false;
  try {
    ok = Json::sax_parse(json.begin(), json.end(), &sax);
  } catch (const std::exception& e) {
    // Not expected (errors go through parse_error), but JSON is third-party
    // code: never let an exception leave the engine.
    return absl::InvalidArgumentError(
        absl::StrCat("malformed JSON: ", e.what()));
  }
  if (!ok || !sax.status().ok()) {
    if (!sax.status().ok()) return sax.status();
    return absl::InvalidArgumentError("malformed JSON");
  }
  return sax.fields();
}

// The record's own authors first, then the bylines the reader found that
// are not among them.
void MergeAuthors(std::vector<std::string> given, Article* article) {
  for (std::string& name : article->authors) {
    if (std::find(given.begin(), given.end(), name) == given.end()) {
      given.push_back(std::move(name));
    }
  }
  article->authors = std::move(given);
}

}  // namespace

absl::StatusOr<Article> ReadJsonArticle(std::string_view json,
                                        const ReadOptions& options) {
  KHULASA_RETURN_IF_ERROR(CheckInputSize(json, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBinary(json));
  KHULASA_ASSIGN_OR_RETURN(std::string valid, ToValidUtf8(json, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBlank(valid));
  KHULASA_ASSIGN_OR_RETURN(JsonFields fields, ParseFields(valid));
  // HTML reader hook (src/article/html_reader.h): {"html": "<page>"} without
  // "text" is read as a page; given title/date/section/url fields win.
  if (!fields.text.has_value() && fields.html.has_value()) {
    HtmlReadOptions html_options;
    html_options.max_input_bytes = options.max_input_bytes;
    html_options.max_sentences = options.max_sentences;
    absl::StatusOr<HtmlExtraction> page = ReadHtml(*fields.html, html_options);
    if (!page.ok()) {
      return absl::Status(
          page.status().code(),
          absl::StrCat("JSON field \"html\": ", page.status().message()));
    }
    Article article = std::move(page->article);
    KHULASA_RETURN_IF_ERROR(
        CheckHasArabic(article.title + "\n" + article.input));
    if (!fields.title.empty()) article.title = std::move(fields.title);
    if (!fields.section.empty()) article.section = std::move(fields.section);
    if (!fields.url.empty()) article.url = std::move(fields.url);
    if (StartsWithIsoDate(fields.date))
      article.date = fields.date.substr(0, 10);
    MergeAuthors(std::move(fields.authors), &article);
    KHULASA_RETURN_IF_ERROR(SetLanguage(options, &article));
    return article;
  }
  if (!fields.text.has_value()) {
    return absl::InvalidArgumentError(
        "JSON article has no \"text\" field (a string with the article "
        "body)");
  }
  std::string& text = *fields.text;
  if (absl::Status status = CheckNotBinary(text); !status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("JSON field \"text\": ", status.message()));
  }
  if (absl::Status status = CheckNotBlank(text); !status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("JSON field \"text\": ", status.message()));
  }
  if (absl::Status status = CheckLineLengths(text, options); !status.ok()) {
    return absl::Status(
        status.code(), absl::StrCat("JSON field \"text\": ", status.message()));
  }
  KHULASA_RETURN_IF_ERROR(CheckHasArabic(fields.title + "\n" + text));

  // A scraped page kept whole in "text" (its "date ... - section" line,
  // title, button labels and the site's bullets, as in the seed) is read as
  // that page, so its title and the site's bullets never become bullets;
  // other text is the body. Given title/date/section/url fields win.
  const bool scraped = DetectFormat(text) == InputFormat::kScraped;
  Article article = scraped ? ReadScraped(std::move(text))
                            : ReadPlainText(std::move(text),
                                            /*detect_title=*/false);
  article.format = InputFormat::kJson;
  if (!scraped || !fields.title.empty())
    article.title = std::move(fields.title);
  if (!scraped || !fields.section.empty()) {
    article.section = std::move(fields.section);
  }
  article.url = std::move(fields.url);
  if (StartsWithIsoDate(fields.date)) article.date = fields.date.substr(0, 10);
  MergeAuthors(std::move(fields.authors), &article);
  KHULASA_RETURN_IF_ERROR(FillSentences(options.max_sentences, &article));
  KHULASA_RETURN_IF_ERROR(SetLanguage(options, &article));
  return article;
}

absl::StatusOr<std::vector<Article>> ReadJsonLines(std::string_view jsonl,
                                                   const ReadOptions& options) {
  std::vector<Article> articles;
  size_t begin = 0;
  size_t line_number = 0;
  while (begin < jsonl.size()) {
    ++line_number;
    size_t newline = jsonl.find('\n', begin);
    size_t end = newline == std::string_view::npos ? jsonl.size() : newline;
    std::string_view record = jsonl.substr(begin, end - begin);
    begin = newline == std::string_view::npos ? jsonl.size() : newline + 1;
    if (record.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    absl::StatusOr<Article> article = ReadJsonArticle(record, options);
    if (!article.ok()) {
      return absl::Status(
          article.status().code(),
          absl::StrCat("line ", line_number, ": ", article.status().message()));
    }
    articles.push_back(*std::move(article));
  }
  if (articles.empty()) return absl::InvalidArgumentError("input is empty");
  return articles;
}

}  // namespace khulasa::article
