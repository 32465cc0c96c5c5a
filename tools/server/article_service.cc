#include "tools/server/article_service.h"

#include <optional>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

#include "khulasa/article.h"
#include "src/base/status_macros.h"
#include "tools/khulasa/url_fetch.h"
#include "tools/server/article_json.h"
#include "tools/server/content_id.h"
#include "tools/server/http_error.h"

namespace khulasa::server {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

absl::Status UnknownArticle(std::string_view id) {
  return absl::NotFoundError(
      absl::StrCat("no article with id \"", std::string(id.substr(0, 40)),
                   "\"; POST it to /v1/summarize first"));
}

// The article fields the summarize answer repeats.
struct AnswerHead {
  std::string title, date, section, url, dateline, lang;
  std::vector<std::string> authors, site_summary;
};

AnswerHead HeadOf(const Article& article) {
  return AnswerHead{article.title,   article.date,        article.section,
                    article.url,     article.dateline,    article.lang,
                    article.authors, article.site_summary};
}

// The answer to POST /v1/summarize: "id" and "cached", then the object
// `khulasa summarize --format json` prints for the article (docs/schema.md:
// same members, same order, sources as {"begin", "end"}), then
// "model_version".
std::string SummarizeAnswer(std::string_view id, bool cached,
                            const AnswerHead& head, OrderedJson bullets,
                            std::string_view note,
                            std::string_view model_version) {
  OrderedJson answer;
  answer["id"] = std::string(id);
  answer["cached"] = cached;
  answer["title"] = head.title;
  answer["date"] = head.date;
  answer["section"] = head.section;
  if (!head.url.empty()) answer["url"] = head.url;
  answer["authors"] = head.authors;
  answer["dateline"] = head.dateline;
  answer["lang"] = head.lang;
  answer["bullets"] = std::move(bullets);
  if (!note.empty()) answer["note"] = std::string(note);
  if (!head.site_summary.empty()) answer["site_summary"] = head.site_summary;
  answer["model_version"] = std::string(model_version);
  return answer.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

OrderedJson SourceJson(size_t begin, size_t end) {
  OrderedJson source;
  source["begin"] = begin;
  source["end"] = end;
  return source;
}

OrderedJson BulletsJson(const SummaryResult& summary) {
  OrderedJson bullets = OrderedJson::array();
  for (const SummaryBullet& bullet : summary.bullets) {
    OrderedJson sources = OrderedJson::array();
    for (const ByteRange& source : bullet.sources) {
      sources.push_back(SourceJson(source.begin, source.end));
    }
    OrderedJson item;
    item["text"] = bullet.text;
    item["sources"] = std::move(sources);
    bullets.push_back(std::move(item));
  }
  return bullets;
}

// Stored bullets ({"text", "sources": [[b, e], ...]}) in the answer's shape.
OrderedJson StoredBulletsJson(const Json& stored) {
  OrderedJson bullets = OrderedJson::array();
  if (!stored.is_array()) return bullets;
  for (const Json& bullet : stored) {
    OrderedJson sources = OrderedJson::array();
    for (const Json& range : bullet.value("sources", Json::array())) {
      if (range.is_array() && range.size() == 2 &&
          range[0].is_number_unsigned() && range[1].is_number_unsigned()) {
        sources.push_back(
            SourceJson(range[0].get<size_t>(), range[1].get<size_t>()));
      }
    }
    OrderedJson item;
    item["text"] = bullet.value("text", "");
    item["sources"] = std::move(sources);
    bullets.push_back(std::move(item));
  }
  return bullets;
}

Json ParseStored(std::string_view text) {
  return Json::parse(text, nullptr, /*allow_exceptions=*/false);
}

// A stored summary record ({"bullets", "model_version", "note"?}) with its
// bullets in the answer's shape; "null" when the record is damaged.
std::string SummaryAnswerJson(std::string_view stored_text) {
  const Json stored = ParseStored(stored_text);
  if (!stored.is_object()) return "null";
  OrderedJson out;
  out["bullets"] = StoredBulletsJson(stored.value("bullets", Json::array()));
  out["model_version"] = stored.value("model_version", "");
  if (stored.contains("note") && stored["note"].is_string()) {
    out["note"] = stored["note"];
  }
  return out.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

}  // namespace

std::string SummaryOptionsKey(int bullets) {
  return absl::StrCat("bullets=", bullets);
}

absl::StatusOr<cli::FetchedPage> ArticleService::Fetch(
    std::string_view url) const {
  if (!options_.allow_fetch) {
    return WithHttpStatus(
        absl::PermissionDeniedError(
            "this server does not fetch URLs (start it with --allow-fetch); "
            "send the page itself as text or html"),
        403);
  }
  cli::FetchOptions fetch;
  fetch.max_bytes = options_.max_body_bytes;
  fetch.allow_private_addresses = options_.allow_private_fetch;
  absl::StatusOr<cli::FetchedPage> page = cli::FetchUrl(url, fetch);
  if (!page.ok() && absl::IsPermissionDenied(page.status())) {
    return WithHttpStatus(page.status(), 403);
  }
  if (!page.ok() &&
      (absl::IsUnavailable(page.status()) || absl::IsNotFound(page.status()) ||
       absl::IsDeadlineExceeded(page.status()))) {
    // The page, not this server, failed: 502 names the upstream.
    return WithHttpStatus(page.status(), 502, "FETCH_FAILED");
  }
  return page;
}

absl::StatusOr<std::string> ArticleService::Summarize(
    const SummarizeRequest& request) {
  const std::string id = ContentId({InputFormatName(request.format),
                                    request.title, request.url, request.body});
  const std::string options_key = SummaryOptionsKey(request.bullets);
  const std::string model_version = engine_->model_version();
  if (options_.summary_cache) {
    KHULASA_ASSIGN_OR_RETURN(
        std::optional<std::string> summary,
        store_->GetSummary(id, options_key, model_version));
    if (summary.has_value()) {
      KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> article,
                               store_->GetArticle(id));
      Json article_json = article.has_value() ? ParseStored(*article) : Json();
      Json summary_json = ParseStored(*summary);
      // A text that is not Arabic was stored because someone forced it; a
      // request without force is refused below, as on a fresh read.
      const std::string lang =
          article_json.is_object() ? article_json.value("lang", "") : "";
      const bool refused = !request.force && !lang.empty() && lang != "ar";
      if (article_json.is_object() && summary_json.is_object() && !refused) {
        metrics_->RecordCache("summary", /*hit=*/true);
        AnswerHead head;
        head.title = article_json.value("title", "");
        head.date = article_json.value("date", "");
        head.section = article_json.value("section", "");
        head.url = article_json.value("url", "");
        head.dateline = article_json.value("dateline", "");
        head.lang = lang;
        const Json authors = article_json.value("authors", Json::array());
        const Json site = article_json.value("site_summary", Json::array());
        for (const Json& name : authors) {
          if (name.is_string()) head.authors.push_back(name.get<std::string>());
        }
        for (const Json& line : site) {
          if (line.is_string()) {
            head.site_summary.push_back(line.get<std::string>());
          }
        }
        return SummarizeAnswer(
            id, /*cached=*/true, head,
            StoredBulletsJson(summary_json.value("bullets", Json::array())),
            summary_json.value("note", ""), model_version);
      }
      // A damaged record is recomputed and overwritten below.
    }
    metrics_->RecordCache("summary", /*hit=*/false);
  }

  ReadOptions read_options;
  read_options.format = request.format;
  read_options.max_input_bytes = options_.max_body_bytes;
  read_options.force = request.force;
  const std::string* body = &request.body;
  std::string fetched_url;
  cli::FetchedPage page;
  if (!request.fetch.empty()) {
    KHULASA_ASSIGN_OR_RETURN(page, Fetch(request.fetch));
    if (cli::IsHtml(page)) read_options.format = InputFormat::kHtml;
    read_options.charset = page.charset;
    fetched_url = page.url;
    body = &page.body;
  }
  absl::StatusOr<Article> read = ReadArticle(*body, read_options);
  if (!read.ok()) {
    // Well-formed input in a language we do not summarize: 422, not 400.
    if (!RefusedLanguage(read.status()).empty()) {
      return WithHttpStatus(read.status(), 422, "UNSUPPORTED_LANGUAGE");
    }
    return read.status();
  }
  Article article = *std::move(read);
  if (!request.title.empty()) article.title = request.title;
  if (!fetched_url.empty() && article.url.empty()) article.url = fetched_url;
  if (!request.url.empty()) article.url = request.url;
  if (options_.summary_cache) {
    // Stored before summarizing: the article is valid whatever the engine
    // says, and GET /v1/articles/{id} can show it meanwhile.
    KHULASA_RETURN_IF_ERROR(store_->PutArticle(id, ArticleToJson(article, id)));
  }
  KHULASA_ASSIGN_OR_RETURN(SummaryResult summary,
                           engine_->Summarize(article, request.bullets));
  if (options_.summary_cache) {
    KHULASA_RETURN_IF_ERROR(store_->PutSummary(
        id, options_key, model_version, SummaryToJson(summary, model_version)));
  }
  // Built from the objects at hand, not by re-reading the JSON just stored:
  // with the cache off this path is the whole per-request cost.
  return SummarizeAnswer(id, /*cached=*/false, HeadOf(article),
                         BulletsJson(summary), summary.note, model_version);
}

absl::StatusOr<std::string> ArticleService::GetArticle(std::string_view id,
                                                       int bullets) {
  if (!IsContentId(id)) return UnknownArticle(id);
  KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> article,
                           store_->GetArticle(id));
  if (!article.has_value()) return UnknownArticle(id);
  KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> summary,
                           store_->GetSummary(id, SummaryOptionsKey(bullets),
                                              engine_->model_version()));
  metrics_->RecordCache("summary", summary.has_value());
  // The article record was written by nlohmann::json (ArticleToJson), so it
  // is spliced in as it is: re-parsing a 15 KB article on every cached GET
  // would cost more than the rest of the request. The summary record is
  // small; its bullets are given in the schema's shape (sources as
  // {"begin", "end"}, as POST /v1/summarize and the CLI give them), not the
  // stored [[begin, end]] pairs.
  return absl::StrCat(
      "{\"id\":\"", std::string(id), "\",\"article\":", *article,
      ",\"summary\":",
      summary.has_value() ? SummaryAnswerJson(*summary) : std::string("null"),
      "}");
}

