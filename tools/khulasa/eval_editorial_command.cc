// `khulasa eval editorial --data SET [--bullets N] [--examples K] [--json]
// [--fold all|even|odd] [--max-rate DEFECT=PCT ...]`: summarizes every
// article of SET with the public Engine and default options (what
// `khulasa summarize` prints) and counts the editorial defects of the
// bullets and of each summary (src/eval/editorial_defects.h), with examples.
// SET is a JSONL file ({"id", "text", "title"?} per line: EASC, ARGEn) or a
// folder of HTML pages (*.html, *.html.gz). --max-rate makes the run a
// regression bound: exit 1 when a measured rate is above its bound.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/summary.h"
#include "src/eval/editorial_defects.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/gzip_input.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;
using eval::EditorialDefect;

constexpr size_t kMaxSetFileBytes = size_t{256} << 20;
constexpr size_t kMaxPageBytes = size_t{64} << 20;
constexpr std::string_view kAny = "any";

struct EvalEditorialFlags {
  std::string data;
  int bullets = 3;
  int examples = 3;
  bool json = false;
  std::string fold = "all";
  std::vector<std::string> max_rates;
};

struct Record {
  std::string id;
  std::string bytes;
  InputFormat format = InputFormat::kAuto;
};

// JSONL records are plain article text (read as kText, like `eval
// summary`); pages are read as `khulasa summarize PAGE` reads them.
absl::StatusOr<std::vector<Record>> LoadSet(const std::string& path) {
  std::vector<Record> records;
  std::error_code error;
  if (fs::is_directory(path, error)) {
    std::vector<fs::path> pages;
    for (const fs::directory_entry& entry : fs::directory_iterator(path)) {
      const std::string name = entry.path().filename().string();
      if (name.ends_with(".html") || name.ends_with(".html.gz")) {
        pages.push_back(entry.path());
      }
    }
    std::sort(pages.begin(), pages.end());
    for (const fs::path& page : pages) {
      absl::StatusOr<std::string> bytes =
          ReadMaybeGzip(page.string(), kMaxPageBytes);
      if (!bytes.ok()) return bytes.status();
      records.push_back(
          {page.filename().string(), std::move(*bytes), InputFormat::kAuto});
    }
    if (records.empty()) {
      return absl::InvalidArgumentError(
          path + ": no *.html or *.html.gz pages in this folder");
    }
    return records;
  }
  absl::StatusOr<std::string> data = ReadInput(path, kMaxSetFileBytes);
  if (!data.ok()) return data.status();
  size_t line_number = 0;
  size_t begin = 0;
  while (begin < data->size()) {
    size_t end = data->find('\n', begin);
    if (end == std::string::npos) end = data->size();
    const std::string_view line =
        std::string_view(*data).substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id") ||
        !j["id"].is_string() || !j.contains("text") || !j["text"].is_string()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", line_number,
          ": expected a JSON object with string \"id\" and \"text\""));
    }
    records.push_back({j["id"].get<std::string>(), j["text"].get<std::string>(),
                       InputFormat::kText});
  }
  if (records.empty()) {
    return absl::InvalidArgumentError(path + ": no records");
  }
  return records;
}

struct Example {
  std::string id;
  std::string text;
};

struct Tally {
  size_t articles = 0;
  size_t bullets = 0;
  size_t articles_5plus = 0;  // with >= 5 body sentences
  size_t bullets_with_any = 0;
  size_t articles_with_any = 0;
  std::array<size_t, eval::kEditorialDefectCount> counts{};
  std::array<std::vector<Example>, eval::kEditorialDefectCount> examples;
  std::vector<int> words;
  std::vector<std::pair<std::string, std::string>> skipped;  // id, error
};

size_t Index(EditorialDefect d) { return static_cast<size_t>(d); }

// The rate of `defect` in percent: of bullets for bullet defects, of
// articles for same_point, of articles with >= 5 body sentences for
// too_few_bullets.
double Rate(const Tally& t, EditorialDefect defect) {
  const size_t n = Index(defect);
  size_t denominator = t.bullets;
  if (defect == EditorialDefect::kSamePoint) denominator = t.articles;
  if (defect == EditorialDefect::kTooFewBullets) denominator = t.articles_5plus;
  return denominator == 0 ? 0.0
                          : 100.0 * static_cast<double>(t.counts[n]) /
                                static_cast<double>(denominator);
}

