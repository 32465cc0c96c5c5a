#include "src/article/html_block_cleanup.h"

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "src/article/furniture.h"
#include "src/article/html_text.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// A link line stays between paragraphs at least this long (bytes).
constexpr size_t kMinNeighbourBytes = 80;

// Headline links in capitals ("SEE IT: ...", "CLICK HERE TO GET THE APP")
// are teasers, not text.
bool HasLowerCaseOrNoLatin(std::string_view text) {
  bool latin = false;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return true;
    latin |= c >= 'A' && c <= 'Z';
  }
  return !latin;
}

bool IsProse(const HtmlBlock& b) {
  return b.kind == BlockKind::kParagraph && !b.link_line &&
         b.text.size() >= kMinNeighbourBytes;
}

void ResolveLinkLines(std::vector<HtmlBlock>* blocks) {
  std::vector<HtmlBlock>& v = *blocks;
  std::vector<uint8_t> keep(v.size(), 1);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].link_line) continue;
    size_t before = i;
    while (before > 0 && v[before - 1].link_line) --before;
    size_t after = i + 1;
    while (after < v.size() && v[after].link_line) ++after;
    keep[i] = before > 0 && after < v.size() && IsProse(v[before - 1]) &&
              IsProse(v[after]) && !IsClosingFurnitureLine(v[i].text) &&
              HasLowerCaseOrNoLatin(v[i].text);
  }
  size_t out = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!keep[i]) continue;
    v[i].link_line = false;
    if (out != i) v[out] = std::move(v[i]);
    ++out;
  }
  v.resize(out);
}

// Trailing lines up to this long (bytes) may be furniture; longer ones are
// prose whatever they open with.
constexpr size_t kMaxTrailingFurnitureBytes = 300;
// A closing heading ("Related articles") is looked for among this many
// last blocks; the blocks after it must all be short teaser lines.
constexpr size_t kClosingHeadingWindow = 15;
constexpr size_t kMaxTeaserBytes = 160;
// Short lines opening with a closing phrase go wherever they stand ("Read
// more: ...", "Photo: ...", "Anzeige" between paragraphs).
constexpr size_t kMaxInBodyFurnitureBytes = 120;

// A teaser headline under a closing heading: short, and not ending as a
// sentence does (prose paragraphs end with '.', '!', '?' or a quote).
bool IsTeaserLine(std::string_view text) {
  if (text.empty() || text.size() > kMaxTeaserBytes) return false;
  const char last = text.back();
  return last != '.' && last != '!' && last != '?' && last != '"' &&
         !EndsWith(text, "\u201D") && !EndsWith(text, "\u06D4");
}

bool IsTrailingFurniture(const HtmlBlock& b) {
  if (b.kind == BlockKind::kEmbed || b.text.size() > kMaxTrailingFurnitureBytes)
    return false;
  return IsClosingFurnitureLine(b.text) || IsArabicFurnitureLine(b.text);
}

// From the end backwards: furniture lines, and a closing heading with the
// teaser lines under it.
void TrimTrailingFurniture(std::vector<HtmlBlock>* blocks) {
  std::vector<HtmlBlock>& v = *blocks;
  // Never the whole body: a page of one short line keeps it.
  while (v.size() > 1 && IsTrailingFurniture(v.back())) v.pop_back();
  const size_t window_start =
      v.size() > kClosingHeadingWindow ? v.size() - kClosingHeadingWindow : 1;
  for (size_t i = v.size(); i-- > window_start;) {
    if (!IsTeaserLine(v[i].text)) break;
    if (IsClosingFurnitureLine(v[i].text) && i + 1 < v.size()) {
      v.resize(i);
      while (v.size() > 1 && IsTrailingFurniture(v.back())) v.pop_back();
      return;
    }
  }
}

void DropShortClosingLines(std::vector<HtmlBlock>* blocks) {
  std::vector<HtmlBlock>& v = *blocks;
  size_t out = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v.size() > 1 && v[i].kind != BlockKind::kEmbed &&
        v[i].text.size() <= kMaxInBodyFurnitureBytes &&
        IsClosingFurnitureLine(v[i].text)) {
      continue;
    }
    if (out != i) v[out] = std::move(v[i]);
    ++out;
  }
  v.resize(out);
}

}  // namespace

bool IsArabicFurnitureLine(std::string_view line) {
  bool arabic = false;
  size_t pos = 0;
  while (pos < line.size() && !arabic) {
    arabic = text::IsArabicLetter(text::DecodeUtf8(line, &pos));
  }
  return arabic && IsFurnitureLine(line);
}

void CleanHtmlBlocks(std::vector<HtmlBlock>* blocks) {
  ResolveLinkLines(blocks);
  TrimTrailingFurniture(blocks);
  DropShortClosingLines(blocks);
}

}  // namespace khulasa::article
