// `khulasa eval extract --data DIR [--peer FILE] [--predictions OUT]
// [--pages] [--languages] [--types] [--sites] [--exclude-sites A,B]`: runs
// the HTML reader over the extraction sets in DIR (one set folder with a
// ground-truth.json, or a folder of such sets) and prints body shingle P/R/F1
// (the ScrapingHub metric), segment matches, fundus section matches, and
// title and date accuracy where annotated, optionally broken down by
// language, page type and site. --peer scores a stored prediction file
// ({id: {"articleBody": ...}}) instead.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_format.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "src/article/furniture.h"
#include "src/article/html_date.h"
#include "src/article/html_reader.h"
#include "src/eval/extraction_score.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/gzip_input.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

struct EvalExtractFlags {
  std::string data;
  std::string peer;
  std::string predictions;
  bool pages = false;
  bool languages = false;
  bool types = false;
  bool sites = false;
  std::string exclude_sites;  // comma-separated, as --sites names them
};

struct Prediction {
  std::string body;
  std::string title;
  std::string date;
  std::vector<std::string> subheadings;
  std::string language;        // the page's <html lang>, primary subtag
  std::string page_type;       // what the page declares (HtmlMetadata)
  size_t furniture_lines = 0;  // blocks the furniture rules would take
  std::string error;
};

