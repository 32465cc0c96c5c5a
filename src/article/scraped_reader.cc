#include "src/article/scraped_reader.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/article/body_blocks.h"
#include "src/article/line_classifier.h"
#include "src/article/lines.h"

namespace khulasa::article {
namespace {

// The site's bullet marker: "- " (also "• ", U+2022).
constexpr std::string_view kBulletMarkers[] = {"- ", "\u2022 "};

// Length of the bullet marker `line` starts with, or 0.
size_t BulletMarkerSize(std::string_view line) {
  for (std::string_view marker : kBulletMarkers) {
    if (line.substr(0, marker.size()) == marker) return marker.size();
  }
  return 0;
}

}  // namespace

Article ReadScraped(std::string text) {
  Article article;
  article.format = InputFormat::kScraped;
  article.input = std::move(text);
  const std::string_view input = article.input;
  std::vector<Line> lines = SplitLines(input);
  auto line_text = [&](size_t i) {
    return input.substr(lines[i].range.begin, lines[i].range.size());
  };

  size_t i = 0;
  if (i < lines.size() &&
      ParseHeaderLine(line_text(i), &article.date, &article.section)) {
    ++i;
  }
  while (i < lines.size() && IsButtonLabel(line_text(i))) ++i;
  if (i < lines.size() && BulletMarkerSize(line_text(i)) == 0) {
    article.title = std::string(line_text(i));
    ++i;
  }

  std::vector<ByteRange> body;
  for (; i < lines.size(); ++i) {
    std::string_view line = line_text(i);
    if (IsButtonLabel(line)) continue;
    size_t marker = BulletMarkerSize(line);
    if (marker > 0 && body.empty()) {
      ByteRange bullet = TrimRange(
          input, ByteRange{lines[i].range.begin + marker, lines[i].range.end});
      if (!bullet.empty()) {
        article.site_summary.emplace_back(
            input.substr(bullet.begin, bullet.size()));
      }
      continue;
    }
    body.push_back(lines[i].range);
  }
  article.blocks = ClassifyBodyLines(input, body, /*detect_embeds=*/true);
  FillFurnitureMetadata(&article);
  return article;
}

}  // namespace khulasa::article
