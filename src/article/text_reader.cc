#include "src/article/text_reader.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/article/body_blocks.h"
#include "src/article/furniture.h"
#include "src/article/line_classifier.h"
#include "src/article/lines.h"
#include "src/text/sentence_splitter.h"

namespace khulasa::article {

Article ReadPlainText(std::string text, bool detect_title) {
  Article article;
  article.format = InputFormat::kText;
  article.input = std::move(text);
  const std::string_view input = article.input;

  size_t body_begin = 0;
  if (detect_title) {
    std::vector<Line> lines = SplitLines(input);
    if (lines.size() >= 2) {
      std::string_view first =
          input.substr(lines[0].range.begin, lines[0].range.size());
      bool separated = lines[1].blank_before || !text::LooksHardWrapped(input);
      // A stamp or share bar on top is not the title.
      if (separated && LooksLikeHeading(first, kMaxTitleWords) &&
          !IsFurnitureLine(first)) {
        article.title = std::string(first);
        body_begin = lines[0].range.end;
      }
    }
  }

  std::vector<ByteRange> paragraphs =
      text::SplitParagraphs(input.substr(body_begin));
  for (ByteRange& range : paragraphs) {
    range.begin += body_begin;
    range.end += body_begin;
  }
  article.blocks =
      ClassifyBodyLines(input, paragraphs, /*detect_embeds=*/false);
  FillFurnitureMetadata(&article);
  return article;
}

}  // namespace khulasa::article
