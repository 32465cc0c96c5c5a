// `khulasa train summary [--data DIR] [-o FILE] [--folds K] [--seed S]`:
// trains the summary ranker from $KHULASA_SHARED_DIR/data/summarization/
// (EASC, extractive-oracle labels), prints out-of-fold scores (each article
// scored by a model that never saw it) and writes models/summary_ranker.txt.
// Deterministic: same data and flags, same bytes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

#include "khulasa/article.h"
#include "khulasa/summary.h"
#include "src/base/file_reader.h"
#include "src/base/model_path.h"
#include "src/eval/bootstrap.h"
#include "src/eval/rouge.h"
#include "src/eval/summary_dataset.h"
#include "src/summary/features.h"
#include "src/summary/ranker_model.h"
#include "src/summary/ranker_trainer.h"
#include "src/summary/summarizer.h"
#include "src/summary/units.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {
namespace {

constexpr size_t kMaxDataBytes = size_t{256} << 20;
// Oracle summaries have at most this many units (the default bullets).
constexpr size_t kOracleUnits = 3;

struct TrainSummaryFlags {
  std::string data_dir;
  std::string output;
  int folds = 5;
  uint64_t seed = 7;
  double l2 = 0.1;
  summary::SelectionParams params;
};

std::string DefaultDataDir() {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  std::string base = shared != nullptr && *shared != '\0'
                         ? std::string(shared)
                         : base::ModelDir() + "/../../shared";
  return base + "/data/summarization";
}

// One training article: its units, features and oracle labels.
struct Example {
  const eval::SummaryRecord* record = nullptr;
  Article article;
  summary::Units units;
  summary::UnitAnalysis analysis;
  std::vector<float> labels;
};

std::vector<std::string> Tokens(std::string_view text) {
  return eval::TokenizeForRouge(text, {.normalize = true});
}

// Greedy extractive oracle: add the unit that most raises the best-reference
// ROUGE-1 F1, up to kOracleUnits, stopping when nothing helps.
std::vector<float> OracleLabels(const Example& ex) {
  const size_t n = ex.units.units.size();
  std::vector<std::vector<std::string>> unit_tokens(n);
  for (size_t u = 0; u < n; ++u) {
    const summary::Unit& unit = ex.units.units[u];
    const ByteRange a = ex.units.sentences[unit.first_sentence];
    const ByteRange b =
        ex.units.sentences[unit.first_sentence + unit.sentence_count - 1];
    unit_tokens[u] = Tokens(
        std::string_view(ex.article.input).substr(a.begin, b.end - a.begin));
  }
  std::vector<std::vector<std::string>> refs;
  for (const std::string& ref : ex.record->summaries)
    refs.push_back(Tokens(ref));
  std::vector<float> labels(n, 0.0f);
  std::vector<size_t> chosen;
  double best = 0.0;
  for (size_t round = 0; round < kOracleUnits; ++round) {
    size_t pick = n;
    for (size_t u = 0; u < n; ++u) {
      if (labels[u] > 0.0f) continue;
      std::vector<size_t> trial = chosen;
      trial.push_back(u);
      std::sort(trial.begin(), trial.end());
      std::vector<std::string> cand;
      for (size_t t : trial) {
        cand.insert(cand.end(), unit_tokens[t].begin(), unit_tokens[t].end());
      }
      double score = 0.0;
      for (const auto& ref : refs) {
        score = std::max(score, eval::RougeN(cand, ref, 1).f1);
      }
      if (score > best) {
        best = score;
        pick = u;
      }
    }
    if (pick == n) break;
    labels[pick] = 1.0f;
    chosen.push_back(pick);
  }
  return labels;
}

struct Scores {
  std::vector<double> r1, r2, rl;
  void Add(const eval::RougeScores& s) {
    r1.push_back(s[eval::RougeMetric::kRouge1].f1);
    r2.push_back(s[eval::RougeMetric::kRouge2].f1);
    rl.push_back(s[eval::RougeMetric::kRougeL].f1);
  }
  std::string Line(std::string_view name) const {
    auto mean = [](const std::vector<double>& v) {
      double sum = 0.0;
      for (double x : v) sum += x;
      return v.empty() ? 0.0 : 100.0 * sum / double(v.size());
    };
    const eval::ConfidenceInterval ci =
        eval::BootstrapMeanInterval(r1, eval::BootstrapOptions{});
    return absl::StrFormat(
        "%-34s n=%4d  R-1 %.2f [%.2f, %.2f]  R-2 %.2f  R-L %.2f",
        std::string(name), static_cast<int>(r1.size()), mean(r1), 100 * ci.low,
        100 * ci.high, mean(r2), mean(rl));
  }
};

eval::RougeScores ScoreAgainst(const std::string& candidate,
                               const std::vector<std::string>& refs,
                               bool normalize) {
  const eval::RougeTokenizerOptions options{.normalize = normalize};
  const eval::RougeText cand = eval::PrepareRougeText(candidate, options);
  std::vector<eval::RougeText> ref_texts;
  for (const std::string& r : refs) {
    ref_texts.push_back(eval::PrepareRougeText(r, options));
  }
  return eval::ScoreRougeMulti(cand, ref_texts).max;
}

std::string Joined(const Summary& summary) {
  std::string out;
  for (const Bullet& b : summary.bullets) {
    if (!out.empty()) out += '\n';
    out += b.text;
  }
  return out;
}

// Top-3 units by ranker score, in article order (the pure-ranker policy,
// reported beside the engine's policy).
std::string RankerTop(const Example& ex, const summary::RankerModel& model) {
  std::vector<size_t> order(ex.units.units.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> s(order.size());
  for (size_t i = 0; i < order.size(); ++i)
    s[i] = model.Score(ex.analysis.row(i));
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return s[a] > s[b]; });
  order.resize(std::min<size_t>(3, order.size()));
  std::sort(order.begin(), order.end());
  std::string out;
  for (size_t u : order) {
    const summary::Unit& unit = ex.units.units[u];
    const ByteRange a = ex.units.sentences[unit.first_sentence];
    const ByteRange b =
        ex.units.sentences[unit.first_sentence + unit.sentence_count - 1];
    if (!out.empty()) out += '\n';
    out += ex.article.input.substr(a.begin, b.end - a.begin);
  }
  return out;
}

