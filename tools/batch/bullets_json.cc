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

}  // namespace khulasa::batch