double AnyRate(const Tally& t) {
  return t.bullets == 0 ? 0.0
                        : 100.0 * static_cast<double>(t.bullets_with_any) /
                              static_cast<double>(t.bullets);
}

double ArticleAnyRate(const Tally& t) {
  return t.articles == 0 ? 0.0
                         : 100.0 * static_cast<double>(t.articles_with_any) /
                               static_cast<double>(t.articles);
}

double MeanWords(const Tally& t) {
  if (t.words.empty()) return 0;
  double sum = 0;
  for (int w : t.words) sum += w;
  return sum / static_cast<double>(t.words.size());
}

double MedianWords(const Tally& t) {
  if (t.words.empty()) return 0;
  std::vector<int> w = t.words;
  std::sort(w.begin(), w.end());
  const size_t m = w.size() / 2;
  return w.size() % 2 == 1 ? w[m] : (w[m - 1] + w[m]) / 2.0;
}

// The paragraph text before `offset` (in article.input), for the
// "starts right after an initial" rule.
std::string_view TextBefore(const Article& article, size_t offset) {
  for (const Block& block : article.blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    if (offset >= block.range.begin && offset <= block.range.end) {
      return std::string_view(article.input)
          .substr(block.range.begin, offset - block.range.begin);
    }
  }
  return {};
}

void Record1(Tally* t, EditorialDefect defect, const std::string& id,
             const std::string& text, int max_examples) {
  const size_t n = Index(defect);
  ++t->counts[n];
  if (static_cast<int>(t->examples[n].size()) < max_examples) {
    t->examples[n].push_back({id, text});
  }
}

void CountArticle(const std::string& id, const SummarizedArticle& result,
                  const EvalEditorialFlags& flags, Tally* t) {
  int sentences = 0;
  for (const Block& block : result.article.blocks) {
    if (block.kind == BlockKind::kParagraph) {
      sentences += static_cast<int>(block.sentences.size());
    }
  }
  ++t->articles;
  if (sentences >= 5) ++t->articles_5plus;
  std::vector<std::string> texts;
  bool article_any = false;
  for (const Bullet& bullet : result.summary.bullets) {
    texts.push_back(bullet.text);
    const std::string_view before =
        bullet.sources.empty()
            ? std::string_view()
            : TextBefore(result.article, bullet.sources.front().begin);
    const eval::DefectSet defects =
        eval::FindBulletDefects(bullet.text, before);
    ++t->bullets;
    t->words.push_back(eval::CountWords(bullet.text));
    if (!defects.empty()) {
      ++t->bullets_with_any;
      article_any = true;
    }
    for (EditorialDefect d : eval::kBulletDefects) {
      if (defects.Has(d)) Record1(t, d, id, bullet.text, flags.examples);
    }
  }
  const eval::SummaryDefects summary =
      eval::FindSummaryDefects(texts, sentences, flags.bullets);
  if (!summary.same_point_pairs.empty()) {
    const auto [i, j] = summary.same_point_pairs.front();
    Record1(t, EditorialDefect::kSamePoint, id,
            texts[static_cast<size_t>(i)] + "  ||  " +
                texts[static_cast<size_t>(j)],
            flags.examples);
    article_any = true;
  }
  if (summary.too_few_bullets) {
    Record1(t, EditorialDefect::kTooFewBullets, id,
            absl::StrCat(texts.size(), " bullets from ", sentences,
                         " body sentences"),
            flags.examples);
    article_any = true;
  }
  if (article_any) ++t->articles_with_any;
}

struct Bound {
  std::string name;  // a defect name or "any"
  double max_percent = 0;
};