absl::StatusOr<std::vector<eval::SummaryRecord>> Load(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadInput(path, kMaxDataBytes);
  if (!bytes.ok()) return bytes.status();
  return eval::ParseSummaryDataset(*bytes);
}

int Run(const TrainSummaryFlags& flags) {
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<std::vector<eval::SummaryRecord>> easc =
      Load(flags.data_dir + "/easc.jsonl");
  if (!easc.ok()) return ReportError(easc.status());
  absl::StatusOr<std::vector<eval::SummaryRecord>> argen =
      Load(flags.data_dir + "/argen_ntg_sample.jsonl");
  if (!argen.ok()) return ReportError(argen.status());

  const summary::StopwordKeys stopwords;
  const summary::SelectionParams& params = flags.params;
  ReadOptions read;
  read.format = InputFormat::kText;
  std::vector<std::unique_ptr<Example>> examples;
  for (const eval::SummaryRecord& record : *easc) {
    auto ex = std::make_unique<Example>();
    ex->record = &record;
    absl::StatusOr<Article> article = ReadArticle(record.text, read);
    if (!article.ok()) {
      std::fprintf(stderr, "skipping %s: %s\n", record.id.c_str(),
                   std::string(article.status().message()).c_str());
      continue;
    }
    ex->article = std::move(*article);
    summary::BuildUnits(
        ex->article, static_cast<uint32_t>(params.unit_min_words), &ex->units);
    if (ex->units.units.empty()) continue;
    summary::AnalyzeUnits(ex->article, ex->units, stopwords, &ex->analysis);
    ex->labels = OracleLabels(*ex);
    examples.push_back(std::move(ex));
  }

  // Folds by article: a fixed shuffle (Fisher-Yates on mt19937_64, whose
  // sequence the standard fixes) so every platform gets the same folds.
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(flags.seed);
  for (size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[rng() % i]);
  }
  std::vector<int> fold(examples.size());
  for (size_t i = 0; i < order.size(); ++i) {
    fold[order[i]] = static_cast<int>(i % static_cast<size_t>(flags.folds));
  }
  const summary::TrainerOptions trainer{.l2 = flags.l2};
  auto fit = [&](int held_out) {
    std::vector<float> rows;
    std::vector<float> labels;
    for (size_t i = 0; i < examples.size(); ++i) {
      if (fold[i] == held_out) continue;
      rows.insert(rows.end(), examples[i]->analysis.features.begin(),
                  examples[i]->analysis.features.end());
      labels.insert(labels.end(), examples[i]->labels.begin(),
                    examples[i]->labels.end());
    }
    return summary::FitRanker(rows, labels, params, trainer);
  };

  Scores engine_all, engine_news, ranker_all, ranker_news;
  for (int f = 0; f < flags.folds; ++f) {
    absl::StatusOr<summary::RankerModel> model = fit(f);
    if (!model.ok()) return ReportError(model.status());
    const summary::Summarizer summarizer(*model);
    for (size_t i = 0; i < examples.size(); ++i) {
      if (fold[i] != f) continue;
      const Example& ex = *examples[i];
      absl::StatusOr<Summary> s = summarizer.Summarize(ex.article, {});
      if (!s.ok()) return ReportError(s.status());
      const eval::RougeScores e =
          ScoreAgainst(Joined(*s), ex.record->summaries, true);
      const eval::RougeScores r =
          ScoreAgainst(RankerTop(ex, *model), ex.record->summaries, true);
      engine_all.Add(e);
      ranker_all.Add(r);
      if (ex.record->is_news) {
        engine_news.Add(e);
        ranker_news.Add(r);
      }
    }
  }
  absl::StatusOr<summary::RankerModel> final_model = fit(-1);
  if (!final_model.ok()) return ReportError(final_model.status());

  // ARGEn: the top bullet (bullets = 1, the gist) against the headline. The
  // ranker is not trained on ARGEn, so every article here is held out.
  Scores argen_scores;
  {
    const summary::Summarizer summarizer(*final_model);
    SummaryOptions one;
    one.bullets = 1;
    for (const eval::SummaryRecord& record : *argen) {
      absl::StatusOr<Article> article = ReadArticle(record.text, read);
      std::string candidate;
      if (article.ok()) {
        absl::StatusOr<Summary> s = summarizer.Summarize(*article, one);
        if (s.ok()) candidate = Joined(*s);
      }
      argen_scores.Add(ScoreAgainst(candidate, record.summaries, false));
    }
  }

  std::string report = absl::StrCat(
      "EASC out-of-fold (", flags.folds, " folds by article, seed ", flags.seed,
      "; --norm, k=3, max over refs):\n  ", engine_all.Line("engine, all"),
      "\n  ", engine_news.Line("engine, news"), "\n  ",
      ranker_all.Line("ranker top-3 only, all"), "\n  ",
      ranker_news.Line("ranker top-3 only, news"),
      "\nARGEn (not trained on; top bullet vs headline):\n  ",
      argen_scores.Line("engine, bullets=1"), "\n");
  std::fputs(report.c_str(), stdout);

  std::string comment = absl::StrCat(
      "trained by: khulasa train summary --folds ", flags.folds, " --seed ",
      flags.seed, " --l2 ", flags.l2, " --unit-min-words ",
      params.unit_min_words, " --budget-words ", params.budget_words,
      " --budget-slack ", params.budget_slack, " --budget-ratio ",
      params.budget_ratio, " --gist-words ", params.gist_words,
      " --redundancy ", params.redundancy, "\ndata: easc.jsonl (",
      examples.size(),
      " articles, greedy R-1 oracle labels over bullet units)\n", report);
  const std::string text = summary::SerializeRankerModel(*final_model, comment);
  if (absl::Status s = base::WriteFileAtomically(flags.output, text); !s.ok()) {
    return ReportError(s);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::fprintf(stderr, "wrote %s (%.1f s)\n", flags.output.c_str(), seconds);
  return kExitOk;
}

}  // namespace

