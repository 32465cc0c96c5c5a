#include "src/article/html_reader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/article/article_language.h"
#include "src/article/authors.h"
#include "src/article/body_blocks.h"
#include "src/article/double_utf8.h"
#include "src/article/html_block_cleanup.h"
#include "src/article/html_charset.h"
#include "src/article/html_content.h"
#include "src/article/html_depth.h"
#include "src/article/html_document.h"
#include "src/article/html_metadata.h"
#include "src/article/html_next_flight.h"
#include "src/article/html_text.h"
#include "src/article/input_check.h"
#include "src/article/sentences.h"
#include "src/base/status_macros.h"
#include "src/text/spaces.h"

namespace khulasa::article {
namespace {

// When the page's JSON-LD articleBody is much longer than what the DOM
// scoring found, the body was probably rendered by scripts: use the
// publisher's own text instead.
constexpr double kJsonLdBodyRatio = 1.6;
constexpr size_t kMinJsonLdBody = 400;
// A page whose DOM gives less text than this may ship its article only in
// a Next.js flight payload (html_next_flight.h).
constexpr size_t kMinDomBody = 250;
// Pages with fewer NUL bytes than one in this many bytes have them dropped.
constexpr size_t kMaxNulShare = 100;

std::vector<HtmlBlock> BlocksFromPlainText(const std::string& body) {
  std::vector<HtmlBlock> blocks;
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string line = CollapseHtmlWhitespace(
        std::string_view(body).substr(start, end - start));
    if (!line.empty())
      blocks.push_back({BlockKind::kParagraph, std::move(line)});
    start = end + 1;
  }
  return blocks;
}

size_t TextBytes(const std::vector<HtmlBlock>& blocks) {
  size_t n = 0;
  for (const HtmlBlock& b : blocks) n += b.text.size();
  return n;
}

// The blocks of the article a Next.js page sends only in its flight
// payload, read by the same extractor from the HTML the payload holds; none
// when the page has no payload or it does not parse within the limits.
std::vector<HtmlBlock> FlightBlocks(const HtmlDocument& doc,
                                    const HtmlMetadata& meta,
                                    const HtmlReadOptions& options) {
  const std::string payload = NextFlightPayload(doc, options.max_input_bytes);
  if (payload.empty()) return {};
  std::string html = "<html><body>";
  html += NextFlightHtml(payload, options.max_input_bytes);
  html += "</body></html>";
  if (!CheckHtmlDepth(html, options.max_depth).ok()) return {};
  HtmlParseOptions parse_options;
  parse_options.max_nodes = options.max_nodes;
  absl::StatusOr<HtmlDocument> flight =
      HtmlDocument::Parse(html, parse_options);
  if (!flight.ok()) return {};
  return ExtractHtmlContent(*flight, meta, HtmlContentOptions{});
}

// Article::blocks and Article::input from `blocks`, joined by '\n'.
void SetBlocks(std::vector<HtmlBlock> blocks, Article* article) {
  article->blocks.clear();
  article->input.clear();
  size_t total = blocks.size();
  for (const HtmlBlock& b : blocks) total += b.text.size();
  article->input.reserve(total);
  for (HtmlBlock& b : blocks) {
    if (!article->input.empty()) article->input.push_back('\n');
    Block block;
    block.kind = b.kind;
    block.range.begin = article->input.size();
    article->input.append(b.text);
    block.range.end = article->input.size();
    block.text = std::move(b.text);
    article->blocks.push_back(std::move(block));
  }
}

// Drops the embeds that are Arabic furniture lines (MarkFurnitureBlocks
// made them from paragraphs), unless nothing else would remain.
void DropFurnitureBlocks(Article* article) {
  std::vector<HtmlBlock> kept;
  for (const Block& b : article->blocks) {
    if (b.kind == BlockKind::kEmbed && IsArabicFurnitureLine(b.text)) continue;
    kept.push_back({b.kind, b.text});
  }
  if (kept.empty() || kept.size() == article->blocks.size()) return;
  SetBlocks(std::move(kept), article);
}

}  // namespace

std::string HtmlExtractionDebugString(const HtmlExtraction& extraction) {
  const Article& a = extraction.article;
  std::string out = "title: " + a.title + "\ndate: " + a.date +
                    "\nsection: " + a.section + "\nurl: " + a.url +
                    "\nauthors: ";
  for (size_t i = 0; i < extraction.authors.size(); ++i) {
    if (i > 0) out += "; ";
    out += extraction.authors[i];
  }
  out += "\n";
  for (const Block& b : a.blocks) {
    out += "[";
    out += std::string(BlockKindName(b.kind));
    out += "] " + b.text + "\n";
  }
  return out;
}

bool LooksLikeHtml(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && i < 4096 && text::IsHtmlSpace(bytes[i])) ++i;
  const std::string head = AsciiLower(bytes.substr(i, 16));
  if (StartsWith(head, "<!doctype html") || StartsWith(head, "<html") ||
      StartsWith(head, "<!--") || StartsWith(head, "<?xml")) {
    return true;
  }
  // Any other tag: '<' and an ASCII letter.
  return head.size() >= 2 && head[0] == '<' && head[1] >= 'a' && head[1] <= 'z';
}