absl::StatusOr<SummaryResult> ArticleService::SummaryFor(std::string_view id,
                                                         int bullets) {
  const std::string options_key = SummaryOptionsKey(bullets);
  const std::string model_version = engine_->model_version();
  KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> stored,
                           store_->GetSummary(id, options_key, model_version));
  if (stored.has_value()) {
    absl::StatusOr<SummaryResult> summary = SummaryFromJson(*stored);
    if (summary.ok()) return summary;
  }
  KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> article_json,
                           store_->GetArticle(id));
  if (!article_json.has_value()) return UnknownArticle(id);
  KHULASA_ASSIGN_OR_RETURN(Article article, ArticleFromJson(*article_json));
  KHULASA_ASSIGN_OR_RETURN(SummaryResult summary,
                           engine_->Summarize(article, bullets));
  KHULASA_RETURN_IF_ERROR(store_->PutSummary(
      id, options_key, model_version, SummaryToJson(summary, model_version)));
  return summary;
}

absl::StatusOr<store::AudioRecord> ArticleService::GetSpeech(
    std::string_view id, AudioFormat format, int bullets, bool may_make) {
  if (!IsContentId(id)) return UnknownArticle(id);
  // Audio depends on the summary it speaks, so its key names the bullets
  // and the model version too: "ogg/bullets=3/<model>".
  const std::string audio_key =
      absl::StrCat(std::string(AudioFormatName(format)), "/",
                   SummaryOptionsKey(bullets), "/", engine_->model_version());
  KHULASA_ASSIGN_OR_RETURN(std::optional<store::AudioRecord> stored,
                           store_->GetAudio(id, audio_key));
  metrics_->RecordCache("audio", stored.has_value());
  if (stored.has_value()) return *std::move(stored);
  if (!may_make) {
    // Checked after the lookup so that an unknown id is still a 404, and
    // stored audio stays readable without a key (the page's <audio>
    // element cannot send one).
    KHULASA_ASSIGN_OR_RETURN(std::optional<std::string> article,
                             store_->GetArticle(id));
    if (!article.has_value()) return UnknownArticle(id);
    return absl::UnauthenticatedError(
        "this spoken summary is not made yet and making it needs the API "
        "key: send \"Authorization: Bearer KEY\" or \"X-API-Key: KEY\"");
  }
  KHULASA_ASSIGN_OR_RETURN(SummaryResult summary, SummaryFor(id, bullets));
  KHULASA_ASSIGN_OR_RETURN(SpokenSummary speech,
                           engine_->Speak(summary, format));
  store::AudioRecord record{std::move(speech.audio),
                            std::move(speech.marks_json)};
  KHULASA_RETURN_IF_ERROR(store_->PutAudio(id, audio_key, record));
  return record;
}

}  // namespace khulasa::server