Command AddTrainSummaryCommand(CLI::App& parent) {
  auto flags = std::make_shared<TrainSummaryFlags>();
  flags->data_dir = DefaultDataDir();
  flags->output = base::ModelPath("summary_ranker.txt");
  CLI::App* app = parent.add_subcommand(
      "summary",
      "train the summary ranker from ../shared/data/summarization and print "
      "out-of-fold scores");
  app->add_option("--data", flags->data_dir, "the summarization data folder")
      ->capture_default_str();
  app->add_option("-o,--output", flags->output, "model file to write")
      ->capture_default_str();
  app->add_option("--folds", flags->folds, "cross-validation folds")
      ->capture_default_str()
      ->check(CLI::Range(2, 20));
  app->add_option("--seed", flags->seed, "fold shuffle seed")
      ->capture_default_str();
  app->add_option("--l2", flags->l2, "L2 regularization")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 100.0));
  app->add_option("--unit-min-words", flags->params.unit_min_words,
                  "a shorter sentence is glued to the next one")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  app->add_option("--budget-words", flags->params.budget_words,
                  "summary word budget")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  app->add_option("--budget-slack", flags->params.budget_slack,
                  "share of a bullet allowed past the budget")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10.0));
  app->add_option("--budget-ratio", flags->params.budget_ratio,
                  "budget at most this share of the article's words (0: off)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10.0));
  app->add_option("--gist-words", flags->params.gist_words,
                  "soft word limit of a single-bullet gist")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app->add_option("--redundancy", flags->params.redundancy,
                  "a unit sharing more than this share of its content words "
                  "with a chosen bullet says the same point again")
      ->capture_default_str()
      ->check(CLI::Range(0.05, 1.0));
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
