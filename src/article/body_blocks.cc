#include "src/article/body_blocks.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/article/furniture.h"
#include "src/article/line_classifier.h"

namespace khulasa::article {
namespace {

// Block text has the length of its range: line breaks become spaces.
std::string BlockText(std::string_view input, ByteRange range) {
  std::string text(input.substr(range.begin, range.size()));
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

std::vector<Block> ClassifyBodyLines(std::string_view input,
                                     const std::vector<ByteRange>& ranges,
                                     bool detect_embeds) {
  std::vector<Block> blocks;
  blocks.reserve(ranges.size());
  std::vector<bool> heading_like;
  heading_like.reserve(ranges.size());
  for (const ByteRange& range : ranges) {
    std::string_view text = input.substr(range.begin, range.size());
    Block block;
    block.range = range;
    block.text = BlockText(input, range);
    if (IsFurnitureLine(text) || (detect_embeds && IsEmbedLine(text))) {
      block.kind = BlockKind::kEmbed;
    }
    heading_like.push_back(block.kind == BlockKind::kParagraph &&
                           text.find('\n') == std::string_view::npos &&
                           LooksLikeHeading(text, kMaxSubheadingWords));
    blocks.push_back(std::move(block));
  }
  // A heading needs a paragraph under it; otherwise it is a short paragraph.
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (heading_like[i] && !heading_like[i + 1] &&
        blocks[i + 1].kind == BlockKind::kParagraph) {
      blocks[i].kind = BlockKind::kSubheading;
    }
  }
  return blocks;
}

void MarkFurnitureBlocks(Article* article) {
  for (Block& block : article->blocks) {
    if (block.kind == BlockKind::kParagraph && IsFurnitureLine(block.text)) {
      block.kind = BlockKind::kEmbed;
    }
  }
}

void FillFurnitureMetadata(Article* article) {
  for (const Block& block : article->blocks) {
    if (block.kind != BlockKind::kEmbed) continue;
    std::string_view name = ParseByline(block.text);
    if (name.empty()) continue;
    if (std::find(article->authors.begin(), article->authors.end(), name) ==
        article->authors.end()) {
      article->authors.emplace_back(name);
    }
  }
  for (const Block& block : article->blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    article->dateline = std::string(LeadingDateline(block.text));
    break;
  }
}

}  // namespace khulasa::article
