// URL inputs run as a program (issue 18, item 1): `khulasa summarize|speak|
// extract URL` and `khulasa batch --urls FILE` against a loopback server
// (tests/fetch_test_server.py), never the internet.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

std::string GoldenPage() {
  return SourceDir() + "/tests/golden/html/arabic_news.html";
}

class FetchCliTest : public ::testing::Test {
 protected:
  // One server for the suite: python3 starts in ~50 ms, but once is enough.
  static void SetUpTestSuite() {
    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    pid_ = ::fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      const std::string script = SourceDir() + "/tests/fetch_test_server.py";
      const std::string page = GoldenPage();
      ::execl("/usr/bin/python3", "python3", script.c_str(), page.c_str(),
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    std::string line;
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    ASSERT_FALSE(line.empty()) << "the test server did not start";
    base_ = "http://127.0.0.1:" + line;
  }
  static void TearDownTestSuite() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  void SetUp() override { ASSERT_FALSE(base_.empty()) << "no test server"; }

  static std::string Url(const std::string& path) { return base_ + path; }

  static pid_t pid_;
  static std::string base_;
};

pid_t FetchCliTest::pid_ = -1;
std::string FetchCliTest::base_;

// A loopback port nothing listens on: bound, then closed.
int ClosedPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  socklen_t size = sizeof(address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

TEST_F(FetchCliTest, SummarizesAFetchedPageLikeTheFile) {
  const ProcessResult file = RunKhulasa({"summarize", GoldenPage()});
  ASSERT_EQ(file.exit_code, 0) << file.err;
  const ProcessResult fetched = RunKhulasa({"summarize", Url("/article.html")});
  ASSERT_EQ(fetched.exit_code, 0) << fetched.err;
  EXPECT_EQ(fetched.out, file.out);
  // Arabic bullets: "- " then Arabic letters (UTF-8 lead byte 0xD8/0xD9).
  const size_t bullet = fetched.out.find("\n- ");
  ASSERT_NE(bullet, std::string::npos) << fetched.out;
  const unsigned char lead =
      static_cast<unsigned char>(fetched.out[bullet + 3]);
  EXPECT_TRUE(lead == 0xD8 || lead == 0xD9) << fetched.out;
}

TEST_F(FetchCliTest, SendsAUserAgentNamingKhulasa) {
  // The server answers 403 to any other User-Agent.
  const ProcessResult r = RunKhulasa({"summarize", Url("/agent")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(FetchCliTest, FollowsFiveRedirectsAndRefusesASixth) {
  const ProcessResult five = RunKhulasa({"summarize", Url("/redirect/5")});
  EXPECT_EQ(five.exit_code, 0) << five.err;
  EXPECT_EQ(five.out, RunKhulasa({"summarize", GoldenPage()}).out);
  const ProcessResult six = RunKhulasa({"summarize", Url("/redirect/6")});
  EXPECT_EQ(six.exit_code, 1);
  EXPECT_EQ(six.err, "khulasa: cannot fetch " + Url("/redirect/6") +
                         ": more than 5 redirects\n");
}

TEST_F(FetchCliTest, HonoursTheCharsetOfTheContentTypeHeader) {
  // The page is windows-1256 and its meta tag says iso-8859-6: read by the
  // meta, its letters come out wrong.
  const ProcessResult expected =
      RunKhulasa({"extract", GoldenPage(), "--format", "text"});
  const ProcessResult r =
      RunKhulasa({"extract", Url("/cp1256.html"), "--format", "text"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, expected.out);
  const ProcessResult summary = RunKhulasa({"summarize", Url("/cp1256.html")});
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_EQ(summary.out, RunKhulasa({"summarize", GoldenPage()}).out);
  // --charset still beats the header.
  const ProcessResult forced =
      RunKhulasa({"summarize", Url("/cp1256.html"), "--charset", "iso-8859-6"});
  EXPECT_NE(forced.out, summary.out);
}

TEST_F(FetchCliTest, ReportsFetchFailuresOnStderrWithExitCode1) {
  const std::string refused =
      "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/page.html";
  const std::string not_found =
      "cannot fetch " + Url("/missing") +
      ": http status 404 (not found); check the address";
  const struct {
    std::vector<std::string> args;
    std::string error;
  } cases[] = {
      {{"summarize", Url("/missing")}, not_found},
      {{"extract", Url("/missing")}, not_found},
      {{"summarize", Url("/huge")},
       "cannot fetch " + Url("/huge") +
           ": the page is larger than 16777216 bytes"},
      {{"summarize", Url("/huge-declared")},
       "cannot fetch " + Url("/huge-declared") +
           ": the page is larger than 16777216 bytes"},
      {{"summarize", Url("/image.png")},
       "cannot fetch " + Url("/image.png") +
           ": not an html or text page (content type image/png)"},
      {{"summarize", refused},
       "cannot fetch " + refused + ": cannot connect (connection refused)"},
      {{"speak", Url("/missing"), "-o", ::testing::TempDir() + "/x.ogg"},
       not_found},
  };
  for (const auto& c : cases) {
    const ProcessResult r = RunKhulasa(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args[1];
    EXPECT_EQ(r.err, "khulasa: " + c.error + "\n") << c.args[1];
  }
}

TEST_F(FetchCliTest, SpeaksAFetchedPage) {
  const std::string out = ::testing::TempDir() + "/fetched.wav";
  const ProcessResult r =
      RunKhulasa({"speak", Url("/article.html"), "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadTestFile(out).substr(0, 4), "RIFF");
}

TEST_F(FetchCliTest, BatchUrlsWritesOneLinePerUrlWithErrorsAndExits3) {
  const std::string list =
      WriteTempFile("urls.txt", Url("/article.html") + "\n" + Url("/missing") +
                                    "\n" + "  " + Url("/redirect/2") + " \n");
  const std::string out = ::testing::TempDir() + "/urls_out.jsonl";
  const ProcessResult r =
      RunKhulasa({"batch", "--urls", list, "-o", out, "--jobs", "2"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const std::string text = ReadTestFile(out);
  std::vector<Json> lines;
  size_t begin = 0;
  for (size_t end; (end = text.find('\n', begin)) != std::string::npos;
       begin = end + 1) {
    lines.push_back(Json::parse(text.substr(begin, end - begin)));
  }
  ASSERT_EQ(lines.size(), 3u) << ReadTestFile(out);
  EXPECT_EQ(lines[0]["id"], Url("/article.html"));
  EXPECT_EQ(lines[0]["url"], Url("/article.html"));
  EXPECT_EQ(lines[0]["bullets"].size(), 2u) << lines[0];
  EXPECT_EQ(lines[1]["id"], Url("/missing"));
  EXPECT_EQ(lines[1]["url"], Url("/missing"));
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[1]["error"]["code"], "NOT_FOUND");
  EXPECT_EQ(lines[2]["id"], Url("/redirect/2"));
  EXPECT_EQ(lines[2]["bullets"], lines[0]["bullets"]);
}

TEST_F(FetchCliTest, BatchUrlsResumeChecksTheUrlsAsIds) {
  const std::string out = ::testing::TempDir() + "/urls_resume.jsonl";
  const std::string first = WriteTempFile("urls_a.txt", Url("/article.html"));
  ASSERT_EQ(RunKhulasa({"batch", "--urls", first, "-o", out}).exit_code, 0);
  // Without the fingerprint file every kept line's id is checked.
  std::remove((out + ".resume").c_str());
  const std::string other = WriteTempFile("urls_b.txt", Url("/redirect/1"));
  const ProcessResult r =
      RunKhulasa({"batch", "--urls", other, "-o", out, "--resume"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot resume: line 1 of " + out +
                       " is the result for id \"" + Url("/article.html") +
                       "\", but record 1 of the input has id \"" +
                       Url("/redirect/1") + "\""),
            std::string::npos)
      << r.err;
}

TEST_F(FetchCliTest, BatchUrlsTakesNoOtherInput) {
  const std::string list = WriteTempFile("urls2.txt", Url("/article.html"));
  const ProcessResult r = RunKhulasa({"batch", list, "--urls", list});
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

}  // namespace
}  // namespace khulasa::testing
