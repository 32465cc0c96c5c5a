#include "tools/batch/bullets_json.h"

#include <utility>

namespace khulasa::batch {

nlohmann::ordered_json BulletsToJson(const Summary& summary) {
  using Json = nlohmann::ordered_json;
  Json bullets = Json::array();
  for (const Bullet& bullet : summary.bullets) {
    Json item;
    item["text"] = bullet.text;
    Json sources = Json::array();
    for (const ByteRange& range : bullet.sources) {
      sources.push_back({{"begin", range.begin}, {"end", range.end}});
    }
    item["sources"] = std::move(sources);
    bullets.push_back(std::move(item));
  }
  return bullets;
}

void AddSummaryJson(const SummarizedArticle& result,
                    nlohmann::ordered_json* out) {
  const Article& article = result.article;
  (*out)["title"] = article.title;
  (*out)["date"] = article.date;
  (*out)["section"] = article.section;
  if (!article.url.empty()) (*out)["url"] = article.url;
  (*out)["authors"] = article.authors;
  (*out)["dateline"] = article.dateline;
  (*out)["lang"] = article.lang;
  (*out)["bullets"] = BulletsToJson(result.summary);
  if (!result.summary.note.empty()) (*out)["note"] = result.summary.note;
  if (!article.site_summary.empty()) {
    (*out)["site_summary"] = article.site_summary;
  }
}

}  // namespace khulasa::batch