absl::StatusOr<std::vector<Bound>> ParseBounds(
    const std::vector<std::string>& specs) {
  std::vector<Bound> bounds;
  for (const std::string& spec : specs) {
    const size_t eq = spec.find('=');
    Bound b;
    if (eq != std::string::npos) b.name = spec.substr(0, eq);
    if (eq == std::string::npos ||
        !absl::SimpleAtod(spec.substr(eq + 1), &b.max_percent) ||
        b.max_percent < 0 ||
        (b.name != kAny && !eval::ParseEditorialDefect(b.name))) {
      return absl::InvalidArgumentError(
          "bad --max-rate \"" + spec +
          "\"; write DEFECT=PERCENT with DEFECT one of any, furniture, "
          "dateline, according_to, leading_conjunction, leans_on_previous, "
          "too_long, fragment, question, multi_sentence, same_point, "
          "too_few_bullets");
    }
    bounds.push_back(b);
  }
  return bounds;
}

double MeasuredRate(const Tally& t, const std::string& name) {
  if (name == kAny) return AnyRate(t);
  return Rate(t, *eval::ParseEditorialDefect(name));
}

std::string TextReport(const EvalEditorialFlags& flags, const Tally& t) {
  std::string out = absl::StrFormat(
      "data: %s (fold %s, --bullets %d, default options)\n"
      "articles: %d summarized, %d skipped; %d bullets; %d articles with >= 5 "
      "body sentences\n"
      "words per bullet: mean %.1f, median %.1f\n"
      "%-22s %8s %8s\n",
      flags.data, flags.fold, flags.bullets, t.articles, t.skipped.size(),
      t.bullets, t.articles_5plus, MeanWords(t), MedianWords(t),
      "bullet defect", "bullets", "%");
  for (EditorialDefect d : eval::kBulletDefects) {
    absl::StrAppendFormat(&out, "%-22s %8d %8.2f\n",
                          eval::EditorialDefectName(d), t.counts[Index(d)],
                          Rate(t, d));
  }
  absl::StrAppendFormat(&out, "%-22s %8d %8.2f\n", "any", t.bullets_with_any,
                        AnyRate(t));
  absl::StrAppendFormat(&out,
                        "%-22s %8s %8s\n%-22s %8d %8.2f  (of %d articles)\n",
                        "summary defect", "articles", "%", "same_point",
                        t.counts[Index(EditorialDefect::kSamePoint)],
                        Rate(t, EditorialDefect::kSamePoint), t.articles);
  absl::StrAppendFormat(
      &out, "%-22s %8d %8.2f  (of %d articles with >= 5 sentences)\n",
      "too_few_bullets", t.counts[Index(EditorialDefect::kTooFewBullets)],
      Rate(t, EditorialDefect::kTooFewBullets), t.articles_5plus);
  absl::StrAppendFormat(&out, "%-22s %8d %8.2f\n", "articles with any",
                        t.articles_with_any, ArticleAnyRate(t));
  for (const auto& [id, error] : t.skipped) {
    absl::StrAppendFormat(&out, "skipped %s: %s\n", id, error);
  }
  if (flags.examples > 0) {
    absl::StrAppendFormat(&out, "examples (up to %d per defect):\n",
                          flags.examples);
    for (int i = 0; i < eval::kEditorialDefectCount; ++i) {
      const auto d = static_cast<EditorialDefect>(i);
      for (const Example& e : t.examples[Index(d)]) {
        absl::StrAppendFormat(&out, "[%s] %s: %s\n",
                              eval::EditorialDefectName(d), e.id, e.text);
      }
    }
  }
  return out;
}

