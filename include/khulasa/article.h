// The article model: what every reader (scraped text, plain text, JSON, HTML)
// produces and every later stage (summary, speech, server) consumes.
//
//   absl::StatusOr<khulasa::Article> article =
//       khulasa::ReadArticle(bytes, khulasa::ReadOptions{});
//   for (const khulasa::Block& block : article->blocks) ...
#ifndef KHULASA_INCLUDE_KHULASA_ARTICLE_H_
#define KHULASA_INCLUDE_KHULASA_ARTICLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/byte_range.h"

namespace khulasa {

enum class BlockKind {
  kParagraph,   // body text: the only source of summary sentences
  kSubheading,  // a section heading inside the body
  // Not article prose: a social post, or page furniture (a caption or
  // credit, a "read more" link, a time stamp, a share bar, a byline, a
  // ticker, a teaser bullet; src/article/furniture.h). Never summarized.
  kEmbed,
};

// "paragraph", "subheading" or "embed".
std::string_view BlockKindName(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // the block's text, as given (words are never unglued)
  ByteRange range;   // where `text` sits in Article::input
  // Sentence ranges inside Article::input, in order (paragraphs only).
  std::vector<ByteRange> sentences;
};

enum class InputFormat { kAuto, kScraped, kText, kJson, kHtml };

struct Article {
  std::string date;     // ISO 8601 "YYYY-MM-DD" or empty when unknown
  std::string section;  // e.g. "أخبار", or empty
  std::string title;    // may be empty
  std::string url;      // may be empty
  // The article's authors, in order, without repeats: from the page's
  // metadata (HTML JSON-LD or meta tags, a JSON "author"/"authors" field)
  // and from byline lines in the body ("كتب: X", "بقلم X", "By X"), which
  // are kept as kEmbed blocks. May be empty.
  std::vector<std::string> authors;
  // The dateline or source tag that opens the first paragraph, without the
  // dashes or colon after it: "دمشق، سوريا (CNN)", "القاهرة - أ ش أ",
  // "المدينة نيوز". Empty when there is none. The paragraph itself is left
  // as it is (its ranges still point into `input`); the summary strips the
  // tag from bullets.
  std::string dateline;
  // The site's own summary bullets, when the page has them. Never fed to the
  // summarizer; shown beside ours.
  std::vector<std::string> site_summary;
  std::vector<Block> blocks;  // body in reading order
  // The UTF-8 text all ranges point into: the input itself for text formats
  // (after lenient repair, if asked), the extracted text for HTML and JSON.
  std::string input;
  InputFormat format = InputFormat::kAuto;  // the reader that was used
  // The language of the text, guessed from its letters (docs/article.md,
  // "Language"): "ar" Arabic, "fa" Persian, "ur" Urdu, or "other" (mostly
  // another script, or another Arabic-script language). Only "ar" is read
  // unless ReadOptions::force.
  std::string lang;
};

// "auto", "scraped", "text", "json" or "html".
std::string_view InputFormatName(InputFormat format);

// Parses a name written by InputFormatName(); false when unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // The input's character encoding, an ICU or WHATWG label ("windows-1256",
  // "iso-8859-6", "utf-16le", ...). Empty: detect it (docs/article.md,
  // "Encodings"): a UTF-16/32 byte order mark, an HTML page's meta tag,
  // UTF-8, double-encoded UTF-8 (repaired), or Arabic in windows-1256 or
  // ISO-8859-6 when the bytes are not UTF-8. "utf-8" turns detection off.
  std::string charset;
  // Replace each invalid UTF-8 byte with U+FFFD instead of failing; input
  // that would become more than a fifth U+FFFD is refused all the same,
  // naming the charset it most likely is.
  bool lenient = false;
  // Read text that is not Arabic (Persian, Urdu, English with some Arabic
  // words, ...) instead of refusing it. Text without any Arabic letter is
  // refused all the same.
  bool force = false;
  // Inputs larger than this are refused with kResourceExhausted. For JSONL
  // (ReadArticles) the limit applies to each record.
  size_t max_input_bytes = 16u << 20;
  // A text line (one paragraph) longer than this is refused with
  // kResourceExhausted: 1 MiB.
  size_t max_line_bytes = 1u << 20;
  // An article with more sentences than this is refused (kResourceExhausted).
  size_t max_sentences = 20000;
};

// Reads one article from raw bytes. Errors (kInvalidArgument) name what and
// where: invalid UTF-8 with its byte offset, empty input, binary data, an
// unknown charset, text that is not Arabic (see RefusedLanguage()).
// kResourceExhausted past the size limits.
//
// Autodetection (options.format == kAuto): input starting (after a BOM and
// blanks) with "<!doctype html", "<html" or another tag is an HTML page (the
// article is extracted from it; JSON {"html": PAGE} works too); input
// starting with '{' or '[' is JSON; a first line "date YYYY-MM-DD -
// SECTION" or the site's button labels make it scraped text; anything else
// is plain text. JSONL with more than one record is refused here: use
// ReadArticles().
absl::StatusOr<Article> ReadArticle(std::string_view bytes,
                                    const ReadOptions& options);

// Reads JSONL (one JSON article object per line; blank lines are skipped) or,
// for any other input, the single article ReadArticle() would read. Errors
// name the 1-based line of the bad record. options.max_input_bytes bounds
// each record; the caller bounds the whole input.
absl::StatusOr<std::vector<Article>> ReadArticles(std::string_view bytes,
                                                  const ReadOptions& options);

// For an error of ReadArticle()/ReadArticles() that refuses text for not
// being Arabic: the language it was taken for ("fa", "ur" or "other").
// "" for any other status. The server answers these with 422.
std::string RefusedLanguage(const absl::Status& status);

}  // namespace khulasa

#endif  // KHULASA_INCLUDE_KHULASA_ARTICLE_H_
