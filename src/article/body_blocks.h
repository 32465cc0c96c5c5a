// Turns the body of an article, given as ranges of whole lines or
// paragraphs, into typed blocks: paragraph, subheading or embed.
#ifndef KHULASA_SRC_ARTICLE_BODY_BLOCKS_H_
#define KHULASA_SRC_ARTICLE_BODY_BLOCKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "khulasa/article.h"

namespace khulasa::article {

// A subheading has at most this many words.
inline constexpr size_t kMaxSubheadingWords = 12;

// One block per range of `input`, in the given order. A range is an embed
// when it is page furniture (IsFurnitureLine) or when `detect_embeds` and
// IsEmbedLine(); a subheading when it is one line,
// LooksLikeHeading(..., kMaxSubheadingWords) and the next range is a
// paragraph; otherwise a paragraph. Block::text is the range's text with
// each '\r' and '\n' replaced by a space, so it has the range's length and
// offsets into it map one-to-one onto the input.
std::vector<Block> ClassifyBodyLines(std::string_view input,
                                     const std::vector<ByteRange>& ranges,
                                     bool detect_embeds);

// Turns the paragraphs of `article` that are page furniture
// (IsFurnitureLine) into embeds: for readers whose blocks did not come from
// ClassifyBodyLines (HTML).
void MarkFurnitureBlocks(Article* article);

// Appends to article->authors the names of byline embeds (ParseByline),
// skipping names already there, and sets article->dateline from the start
// of the first paragraph (LeadingDatelineLength, with the separator and
// blanks after it trimmed). Block texts and ranges are left unchanged.
void FillFurnitureMetadata(Article* article);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_BODY_BLOCKS_H_
