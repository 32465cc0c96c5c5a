// Runs the built khulasa on inputs in other encodings and other languages
// (issue 18, items 3 and 4): windows-1256 and ISO-8859-6 text, a page whose
// meta tag says UTF-8 over windows-1256 bytes, UTF-16 with a BOM and
// double-encoded UTF-8 give Arabic bullets; Persian, Urdu and English are
// refused with exit 1 unless --force; --charset, --lenient and --force on
// every reading command. Inputs are made at test time from composed texts.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "src/article/encoding_test_support.h"
#include "tests/cli_process.h"

namespace khulasa {
namespace {

using ::khulasa::article::testing::DoubleEncode;
using ::khulasa::article::testing::Encode;
using ::khulasa::article::testing::TestData;
using ::khulasa::testing::ProcessResult;
using ::khulasa::testing::RunKhulasa;
using ::khulasa::testing::SourceDir;
using ::khulasa::testing::WriteTempFile;

constexpr char kReplacement[] = "\uFFFD";
// "المياه" (the water), in the composed article's first bullet.
constexpr char kWater[] = "\u0627\u0644\u0645\u064A\u0627\u0647";

std::string Arabic() { return TestData("encoding_article.txt"); }

std::string TestDataPath(const std::string& name) {
  return SourceDir() + "/src/article/testdata/" + name;
}

// Exit 0 and Arabic bullets without U+FFFD.
void ExpectArabicBullets(const ProcessResult& r, const std::string& what) {
  EXPECT_EQ(r.exit_code, 0) << what << ": " << r.err;
  EXPECT_NE(r.out.find("\n- "), std::string::npos) << what << ": " << r.out;
  EXPECT_NE(r.out.find(kWater), std::string::npos) << what << ": " << r.out;
  EXPECT_EQ(r.out.find(kReplacement), std::string::npos) << what;
}

TEST(InputCliTest, OtherEncodingsGiveArabicBullets) {
  const std::string arabic = Arabic();
  ASSERT_FALSE(arabic.empty());
  const std::string page =
      "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
      "<article><p>" +
      arabic + "</p></article></body></html>";
  struct Case {
    std::string name;
    std::string bytes;
  };
  const Case cases[] = {
      {"windows1256.txt", Encode(arabic, "windows-1256")},
      {"iso88596.txt", Encode(arabic, "iso-8859-6")},
      {"utf16le.txt", Encode("\uFEFF" + arabic, "UTF-16LE")},
      {"utf16be.txt", Encode("\uFEFF" + arabic, "UTF-16BE")},
      {"double_1252.txt", DoubleEncode(arabic, "windows-1252")},
      {"double_1256.txt", DoubleEncode(arabic, "windows-1256")},
      {"mislabelled.html", Encode(page, "windows-1256")},
      {"utf16.html", Encode("\uFEFF" + page, "UTF-16LE")},
  };
  for (const Case& c : cases) {
    ExpectArabicBullets(
        RunKhulasa({"summarize", WriteTempFile(c.name, c.bytes)}), c.name);
  }
}

TEST(InputCliTest, CharsetWorksOnEveryReadingCommand) {
  // UTF-16 without a BOM is only readable when named.
  const std::string file =
      WriteTempFile("no_bom.txt", Encode(Arabic(), "UTF-16LE"));
  const auto refused = RunKhulasa({"summarize", file});
  EXPECT_EQ(refused.exit_code, 1);
  ExpectArabicBullets(RunKhulasa({"summarize", "--charset", "utf-16le", file}),
                      "summarize --charset");
  const auto parsed = RunKhulasa({"parse", "--charset", "utf-16le", file});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(nlohmann::json::parse(parsed.out)["lang"], "ar");
  const std::string audio = WriteTempFile("charset_speak.wav", "");
  const auto spoken =
      RunKhulasa({"speak", "--charset", "utf-16le", "--what", "article",
                  "--diacritize", "off", "-o", audio, file});
  EXPECT_EQ(spoken.exit_code, 0) << spoken.err;
  EXPECT_GT(testing::ReadTestFile(audio).size(), 1000u);
  const std::string page = WriteTempFile(
      "charset_extract.html", Encode("<html><body><article><p>" + Arabic() +
                                         "</p></article>"
                                         "</body></html>",
                                     "iso-8859-6"));
  const auto extracted =
      RunKhulasa({"extract", "--charset", "iso-8859-6", page});
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  const nlohmann::json page_json = nlohmann::json::parse(extracted.out);
  EXPECT_EQ(page_json["charset"], "iso-8859-6");
  EXPECT_EQ(page_json["lang"], "ar");
  const auto unknown =
      RunKhulasa({"summarize", "--charset", "klingon-8", file});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("unknown charset"), std::string::npos)
      << unknown.err;
}

TEST(InputCliTest, ReadingCommandsShareTheReadFlags) {
  for (const char* command : {"summarize", "speak", "parse"}) {
    const auto help = RunKhulasa({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    for (const char* flag : {"--charset", "--lenient", "--force"}) {
      EXPECT_NE(help.out.find(flag), std::string::npos)
          << command << " lacks " << flag;
    }
  }
  EXPECT_NE(RunKhulasa({"extract", "--help"}).out.find("--charset"),
            std::string::npos);
}

TEST(InputCliTest, LenientNeverGivesASummaryOfReplacementCharacters) {
  // Arabic in windows-1256 with every sixth byte a Latin-1 symbol: too
  // unclean to convert unasked, and mostly U+FFFD when repaired.
  std::string bytes = Encode(Arabic(), "windows-1256");
  for (size_t i = 0; i < bytes.size(); i += 6) bytes[i] = '\xA7';
  const std::string file = WriteTempFile("unclean_1256.txt", bytes);
  const auto r = RunKhulasa({"summarize", "--lenient", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("would be U+FFFD"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--charset windows-1256"), std::string::npos) << r.err;
  // Named, it reads (the stray symbols stay symbols).
  const auto named =
      RunKhulasa({"summarize", "--charset", "windows-1256", file});
  EXPECT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(named.out.find(kReplacement), std::string::npos);
}

TEST(InputCliTest, OtherLanguagesAreRefusedUnlessForced) {
  struct Case {
    std::string file;
    std::string lang;
    std::string says;
  };
  const Case cases[] = {
      {"persian_article.txt", "fa", "looks like Persian, not Arabic"},
      {"urdu_article.txt", "ur", "looks like Urdu, not Arabic"},
      {"english_one_arabic_word.txt", "other", "does not look like Arabic"},
  };
  for (const Case& c : cases) {
    const std::string path = TestDataPath(c.file);
    for (const char* command : {"summarize", "parse"}) {
      const auto r = RunKhulasa({command, path});
      EXPECT_EQ(r.exit_code, 1) << command << " " << c.file;
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(r.err.rfind("khulasa: ", 0), 0u) << r.err;
      EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
    }
    const std::string audio = WriteTempFile("refused.wav", "");
    EXPECT_EQ(RunKhulasa({"speak", "-o", audio, path}).exit_code, 1) << c.file;
    const auto forced = RunKhulasa({"parse", "--force", path});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(nlohmann::json::parse(forced.out)["lang"], c.lang) << c.file;
    EXPECT_EQ(RunKhulasa({"summarize", "--force", path}).exit_code, 0)
        << c.file;
  }
}

TEST(InputCliTest, ParsePrintsTheLanguage) {
  const auto r = RunKhulasa({"parse", TestDataPath("encoding_article.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["lang"], "ar");
}

}  // namespace
}  // namespace khulasa