std::string JsonReport(const EvalEditorialFlags& flags, const Tally& t) {
  Json rates = Json::object();
  Json counts = Json::object();
  Json examples = Json::object();
  for (int i = 0; i < eval::kEditorialDefectCount; ++i) {
    const auto d = static_cast<EditorialDefect>(i);
    const std::string name(eval::EditorialDefectName(d));
    rates[name] = std::round(Rate(t, d) * 1e4) / 1e4;
    counts[name] = t.counts[Index(d)];
    Json list = Json::array();
    for (const Example& e : t.examples[Index(d)]) {
      list.push_back({{"id", e.id}, {"text", e.text}});
    }
    examples[name] = list;
  }
  rates[std::string(kAny)] = std::round(AnyRate(t) * 1e4) / 1e4;
  counts[std::string(kAny)] = t.bullets_with_any;
  Json skipped = Json::array();
  for (const auto& [id, error] : t.skipped) {
    skipped.push_back({{"id", id}, {"error", error}});
  }
  Json out = {
      {"data", flags.data},
      {"fold", flags.fold},
      {"bullets_asked", flags.bullets},
      {"articles", t.articles},
      {"articles_5plus", t.articles_5plus},
      {"bullets", t.bullets},
      {"articles_with_any", t.articles_with_any},
      {"articles_with_any_rate", std::round(ArticleAnyRate(t) * 1e4) / 1e4},
      {"mean_words", std::round(MeanWords(t) * 100) / 100},
      {"median_words", MedianWords(t)},
      {"rates", rates},
      {"counts", counts},
      {"skipped", skipped},
      {"examples", examples}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

int Run(const EvalEditorialFlags& flags) {
  absl::StatusOr<std::vector<Bound>> bounds = ParseBounds(flags.max_rates);
  if (!bounds.ok()) {
    std::fprintf(stderr, "khulasa: %s\n",
                 std::string(bounds.status().message()).c_str());
    return kExitUsage;
  }
  absl::StatusOr<std::vector<Record>> records = LoadSet(flags.data);
  if (!records.ok()) return ReportError(records.status());
  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return ReportError(engine.status());
  SummaryOptions options;  // defaults, as `khulasa summarize` uses them
  options.bullets = flags.bullets;
  Tally tally;
  for (size_t i = 0; i < records->size(); ++i) {
    if (flags.fold == "even" && i % 2 != 0) continue;
    if (flags.fold == "odd" && i % 2 != 1) continue;
    const Record& record = (*records)[i];
    ReadOptions read;
    read.format = record.format;
    read.force = true;  // scores bullets, not the language gate
    absl::StatusOr<SummarizedArticle> result =
        (*engine)->Summarize(record.bytes, read, options);
    if (!result.ok()) {
      tally.skipped.emplace_back(record.id,
                                 std::string(result.status().message()));
      continue;
    }
    CountArticle(record.id, *result, flags, &tally);
  }
  absl::Status written = WriteOutput(
      "-", flags.json ? JsonReport(flags, tally) : TextReport(flags, tally));
  if (!written.ok()) return ReportError(written);
  std::string exceeded;
  for (const Bound& b : *bounds) {
    const double rate = MeasuredRate(tally, b.name);
    if (rate > b.max_percent) {
      absl::StrAppendFormat(&exceeded, "%s%s %.2f%% is above --max-rate %g%%",
                            exceeded.empty() ? "" : "; ", b.name, rate,
                            b.max_percent);
    }
  }
  if (!exceeded.empty()) {
    return ReportError(absl::FailedPreconditionError(
        flags.data + ": " + exceeded + " (regression bound)"));
  }
  return kExitOk;
}

}  // namespace

Command AddEvalEditorialCommand(CLI::App& parent) {
  auto flags = std::make_shared<EvalEditorialFlags>();
  CLI::App* app = parent.add_subcommand(
      "editorial",
      "count the editorial defects of khulasa's bullets (furniture, "
      "datelines, leading conjunctions, fragments, ...) on a data set");
  app->add_option("--data", flags->data,
                  "JSONL file ({\"id\", \"text\"} per line) or a folder of "
                  "*.html / *.html.gz pages")
      ->required();
  app->add_option("--bullets", flags->bullets, "bullets asked for (1-10)")
      ->check(CLI::Range(kMinBullets, kMaxBullets))
      ->capture_default_str();
  app->add_option("--examples", flags->examples, "examples printed per defect")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  app->add_flag("--json", flags->json, "print the counts as JSON");
  app->add_option("--fold", flags->fold,
                  "all records, or every other one (even: 0, 2, ...; odd: "
                  "1, 3, ...)")
      ->check(CLI::IsMember({"all", "even", "odd"}))
      ->capture_default_str();
  app->add_option("--max-rate", flags->max_rates,
                  "DEFECT=PERCENT (DEFECT a defect name or any): exit 1 when "
                  "the measured rate is above it; repeatable");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
