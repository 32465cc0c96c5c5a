// `khulasa eval summary --data FILE.jsonl [--bullets k] [--norm] [--stem]
// [--baseline lead|lead-rouge-ar | --pred PRED.jsonl] [--news-only] [--json]`:
// ROUGE-1/2/L and ROUGE-Lsum (precision, recall, F1; max and mean over
// references) of khulasa's summaries, of the Lead-k baseline or of saved
// predictions against a reference set such as
// ../shared/data/summarization/easc.jsonl, plus a 95% bootstrap interval for
// ROUGE-1 F1. Tokenization follows the XL-Sum multilingual scorer
// (src/eval/rouge_tokenizer.h); ROUGE-Lsum sees one sentence per line
// (src/eval/sentence_lines.h).
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "nlohmann/json.hpp"

#include "khulasa/article.h"
#include "src/eval/corpus_rouge.h"
#include "src/eval/rouge.h"
#include "src/eval/rouge_ar_sentences.h"
#include "src/eval/sentence_lines.h"
#include "src/eval/summary_dataset.h"
#include "src/text/sentence_splitter.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/summarize_for_eval.h"

namespace khulasa::cli {
namespace {

// Data and prediction files may be large (all of a data set): 256 MiB.
constexpr size_t kMaxEvalFileBytes = size_t{256} << 20;
constexpr int kMinBullets = 1;
constexpr int kMaxBullets = 10;

struct EvalSummaryFlags {
  std::string data;
  int bullets = 3;
  bool norm = false;
  bool stem = false;
  std::string baseline;  // "" or "lead"
  std::string pred;
  bool news_only = false;
  bool json = false;
};

// The first `bullets` body sentences of `text`, read as plain text by the
// article reader (hard-wrapped lines joined, title and subheadings skipped),
// one sentence per line. Records the reader refuses (no Arabic letters, say)
// fall back to text::SplitSentences over the raw text, counted in
// *fallbacks, so one odd record does not stop a whole evaluation.
std::string LeadSummary(const std::string& text, int bullets,
                        size_t* fallbacks) {
  ReadOptions options;
  options.format = InputFormat::kText;
  options.force = true;  // as SummarizeForEval: scores, not the language gate
  std::string summary;
  int taken = 0;
  auto add = [&](std::string_view input, ByteRange range) {
    if (taken > 0) summary += '\n';
    summary.append(input.substr(range.begin, range.size()));
    ++taken;
  };
  absl::StatusOr<Article> article = ReadArticle(text, options);
  if (!article.ok()) {
    ++*fallbacks;
    for (const ByteRange& range : text::SplitSentences(text)) {
      if (taken == bullets) break;
      add(text, range);
    }
    return summary;
  }
  for (const Block& block : article->blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    for (const ByteRange& range : block.sentences) {
      if (taken == bullets) return summary;
      add(article->input, range);
    }
  }
  return summary;
}

// Lead-k with rouge_ar.py's sentence rule, to reproduce the baselines in
// ../shared/data/summarization/README.md exactly.
std::string RougeArLeadSummary(const std::string& text, int bullets) {
  const std::vector<std::string> sentences = eval::RougeArSentences(text);
  std::string summary;
  for (size_t i = 0; i < sentences.size() && i < static_cast<size_t>(bullets);
       ++i) {
    if (i > 0) summary += '\n';
    summary += sentences[i];
  }
  return summary;
}

std::string SystemName(const EvalSummaryFlags& flags) {
  if (!flags.pred.empty()) return "predictions";
  if (flags.baseline == "lead") return absl::StrCat("lead-", flags.bullets);
  if (flags.baseline == "lead-rouge-ar") {
    return absl::StrCat("lead-", flags.bullets, " (rouge_ar.py sentences)");
  }
  return absl::StrCat("khulasa-", flags.bullets);
}

// The candidate summary of one record, for the system the flags select.
absl::StatusOr<std::string> Candidate(
    const EvalSummaryFlags& flags, const eval::SummaryRecord& record,
    const std::map<std::string, std::string>& predictions,
    size_t* lead_fallbacks) {
  if (!flags.pred.empty()) {
    auto it = predictions.find(record.id);
    if (it == predictions.end()) {
      return absl::InvalidArgumentError("no prediction for id \"" + record.id +
                                        "\" in " + flags.pred);
    }
    return it->second;
  }
  if (flags.baseline == "lead") {
    return LeadSummary(record.text, flags.bullets, lead_fallbacks);
  }
  if (flags.baseline == "lead-rouge-ar") {
    return RougeArLeadSummary(record.text, flags.bullets);
  }
  auto bullets = SummarizeForEval(record.text, flags.bullets);
  if (!bullets.ok()) return bullets.status();
  std::string summary;
  for (size_t i = 0; i < bullets->size(); ++i) {
    if (i > 0) summary += '\n';
    summary += (*bullets)[i];
  }
  return summary;
}

double Points(double fraction) {
  return std::round(fraction * 1e6) / 1e4;  // x100, 4 decimals
}

nlohmann::json ScoresJson(const eval::RougeScores& scores) {
  nlohmann::json out = nlohmann::json::object();
  for (eval::RougeMetric metric : eval::kAllRougeMetrics) {
    const eval::RougeScore& s = scores[metric];
    out[std::string(eval::RougeMetricName(metric))] = {
        {"precision", Points(s.precision)},
        {"recall", Points(s.recall)},
        {"f1", Points(s.f1)}};
  }
  return out;
}

std::string MetricLabel(eval::RougeMetric metric) {
  switch (metric) {
    case eval::RougeMetric::kRouge1:
      return "ROUGE-1";
    case eval::RougeMetric::kRouge2:
      return "ROUGE-2";
    case eval::RougeMetric::kRougeL:
      return "ROUGE-L";
    case eval::RougeMetric::kRougeLsum:
      return "ROUGE-Lsum";
  }
  return "?";
}

std::string OptionsText(const EvalSummaryFlags& flags) {
  std::string out;
  if (flags.norm) out += " --norm";
  if (flags.stem) out += " --stem";
  if (flags.news_only) out += " --news-only";
  return out.empty() ? " (none)" : out;
}

std::string Report(const EvalSummaryFlags& flags,
                   const eval::CorpusRouge& corpus,
                   const eval::BootstrapOptions& bootstrap,
                   size_t unmatched_predictions, size_t lead_fallbacks) {
  if (flags.json) {
    nlohmann::json out = {
        {"data", flags.data},
        {"system", SystemName(flags)},
        {"documents", corpus.documents},
        {"bullets", flags.bullets},
        {"norm", flags.norm},
        {"stem", flags.stem},
        {"news_only", flags.news_only},
        {"max_over_references", ScoresJson(corpus.mean.max)},
        {"mean_over_references", ScoresJson(corpus.mean.mean)},
        {"rouge1_f1_ci95",
         {{"max_over_references",
           {Points(corpus.rouge1_f1_max_interval.low),
            Points(corpus.rouge1_f1_max_interval.high)}},
          {"mean_over_references",
           {Points(corpus.rouge1_f1_mean_interval.low),
            Points(corpus.rouge1_f1_mean_interval.high)}},
          {"samples", bootstrap.samples},
          {"seed", bootstrap.seed}}}};
    if (!flags.pred.empty()) {
      out["unmatched_predictions"] = unmatched_predictions;
    }
    if (flags.baseline == "lead") out["lead_fallbacks"] = lead_fallbacks;
    return out.dump(2) + "\n";
  }
  std::string out = absl::StrFormat(
      "data: %s (%d documents)\nsystem: %s\noptions:%s\n"
      "scores x100, averaged over documents\n"
      "%-11s %24s   %24s\n%-11s %7s %7s %7s    %7s %7s %7s\n",
      flags.data, corpus.documents, SystemName(flags), OptionsText(flags), "",
      "max over references", "mean over references", "metric", "P", "R", "F1",
      "P", "R", "F1");
  for (eval::RougeMetric metric : eval::kAllRougeMetrics) {
    const eval::RougeScore& max = corpus.mean.max[metric];
    const eval::RougeScore& mean = corpus.mean.mean[metric];
    absl::StrAppendFormat(
        &out, "%-11s %7.2f %7.2f %7.2f    %7.2f %7.2f %7.2f\n",
        MetricLabel(metric), 100 * max.precision, 100 * max.recall,
        100 * max.f1, 100 * mean.precision, 100 * mean.recall, 100 * mean.f1);
  }
  absl::StrAppendFormat(
      &out,
      "ROUGE-1 F1 95%% CI (bootstrap over documents, %d samples, seed %d): "
      "max [%.2f, %.2f], mean [%.2f, %.2f]\n",
      bootstrap.samples, bootstrap.seed,
      100 * corpus.rouge1_f1_max_interval.low,
      100 * corpus.rouge1_f1_max_interval.high,
      100 * corpus.rouge1_f1_mean_interval.low,
      100 * corpus.rouge1_f1_mean_interval.high);
  if (!flags.pred.empty() && unmatched_predictions > 0) {
    absl::StrAppendFormat(&out,
                          "note: %d predictions have no record in the data "
                          "(ignored)\n",
                          unmatched_predictions);
  }
  if (lead_fallbacks > 0) {
    absl::StrAppendFormat(&out,
                          "note: %d records the article reader refused were "
                          "split with text::SplitSentences\n",
                          lead_fallbacks);
  }
  return out;
}

int Run(const EvalSummaryFlags& flags) {
  auto data = ReadInput(flags.data, kMaxEvalFileBytes);
  if (!data.ok()) return ReportError(data.status());
  auto records = eval::ParseSummaryDataset(*data);
  if (!records.ok()) {
    return ReportError(absl::Status(
        records.status().code(),
        flags.data + ": " + std::string(records.status().message())));
  }
  std::map<std::string, std::string> predictions;
  if (!flags.pred.empty()) {
    auto text = ReadInput(flags.pred, kMaxEvalFileBytes);
    if (!text.ok()) return ReportError(text.status());
    auto parsed = eval::ParsePredictions(*text);
    if (!parsed.ok()) {
      return ReportError(absl::Status(
          parsed.status().code(),
          flags.pred + ": " + std::string(parsed.status().message())));
    }
    for (eval::PredictedSummary& p : *parsed) {
      predictions.emplace(std::move(p.id), std::move(p.summary));
    }
  }

  const eval::RougeTokenizerOptions options{.normalize = flags.norm,
                                            .stem = flags.stem};
  std::vector<eval::MultiReferenceScores> per_document;
  size_t matched_predictions = 0;
  size_t lead_fallbacks = 0;
  for (const eval::SummaryRecord& record : *records) {
    if (flags.news_only && !record.is_news) continue;
    auto candidate = Candidate(flags, record, predictions, &lead_fallbacks);
    if (!candidate.ok()) {
      if (candidate.status().code() == absl::StatusCode::kUnimplemented) {
        return ReportError(candidate.status());
      }
      return ReportError(
          absl::Status(candidate.status().code(),
                       "record \"" + record.id +
                           "\": " + std::string(candidate.status().message())));
    }
    ++matched_predictions;
    const eval::RougeText candidate_text =
        eval::PrepareRougeText(eval::SentencePerLine(*candidate), options);
    std::vector<eval::RougeText> references;
    references.reserve(record.summaries.size());
    for (const std::string& summary : record.summaries) {
      references.push_back(
          eval::PrepareRougeText(eval::SentencePerLine(summary), options));
    }
    per_document.push_back(eval::ScoreRougeMulti(candidate_text, references));
  }
  if (per_document.empty()) {
    return ReportError(absl::InvalidArgumentError(
        flags.data +
        ": no news records (meta.is_news) to score; drop "
        "--news-only"));
  }
  const eval::BootstrapOptions bootstrap;
  const eval::CorpusRouge corpus =
      eval::SummarizeCorpus(per_document, bootstrap);
  const size_t unmatched =
      flags.pred.empty() ? 0 : predictions.size() - matched_predictions;
  absl::Status written = WriteOutput(
      "-", Report(flags, corpus, bootstrap, unmatched, lead_fallbacks));
  if (!written.ok()) return ReportError(written);
  return kExitOk;
}

}  // namespace

Command AddEvalSummaryCommand(CLI::App& parent) {
  auto flags = std::make_shared<EvalSummaryFlags>();
  CLI::App* app = parent.add_subcommand(
      "summary",
      "ROUGE-1/2/L/Lsum of summaries against a JSONL reference set "
      "(XL-Sum tokenization; max and mean over references)");
  app->add_option("--data", flags->data,
                  "JSONL reference set: {\"id\", \"text\", \"summaries\": "
                  "[...], \"meta\": {\"is_news\"}} per line")
      ->required();
  app->add_option("--bullets", flags->bullets,
                  "summary length in sentences (lead) or bullets")
      ->check(CLI::Range(kMinBullets, kMaxBullets))
      ->capture_default_str();
  app->add_flag("--norm", flags->norm,
                "normalize alef/ya/teh marbuta/hamza and strip tashkeel "
                "before scoring (needed for EASC)");
  app->add_flag("--stem", flags->stem,
                "Snowball-stem tokens longer than 3 characters (XL-Sum rule)");
  CLI::Option* baseline =
      app->add_option("--baseline", flags->baseline,
                      "score a baseline instead of khulasa: lead = the first "
                      "k body sentences; lead-rouge-ar = the first k "
                      "sentences split as rouge_ar.py does (reproduces the "
                      "shared data README)")
          ->check(CLI::IsMember({"lead", "lead-rouge-ar"}));
  app->add_option("--pred", flags->pred,
                  "score saved summaries: JSONL {\"id\", \"summary\"} or "
                  "{\"id\", \"bullets\": [...]}")
      ->excludes(baseline);
  app->add_flag("--news-only", flags->news_only,
                "score only records with meta.is_news = true");
  app->add_flag("--json", flags->json, "print the scores as JSON");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