absl::StatusOr<HtmlExtraction> ReadHtml(std::string_view bytes,
                                        const HtmlReadOptions& options) {
  if (bytes.size() > options.max_input_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "html page is ", bytes.size(), " bytes, over the limit of ",
        options.max_input_bytes, "; save a smaller page or raise the limit"));
  }
  if (bytes.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
    return absl::InvalidArgumentError("empty html page");
  }
  // A few stray NUL bytes in a saved page are noise, not a sign of binary
  // data: drop them (the HTML parser would drop them inside text anyway).
  // Pages with many NULs (UTF-16 without a BOM, real binaries) go on to the
  // checks below unchanged.
  std::string without_nul;
  const size_t nuls =
      static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
  if (nuls > 0 && nuls * kMaxNulShare < bytes.size()) {
    without_nul.reserve(bytes.size() - nuls);
    for (const char c : bytes) {
      if (c != '\0') without_nul.push_back(c);
    }
    bytes = without_nul;
  }
  const CharsetGuess charset = DetectHtmlCharset(bytes, options.charset);
  if (!StartsWith(charset.name, "UTF-16") &&
      !StartsWith(AsciiLower(charset.name), "utf-16")) {
    KHULASA_RETURN_IF_ERROR(CheckNotBinary(bytes));
  }
  KHULASA_ASSIGN_OR_RETURN(std::string utf8,
                           ConvertHtmlToUtf8(bytes, charset.name));
  // A converted page can hold U+0000 and control characters that its raw
  // bytes did not show (UTF-16 "\0\0", UTF-7 "+AAA-"). Refuse them as the
  // UTF-8 path does: the HTML parser drops NULs inside text and the byte
  // offsets of what follows go wrong (found by html_reader_fuzzer).
  if (charset.name != "UTF-8") {
    const absl::Status binary = CheckNotBinary(utf8);
    if (!binary.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("after converting from ", charset.name, ": ",
                       std::string(binary.message())));
    }
  }
  // Arabic that went through two encodings ("\u00D8\u00A7\u00D9\u201E" for
  // U+0627 U+0644) reads again.
  if (std::optional<std::string> repaired = UndoDoubleUtf8(utf8)) {
    utf8 = *std::move(repaired);
  }
  KHULASA_RETURN_IF_ERROR(CheckHtmlDepth(utf8, options.max_depth));
  HtmlParseOptions parse_options;
  parse_options.max_nodes = options.max_nodes;
  KHULASA_ASSIGN_OR_RETURN(HtmlDocument doc,
                           HtmlDocument::Parse(utf8, parse_options));
  HtmlMetadata meta = ExtractHtmlMetadata(doc);
  std::vector<HtmlBlock> blocks =
      ExtractHtmlContent(doc, meta, HtmlContentOptions{});
  // Next.js pages that render the article in the browser: read it from
  // the flight payload in their scripts.
  if (TextBytes(blocks) < kMinDomBody) {
    std::vector<HtmlBlock> flight = FlightBlocks(doc, meta, options);
    if (TextBytes(flight) > TextBytes(blocks)) blocks = std::move(flight);
  }
  const size_t dom_chars = TextBytes(blocks);
  if (meta.json_ld_body.size() >= kMinJsonLdBody &&
      static_cast<double>(meta.json_ld_body.size()) >
          kJsonLdBodyRatio * static_cast<double>(dom_chars)) {
    blocks = BlocksFromPlainText(meta.json_ld_body);
  }
  if (blocks.empty()) {
    return absl::InvalidArgumentError(
        "no article text found in the html page (is it a page that needs "
        "scripts to show its text?)");
  }
  HtmlExtraction result;
  Article& article = result.article;
  article.format = InputFormat::kHtml;
  article.title = std::move(meta.title);
  article.date = std::move(meta.date);
  article.section = std::move(meta.section);
  article.url = std::move(meta.url);
  SetBlocks(std::move(blocks), &article);
  // Page furniture the boilerplate filter kept ("تم نشره ...", "انسخ
  // الرابط", bylines) gives the authors and the dateline; Arabic furniture
  // then leaves the text (neither body nor summarized), other lines the
  // rules take stay as embeds (IsArabicFurnitureLine says why).
  MarkFurnitureBlocks(&article);
  article.authors = meta.authors;
  FillFurnitureMetadata(&article);
  article.authors =
      PeopleOnly(article.authors,
                 PageIdentity{meta.site_name, article.url, article.dateline});
  DropFurnitureBlocks(&article);
  if (options.fill_sentences) {
    KHULASA_RETURN_IF_ERROR(FillSentences(options.max_sentences, &article));
  }
  FillLanguage(&article);
  result.authors = article.authors;
  result.charset = charset.name;
  result.language = std::move(meta.language);
  result.page_type = std::move(meta.page_type);
  return result;
}

}  // namespace khulasa::article
