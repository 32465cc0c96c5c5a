#include "tools/server/article_json.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

namespace khulasa::server {
namespace {

using Json = nlohmann::json;

Json RangeToJson(const ByteRange& range) {
  return Json::array({range.begin, range.end});
}

// Dumps with invalid UTF-8 replaced: engine strings are valid UTF-8 by
// contract, but a response must never throw half-way.
std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool ReadRange(const Json& json, size_t limit, ByteRange* range) {
  if (!json.is_array() || json.size() != 2 || !json[0].is_number_unsigned() ||
      !json[1].is_number_unsigned()) {
    return false;
  }
  range->begin = json[0].get<size_t>();
  range->end = json[1].get<size_t>();
  return range->begin <= range->end && range->end <= limit;
}

absl::Status Corrupt(std::string_view what) {
  return absl::DataLossError(
      absl::StrCat("stored record is corrupt: ", std::string(what)));
}

}  // namespace

std::string ArticleToJson(const Article& article, std::string_view id) {
  Json blocks = Json::array();
  for (const Block& block : article.blocks) {
    Json sentences = Json::array();
    for (const ByteRange& sentence : block.sentences) {
      sentences.push_back(RangeToJson(sentence));
    }
    blocks.push_back({{"kind", std::string(BlockKindName(block.kind))},
                      {"text", block.text},
                      {"range", RangeToJson(block.range)},
                      {"sentences", std::move(sentences)}});
  }
  Json json = {{"id", std::string(id)},
               {"format", std::string(InputFormatName(article.format))},
               {"date", article.date},
               {"section", article.section},
               {"title", article.title},
               {"url", article.url},
               {"lang", article.lang},
               {"authors", article.authors},
               {"dateline", article.dateline},
               {"site_summary", article.site_summary},
               {"blocks", std::move(blocks)},
               {"input", article.input}};
  return Dump(json);
}

absl::StatusOr<Article> ArticleFromJson(std::string_view text) {
  Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return Corrupt("article is not a JSON object");
  Article article;
  try {
    article.date = json.at("date").get<std::string>();
    article.section = json.at("section").get<std::string>();
    article.title = json.at("title").get<std::string>();
    article.url = json.at("url").get<std::string>();
    article.site_summary =
        json.at("site_summary").get<std::vector<std::string>>();
    article.input = json.at("input").get<std::string>();
    // Records stored before articles had a language, authors or a dateline
    // have none.
    article.lang = json.value("lang", "");
    article.dateline = json.value("dateline", "");
    if (const auto it = json.find("authors");
        it != json.end() && it->is_array()) {
      article.authors = it->get<std::vector<std::string>>();
    }
    if (!ParseInputFormat(json.at("format").get<std::string>(),
                          &article.format)) {
      return Corrupt("unknown article format");
    }
    for (const Json& item : json.at("blocks")) {
      Block block;
      std::string kind = item.at("kind").get<std::string>();
      if (kind == BlockKindName(BlockKind::kParagraph)) {
        block.kind = BlockKind::kParagraph;
      } else if (kind == BlockKindName(BlockKind::kSubheading)) {
        block.kind = BlockKind::kSubheading;
      } else if (kind == BlockKindName(BlockKind::kEmbed)) {
        block.kind = BlockKind::kEmbed;
      } else {
        return Corrupt("unknown block kind");
      }
      block.text = item.at("text").get<std::string>();
      if (!ReadRange(item.at("range"), article.input.size(), &block.range)) {
        return Corrupt("block range outside the input");
      }
      for (const Json& sentence : item.at("sentences")) {
        ByteRange range;
        if (!ReadRange(sentence, article.input.size(), &range)) {
          return Corrupt("sentence range outside the input");
        }
        block.sentences.push_back(range);
      }
      article.blocks.push_back(std::move(block));
    }
  } catch (const Json::exception& e) {
    // A missing field or a field of the wrong type.
    return Corrupt(e.what());
  }
  return article;
}

std::string SummaryToJson(const SummaryResult& summary,
                          std::string_view model_version) {
  Json bullets = Json::array();
  for (const SummaryBullet& bullet : summary.bullets) {
    Json sources = Json::array();
    for (const ByteRange& source : bullet.sources) {
      sources.push_back(RangeToJson(source));
    }
    bullets.push_back({{"text", bullet.text}, {"sources", std::move(sources)}});
  }
  Json out = {{"bullets", std::move(bullets)},
              {"model_version", std::string(model_version)}};
  if (!summary.note.empty()) out["note"] = summary.note;
  return Dump(out);
}

absl::StatusOr<SummaryResult> SummaryFromJson(std::string_view text) {
  Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return Corrupt("summary is not a JSON object");
  SummaryResult summary;
  try {
    for (const Json& item : json.at("bullets")) {
      SummaryBullet bullet;
      bullet.text = item.at("text").get<std::string>();
      for (const Json& source : item.at("sources")) {
        ByteRange range;
        if (!ReadRange(source, SIZE_MAX, &range)) {
          return Corrupt("bad bullet source range");
        }
        bullet.sources.push_back(range);
      }
      summary.bullets.push_back(std::move(bullet));
    }
    if (json.contains("note"))
      summary.note = json.at("note").get<std::string>();
  } catch (const Json::exception& e) {
    return Corrupt(e.what());
  }
  return summary;
}

}  // namespace khulasa::server
