// Property tests of the summarizer through the public Engine API, on
// composed articles in src/summary/testdata/.
#include "khulasa/engine.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/summary.h"
#include "src/summary/units.h"
#include "src/text/blank.h"

namespace khulasa {
namespace {

std::string SourceDir() {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  return source != nullptr ? source : ".";
}

std::string ReadTestFile(const std::string& name) {
  std::ifstream in(SourceDir() + "/src/summary/testdata/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Engine& TestEngine() {
  static const Engine* engine = [] {
    EngineOptions options;
    options.summary_model_path = SourceDir() + "/models/summary_ranker.txt";
    absl::StatusOr<std::unique_ptr<Engine>> created = Engine::Create(options);
    if (!created.ok()) {
      ADD_FAILURE() << created.status();
      std::abort();
    }
    return created->release();
  }();
  return *engine;
}

SummarizedArticle MustSummarize(const std::string& file, int bullets,
                                int max_words = 0) {
  SummaryOptions options;
  options.bullets = bullets;
  options.max_words = max_words;
  absl::StatusOr<SummarizedArticle> result =
      TestEngine().Summarize(ReadTestFile(file), ReadOptions{}, options);
  EXPECT_TRUE(result.ok()) << file << ": " << result.status();
  return result.ok() ? *std::move(result) : SummarizedArticle{};
}

const char* const kArticles[] = {"one_sentence.txt", "no_subheadings.txt",
                                 "with_subheadings.txt", "redundant.txt",
                                 "headline_gist.txt"};

// True when `range` lies inside one sentence of a paragraph block.
bool InsideBodySentence(const Article& article, ByteRange range) {
  for (const Block& block : article.blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    for (const ByteRange& s : block.sentences) {
      if (s.begin <= range.begin && range.end <= s.end) return true;
    }
  }
  return false;
}

TEST(EngineTest, BulletsComeFromBodySentencesInArticleOrder) {
  for (const char* file : kArticles) {
    for (int bullets = 1; bullets <= 5; ++bullets) {
      const SummarizedArticle r = MustSummarize(file, bullets);
      ASSERT_FALSE(r.summary.bullets.empty()) << file;
      size_t last_end = 0;
      for (const Bullet& b : r.summary.bullets) {
        ASSERT_FALSE(b.sources.empty()) << file;
        ASSERT_FALSE(b.text.empty()) << file;
        for (const ByteRange& s : b.sources) {
          EXPECT_LE(last_end, s.begin) << file << " bullets=" << bullets;
          EXPECT_LT(s.begin, s.end);
          EXPECT_TRUE(InsideBodySentence(r.article, s)) << file;
          last_end = s.end;
        }
        // The text is the sources' text with blank runs as single spaces.
        const ByteRange& first = b.sources.front();
        const std::string_view head =
            std::string_view(r.article.input).substr(first.begin, 4);
        EXPECT_EQ(b.text.substr(0, 4), head) << file;
      }
    }
  }
}

TEST(EngineTest, TitleAndSubheadingsAreNeverBullets) {
  const SummarizedArticle r = MustSummarize("with_subheadings.txt", 10);
  ASSERT_FALSE(r.article.title.empty());
  for (const Bullet& b : r.summary.bullets) {
    EXPECT_NE(b.text, r.article.title);
    for (const Block& block : r.article.blocks) {
      if (block.kind == BlockKind::kSubheading) {
        EXPECT_NE(b.text, block.text);
      }
    }
  }
}

TEST(EngineTest, BulletCountIsRespected) {
  for (const char* file : kArticles) {
    for (int bullets = kMinBullets; bullets <= kMaxBullets; ++bullets) {
      const SummarizedArticle r = MustSummarize(file, bullets);
      EXPECT_GE(r.summary.bullets.size(), 1u) << file;
      EXPECT_LE(r.summary.bullets.size(), static_cast<size_t>(bullets)) << file;
    }
  }
  EXPECT_EQ(MustSummarize("no_subheadings.txt", 3).summary.bullets.size(), 3u);
  EXPECT_EQ(MustSummarize("no_subheadings.txt", 1).summary.bullets.size(), 1u);
}

TEST(EngineTest, NoTwoBulletsShareMostOfTheirWords) {
  for (const char* file : kArticles) {
    const SummarizedArticle r = MustSummarize(file, 10);
    const auto& bullets = r.summary.bullets;
    for (size_t i = 0; i < bullets.size(); ++i) {
      for (size_t j = i + 1; j < bullets.size(); ++j) {
        // Words of the shorter bullet found in the other one.
        std::istringstream a(bullets[i].text);
        std::istringstream b(bullets[j].text);
        std::vector<std::string> wa{std::istream_iterator<std::string>(a), {}};
        std::vector<std::string> wb{std::istream_iterator<std::string>(b), {}};
        if (wa.size() > wb.size()) std::swap(wa, wb);
        size_t shared = 0;
        for (const std::string& w : wa) {
          if (std::find(wb.begin(), wb.end(), w) != wb.end()) ++shared;
        }
        EXPECT_LE(shared * 10, wa.size() * 6)
            << file << " bullets " << i << " and " << j;
      }
    }
  }
}

TEST(EngineTest, OneSentenceArticleGivesOneBullet) {
  const SummarizedArticle r = MustSummarize("one_sentence.txt", 3);
  ASSERT_EQ(r.summary.bullets.size(), 1u);
  EXPECT_EQ(r.summary.bullets[0].sources.size(), 1u);
}

TEST(EngineTest, ArticleWithoutSubheadingsLeadsWithItsFirstSentence) {
  const SummarizedArticle r = MustSummarize("no_subheadings.txt", 3);
  ASSERT_FALSE(r.summary.bullets.empty());
  const Block* first_paragraph = nullptr;
  for (const Block& block : r.article.blocks) {
    if (block.kind == BlockKind::kParagraph) {
      first_paragraph = &block;
      break;
    }
  }
  ASSERT_NE(first_paragraph, nullptr);
  EXPECT_EQ(r.summary.bullets[0].sources[0], first_paragraph->sentences[0]);
}

TEST(EngineTest, SubheadedArticleTakesOneBulletPerSection) {
  // Four sections (the lead and three subheadings) and nine sentences: an
  // article of five or more sentences gets every bullet asked for.
  const SummarizedArticle r = MustSummarize("with_subheadings.txt", 4);
  ASSERT_EQ(r.summary.bullets.size(), 4u);
  // Each bullet lies in a different section: between consecutive bullets
  // there is a subheading block.
  std::vector<size_t> section_of;
  for (const Bullet& b : r.summary.bullets) {
    size_t section = 0;
    for (const Block& block : r.article.blocks) {
      if (block.range.begin > b.sources[0].begin) break;
      if (block.kind == BlockKind::kSubheading) ++section;
    }
    section_of.push_back(section);
  }
  EXPECT_EQ(section_of, (std::vector<size_t>{0, 1, 2, 3}));
}

// Fewer bullets than asked come with a note that says why; all of them
// come with none.
TEST(EngineTest, AShortfallIsExplainedInTheNote) {
  const SummarizedArticle one = MustSummarize("one_sentence.txt", 3);
  ASSERT_EQ(one.summary.bullets.size(), 1u);
  EXPECT_NE(one.summary.note.find("body sentences"), std::string::npos)
      << one.summary.note;
  const SummarizedArticle full = MustSummarize("with_subheadings.txt", 3);
  ASSERT_EQ(full.summary.bullets.size(), 3u);
  EXPECT_TRUE(full.summary.note.empty()) << full.summary.note;
}

TEST(EngineTest, SingleBulletIsATightGist) {
  const SummarizedArticle r = MustSummarize("headline_gist.txt", 1);
  ASSERT_EQ(r.summary.bullets.size(), 1u);
  const Bullet& b = r.summary.bullets[0];
  // The dateline and the trailing "مؤكدا ..." clause are gone.
  EXPECT_LE(text::CountWords(b.text), 30u);
  EXPECT_EQ(b.text.find('-'), std::string::npos) << b.text;
  EXPECT_EQ(b.text.find("\u0645\u0624\u0643\u062F"), std::string::npos)
      << b.text;
  // The source range shrinks to the kept words.
  ASSERT_EQ(b.sources.size(), 1u);
  EXPECT_EQ(r.article.input.substr(b.sources[0].begin, b.sources[0].size()),
            b.text);
}

TEST(EngineTest, MaxWordsIsAHardLimit) {
  for (const char* file : kArticles) {
    for (int limit : {1, 5, 8, 20}) {
      const SummarizedArticle r = MustSummarize(file, 3, limit);
      for (const Bullet& b : r.summary.bullets) {
        EXPECT_LE(text::CountWords(b.text), static_cast<uint32_t>(limit))
            << file << ": " << b.text;
      }
    }
  }
}

// Inputs where the hard limit used to break (summary_fuzzer; the first is
// its minimized crash, also in fuzz/corpus/summary_fuzzer/): a bullet that
// opens with a lone clause mark was trimmed to nothing and then sent whole,
// and words joined by no-break spaces were one word to the trimmer but
// several to CountWords().
TEST(EngineTest, MaxWordsHoldsForPunctuationAndNoBreakSpaces) {
  const std::string nbsp = "\u00A0";
  const std::string inputs[] = {
      std::string(", ( - \x8A \xD9\x82", 10),
      "; \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 "
      "\u0625\u0646 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 "
      "\u0633\u064A\u0628\u062F\u0623 \u0642\u0631\u064A\u0628\u0627.",
      "\u0642\u0627\u0644" + nbsp + "\u0627\u0644\u0648\u0632\u064A\u0631" +
          nbsp + "\u0625\u0646" + nbsp +
          "\u0627\u0644\u0645\u0634\u0631"
          "\u0648\u0639" +
          nbsp + "\u0633\u064A\u0628\u062F\u0623" + nbsp +
          "\u0642\u0631\u064A\u0628\u0627.",
  };
  ReadOptions read;
  read.lenient = true;
  for (const std::string& input : inputs) {
    for (int limit : {1, 2, 4}) {
      SummaryOptions options;
      options.bullets = 10;
      options.max_words = limit;
      absl::StatusOr<SummarizedArticle> r =
          TestEngine().Summarize(input, read, options);
      ASSERT_TRUE(r.ok()) << r.status();
      ASSERT_FALSE(r->summary.bullets.empty());
      for (const Bullet& b : r->summary.bullets) {
        EXPECT_FALSE(b.text.empty());
        EXPECT_LE(text::CountWords(b.text), static_cast<uint32_t>(limit))
            << "limit " << limit << ": " << b.text;
      }
    }
  }
}

// A run-on with no full stop and no clause mark (here 200 KB of one
// sentence) never becomes an unbounded bullet: every bullet, and the gist,
// stays within the hard cap of 60 words.
TEST(EngineTest, ARunOnWithoutBoundariesIsCappedAt60Words) {
  // "أعلنت الوزارة اليوم توسيع برنامج الدعم للمزارعين في المحافظات " x N
  const std::string phrase =
      "\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u0648\u0632\u0627"
      "\u0631\u0629 \u0627\u0644\u064A\u0648\u0645 \u062A\u0648\u0633"
      "\u064A\u0639 \u0628\u0631\u0646\u0627\u0645\u062C \u0627\u0644"
      "\u062F\u0639\u0645 \u0644\u0644\u0645\u0632\u0627\u0631\u0639"
      "\u064A\u0646 \u0641\u064A \u0627\u0644\u0645\u062D\u0627\u0641"
      "\u0638\u0627\u062A ";
  std::string input;
  while (input.size() < 200000) input += phrase;
  for (int bullets : {1, 3}) {
    SummaryOptions options;
    options.bullets = bullets;
    absl::StatusOr<SummarizedArticle> r =
        TestEngine().Summarize(input, ReadOptions{}, options);
    ASSERT_TRUE(r.ok()) << r.status();
    ASSERT_FALSE(r->summary.bullets.empty());
    for (const Bullet& b : r->summary.bullets) {
      EXPECT_GE(text::CountWords(b.text), 20u);
      EXPECT_LE(text::CountWords(b.text), 60u);
    }
  }
}

// A "sentence" of harakat alone (what windows-1256 bytes F0 F0 ... read as)
// edits down to nothing: it is never chosen while a sentence with words is
// there, and an article of nothing else is an error, not zero bullets
// (summary_fuzzer's crash-021abc52, fuzz/corpus/summary_fuzzer/).
TEST(EngineTest, UnitsWithoutWordsAreNeverBullets) {
  std::string marks;
  for (int i = 0; i < 40; ++i) marks += "\u064b";
  // "أعلنت الوزارة اليوم توسيع برنامج الدعم للمزارعين في المحافظات."
  const std::string words =
      "\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u0648\u0632\u0627"
      "\u0631\u0629 \u0627\u0644\u064A\u0648\u0645 \u062A\u0648\u0633"
      "\u064A\u0639 \u0628\u0631\u0646\u0627\u0645\u062C \u0627\u0644"
      "\u062F\u0639\u0645 \u0644\u0644\u0645\u0632\u0627\u0631\u0639"
      "\u064A\u0646 \u0641\u064A \u0627\u0644\u0645\u062D\u0627\u0641"
      "\u0638\u0627\u062A.";
  SummaryOptions gist;
  gist.bullets = 1;
  absl::StatusOr<SummarizedArticle> r =
      TestEngine().Summarize(marks + "\n\n" + words, ReadOptions{}, gist);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->summary.bullets.size(), 1u);
  EXPECT_NE(r->summary.bullets[0].text.find("\u0623\u0639\u0644\u0646\u062A"),
            std::string::npos)
      << r->summary.bullets[0].text;
  // A title with words ("الوزارة اليوم") over a body of marks alone.
  r = TestEngine().Summarize(
      "\u0627\u0644\u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u064A\u0648\u0645\n\n" +
          marks + "\n\n" + marks + " ?)@?=",
      ReadOptions{}, SummaryOptions{});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("no body sentence with words"),
            std::string::npos)
      << r.status();
}

TEST(EngineTest, BadInputAndOptionsAreClearErrors) {
  struct Row {
    std::string name;
    std::string input;
    SummaryOptions options;
  };
  const std::string good = ReadTestFile("no_subheadings.txt");
  const Row rows[] = {
      {"empty", "", {}},
      {"blank", "  \n\n  ", {}},
      {"latin only", ReadTestFile("latin_only.txt"), {}},
      {"punctuation only", "... !!! \u060C\u060C ???", {}},
      {"invalid utf-8", "\xD8\xA7\xC3", {}},
      {"zero bullets", good, {.bullets = 0}},
      {"eleven bullets", good, {.bullets = 11}},
      {"negative max words", good, {.max_words = -1}},
      {"huge max words", good, {.max_words = 5000}},
  };
  for (const Row& row : rows) {
    absl::StatusOr<SummarizedArticle> r =
        TestEngine().Summarize(row.input, ReadOptions{}, row.options);
    ASSERT_FALSE(r.ok()) << row.name;
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument)
        << row.name << ": " << r.status();
    EXPECT_FALSE(r.status().message().empty());
  }
}

TEST(EngineTest, ArticleWithoutParagraphsIsAnError) {
  Article article;
  article.input = "x";
  article.title = "x";
  absl::StatusOr<Summary> r = TestEngine().Summarize(article, SummaryOptions{});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(EngineTest, OutputIsDeterministicAcrossThreads) {
  const std::string input = ReadTestFile("with_subheadings.txt");
  const std::string expected =
      SummaryDebugString(MustSummarize("with_subheadings.txt", 3).summary);
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < outputs.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        absl::StatusOr<SummarizedArticle> r =
            TestEngine().Summarize(input, ReadOptions{}, SummaryOptions{});
        outputs[t] = r.ok() ? SummaryDebugString(r->summary) : "error";
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& out : outputs) EXPECT_EQ(out, expected);
}

TEST(EngineTest, MissingModelIsNotFound) {
  EngineOptions options;
  options.summary_model_path = "/nonexistent/summary_ranker.txt";
  EXPECT_EQ(Engine::Create(options).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace khulasa