std::string Str(const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::vector<std::string> Strings(const Json& value) {
  std::vector<std::string> out;
  if (!value.is_array()) return out;
  for (const Json& v : value) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

absl::StatusOr<Json> LoadJson(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadInput(path, 512u << 20);
  if (!bytes.ok()) return bytes.status();
  Json j = Json::parse(*bytes, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return absl::DataLossError("cannot parse JSON file " + path);
  }
  if (j.is_object() && j.size() == 2 && j.contains("version") &&
      j.contains("output")) {
    return j["output"];
  }
  return j;
}

Prediction RunReader(const fs::path& file) {
  Prediction p;
  article::HtmlReadOptions options;
  options.fill_sentences = false;
  absl::StatusOr<std::string> bytes =
      ReadMaybeGzip(file.string(), options.max_input_bytes);
  if (!bytes.ok()) {
    p.error = std::string(bytes.status().message());
    return p;
  }
  absl::StatusOr<article::HtmlExtraction> page =
      article::ReadHtml(*bytes, options);
  if (!page.ok()) {
    p.error = std::string(page.status().message());
    return p;
  }
  p.body = page->article.input;
  p.title = page->article.title;
  p.date = page->article.date;
  for (const Block& b : page->article.blocks) {
    if (b.kind == BlockKind::kSubheading) p.subheadings.push_back(b.text);
    if (article::IsFurnitureLine(b.text) ||
        article::IsClosingFurnitureLine(b.text)) {
      ++p.furniture_lines;
    }
  }
  p.language = page->language.substr(0, page->language.find('-'));
  p.page_type = page->page_type;
  return p;
}

using ScoreGroups = std::map<std::string, std::vector<eval::PageShingleScore>>;

// One line per group: pages, body F1, P and R.
void AppendGroups(const char* title, const ScoreGroups& groups,
                  std::string* report) {
  *report += absl::StrFormat("  by %s (pages, body F1 P R):\n", title);
  for (const auto& [name, scores] : groups) {
    const eval::ShingleScore s = eval::CombinePageShingles(scores);
    *report += absl::StrFormat("    %-24s %4zu  %.4f %.4f %.4f\n", name,
                               s.pages, s.f1, s.precision, s.recall);
  }
}

// Each site counts once: P and R averaged over sites, F1 their harmonic
// mean, so a publisher with five pages weighs what a one-page one does.
void AppendSiteAverage(const ScoreGroups& sites, bool list,
                       std::string* report) {
  double precision = 0, recall = 0;
  std::vector<std::pair<double, std::string>> lines;
  for (const auto& [site, scores] : sites) {
    const eval::ShingleScore s = eval::CombinePageShingles(scores);
    precision += s.precision;
    recall += s.recall;
    lines.push_back(
        {s.f1, absl::StrFormat("    %-30s %3zu  %.4f %.4f %.4f", site, s.pages,
                               s.f1, s.precision, s.recall)});
  }
  const double n = static_cast<double>(sites.size());
  precision /= n;
  recall /= n;
  const double f1 = precision + recall > 0
                        ? 2 * precision * recall / (precision + recall)
                        : 0;
  *report += absl::StrFormat(
      "  by site, each site once: F1 %.4f  P %.4f  R %.4f  (%zu sites)\n", f1,
      precision, recall, sites.size());
  if (!list) return;
  std::sort(lines.begin(), lines.end());
  for (const auto& [f, line] : lines) *report += line + "\n";
}

// The site of a record: fundus's publisher, else its URL's host.
std::string SiteOf(const Json& record) {
  std::string site = Str(record, "publisher");
  if (site.empty()) site = eval::SiteOfUrl(Str(record, "url"));
  return site.empty() ? "?" : site;
}

// The page structure fundus annotates: a lead (summary) and subheadings.
std::string StructureOf(const Json& body) {
  const bool lead = !Strings(body.value("summary", Json())).empty();
  bool heads = false;
  for (const Json& section : body.value("sections", Json::array())) {
    if (!Strings(section.value("headline", Json())).empty()) heads = true;
  }
  return std::string(lead ? "lead" : "no lead") +
         (heads ? ", subheadings" : ", no subheadings");
}

std::string Pct(size_t good, size_t all) {
  if (all == 0) return "-";
  return absl::StrFormat("%zu/%zu (%.3f)", good, all,
                         static_cast<double>(good) / static_cast<double>(all));
}

// Scores one set folder; appends its predictions to *out_predictions.
absl::Status EvalSet(const fs::path& dir, const EvalExtractFlags& flags,
                     Json* out_predictions, std::string* report) {
  absl::StatusOr<Json> truth = LoadJson((dir / "ground-truth.json").string());
  if (!truth.ok()) return truth.status();
  if (!truth->is_object()) {
    return absl::DataLossError("ground-truth.json is not an object in " +
                               dir.string());
  }
  Json peer;
  if (!flags.peer.empty()) {
    absl::StatusOr<Json> loaded = LoadJson(flags.peer);
    if (!loaded.ok()) return loaded.status();
    peer = std::move(*loaded);
  }
  std::vector<eval::PageShingleScore> body_scores;
  eval::SegmentCounts segments;
  size_t titles = 0, titles_ok = 0, dates = 0, dates_ok = 0, errors = 0;
  size_t paras = 0, paras_ok = 0, heads = 0, heads_ok = 0, our_heads = 0,
         our_heads_ok = 0, furniture = 0, pages_read = 0;
  // Body scores by language: the set's language for the page
  // (group_default_language in fundus), else the page's <html lang>.
  ScoreGroups by_language, by_type, by_structure, by_site;
  std::vector<std::pair<double, std::string>> page_lines;
  std::vector<std::string> excluded;
  for (std::string_view rest = flags.exclude_sites; !rest.empty();) {
    const size_t comma = std::min(rest.find(','), rest.size());
    if (comma > 0) excluded.emplace_back(rest.substr(0, comma));
    rest.remove_prefix(std::min(comma + 1, rest.size()));
  }
  size_t pages_excluded = 0;
  for (auto it = truth->begin(); it != truth->end(); ++it) {
    const std::string& id = it.key();
    const Json& record = it.value();
    if (!record.is_object()) continue;
    const std::string site = SiteOf(record);
    if (std::find(excluded.begin(), excluded.end(), site) != excluded.end()) {
      ++pages_excluded;
      continue;
    }
    Prediction p;
    if (!flags.peer.empty()) {
      const auto found = peer.find(id);
      if (found != peer.end() && found->is_object()) {
        p.body = Str(*found, "articleBody");
        p.title = Str(*found, "title");
        p.date = article::NormalizeHtmlDate(Str(*found, "publishedTime"));
      }
    } else {
      std::string rel = Str(record, "html");
      if (rel.empty()) rel = "html/" + id + ".html.gz";
      p = RunReader(dir / rel);
      if (!p.error.empty()) ++errors;
      furniture += p.furniture_lines;
      ++pages_read;
    }
    if (out_predictions != nullptr) {
      (*out_predictions)[id] = {
          {"articleBody", p.body}, {"title", p.title}, {"date", p.date}};
    }
    const std::string kind = Str(record, "gt_kind");
    const std::string body = Str(record, "articleBody");
    if (!body.empty() && (kind.empty() || kind == "full-body")) {
      const eval::PageShingleScore s = eval::ScorePageShingles(body, p.body);
      body_scores.push_back(s);
      std::string language = Str(record, "group_default_language");
      if (language.empty()) language = p.language;
      by_language[language.empty() ? "?" : language].push_back(s);
      by_type[p.page_type.empty() ? "none" : p.page_type].push_back(s);
      by_site[site].push_back(s);
      const auto structure = record.find("body");
      if (structure != record.end() && structure->is_object()) {
        by_structure[StructureOf(*structure)].push_back(s);
      }
      const double pr = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
      const double rc = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
      const double f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
      page_lines.push_back(
          {f,
           absl::StrFormat("  %-70s F1 %.3f P %.3f R %.3f%s%s", id, f, pr, rc,
                           p.error.empty() ? "" : "  error: ", p.error)});
    }
    if (record.contains("with") || record.contains("without")) {
      segments.Add(eval::ScoreSegments(Strings(record.value("with", Json())),
                                       Strings(record.value("without", Json())),
                                       p.body));
    }
    const std::string title = Str(record, "title");
    if (!title.empty()) {
      ++titles;
      if (eval::CollapseWhitespace(title) ==
          eval::CollapseWhitespace(p.title)) {
        ++titles_ok;
      }
    }
    const std::string date = Str(record, "publishing_date");
    if (date.size() >= 10) {
      ++dates;
      if (p.date == date.substr(0, 10)) ++dates_ok;
    }
    const auto body_it = record.find("body");
    if (body_it != record.end() && body_it->is_object()) {
      const std::string ours = eval::CollapseWhitespace(p.body);
      std::vector<std::string> truth_heads;
      std::vector<std::string> truth_paras =
          Strings(body_it->value("summary", Json()));
      const Json sections = body_it->value("sections", Json::array());
      for (const Json& section : sections) {
        for (const std::string& h :
             Strings(section.value("headline", Json()))) {
          truth_heads.push_back(eval::CollapseWhitespace(h));
        }
        for (const std::string& para :
             Strings(section.value("paragraphs", Json()))) {
          truth_paras.push_back(para);
        }
      }
      for (const std::string& para : truth_paras) {
        const std::string c = eval::CollapseWhitespace(para);
        if (c.empty()) continue;
        ++paras;
        if (ours.find(c) != std::string::npos) ++paras_ok;
      }
      for (const std::string& h : truth_heads) {
        if (h.empty()) continue;
        ++heads;
        for (const std::string& mine : p.subheadings) {
          if (eval::CollapseWhitespace(mine) == h) {
            ++heads_ok;
            break;
          }
        }
      }
      for (const std::string& mine : p.subheadings) {
        ++our_heads;
        if (std::find(truth_heads.begin(), truth_heads.end(),
                      eval::CollapseWhitespace(mine)) != truth_heads.end()) {
          ++our_heads_ok;
        }
      }
    }
  }
  std::string& r = *report;
  r += absl::StrFormat(
      "set %s (%zu pages%s%s)\n", dir.filename().string(),
      truth->size() - pages_excluded,
      pages_excluded > 0
          ? absl::StrFormat(", %zu of excluded sites left out", pages_excluded)
          : "",
      flags.peer.empty()
          ? absl::StrFormat(", %zu reader errors", errors)
          : ", peer " + fs::path(flags.peer).filename().string());
  if (!body_scores.empty()) {
    const eval::ShingleScore s = eval::CombinePageShingles(body_scores);
    r += absl::StrFormat(
        "  body shingles: F1 %.4f  P %.4f  R %.4f  exact %.3f  (%zu pages)\n",
        s.f1, s.precision, s.recall, s.accuracy, s.pages);
  }
  if (segments.tp + segments.fn + segments.fp + segments.tn > 0) {
    r += absl::StrFormat(
        "  segments: P %.3f R %.3f F1 %.3f acc %.3f (with %zu/%zu found, "
        "without %zu/%zu leaked)\n",
        segments.precision(), segments.recall(), segments.f1(),
        segments.accuracy(), segments.tp, segments.tp + segments.fn,
        segments.fp, segments.fp + segments.tn);
  }
  if (paras > 0) {
    r += "  paragraphs found: " + Pct(paras_ok, paras) + "\n";
    r += "  subheadings found: " + Pct(heads_ok, heads) +
         "; ours that are true: " + Pct(our_heads_ok, our_heads) + "\n";
  }
  if (pages_read > 0) {
    r +=
        absl::StrFormat("  furniture lines left in the text: %zu\n", furniture);
  }
  if (flags.languages && !by_language.empty()) {
    AppendGroups("language", by_language, &r);
  }
  if (flags.types && !by_type.empty()) {
    AppendGroups("declared page type", by_type, &r);
    if (!by_structure.empty()) {
      AppendGroups("annotated structure", by_structure, &r);
    }
  }
  if (flags.sites && !by_site.empty()) {
    AppendSiteAverage(by_site, flags.pages, &r);
  }
  if (titles > 0) r += "  title exact: " + Pct(titles_ok, titles) + "\n";
  if (dates > 0) r += "  date exact: " + Pct(dates_ok, dates) + "\n";
  if (flags.pages) {
    std::sort(page_lines.begin(), page_lines.end());
    for (const auto& [f, line] : page_lines) r += line + "\n";
  }
  return absl::OkStatus();
}

int RunEvalExtract(const EvalExtractFlags& flags) {
  const fs::path root(flags.data);
  std::vector<fs::path> sets;
  std::error_code ec;
  if (fs::exists(root / "ground-truth.json", ec)) {
    sets.push_back(root);
  } else if (fs::is_directory(root, ec)) {
    for (const auto& entry : fs::directory_iterator(root, ec)) {
      if (fs::exists(entry.path() / "ground-truth.json", ec)) {
        sets.push_back(entry.path());
      }
    }
    std::sort(sets.begin(), sets.end());
  }
  if (sets.empty()) {
    return ReportError(absl::NotFoundError(
        "no ground-truth.json in " + flags.data +
        " or its subfolders; pass a folder of ../shared/data/extraction"));
  }
  Json predictions = Json::object();
  std::string report;
  for (const fs::path& set : sets) {
    const absl::Status s =
        EvalSet(set, flags, flags.predictions.empty() ? nullptr : &predictions,
                &report);
    if (!s.ok()) return ReportError(s);
  }
  if (!flags.predictions.empty()) {
    const absl::Status w = WriteOutput(
        flags.predictions,
        predictions.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (!w.ok()) return ReportError(w);
  }
  const absl::Status w = WriteOutput("-", report);
  if (!w.ok()) return ReportError(w);
  return kExitOk;
}

}  // namespace

Command AddEvalExtractCommand(CLI::App& parent) {
  auto flags = std::make_shared<EvalExtractFlags>();
  CLI::App* cmd = parent.add_subcommand(
      "extract", "score the HTML reader on ../shared/data/extraction sets");
  cmd->add_option("--data", flags->data,
                  "a set folder (with ground-truth.json) or a folder of sets")
      ->required();
  cmd->add_option("--peer", flags->peer,
                  "score this stored prediction file instead of the reader");
  cmd->add_option("--predictions", flags->predictions,
                  "write our predictions as {id: {articleBody, title, date}}");
  cmd->add_flag("--pages", flags->pages, "list per-page body scores");
  cmd->add_flag("--languages", flags->languages,
                "body scores by language (the set's, else the page's lang)");
  cmd->add_flag("--types", flags->types,
                "body scores by the page type the page declares (JSON-LD "
                "@type, og:type) and by fundus's annotated structure");
  cmd->add_flag("--sites", flags->sites,
                "body score with each site counted once (fundus publisher, "
                "else URL host); with --pages, one line per site");
  cmd->add_option("--exclude-sites", flags->exclude_sites,
                  "leave these sites' pages out of every figure "
                  "(comma-separated, as --sites --pages names them)");
  return {cmd, [flags] { return RunEvalExtract(*flags); }};
}

}  // namespace khulasa::cli
