// Test-only: loads table-driven test cases from src/text/testdata/*.tsv.
// Arabic sample text lives in those data files, not in C++ source.
//
// Format: one case per line, fields separated by TAB; blank lines and lines
// starting with '#' are skipped. Escapes inside fields: \n \t \r \\ \xHH
// (one raw byte, for invalid UTF-8) and \u{HHHH} (a code point).
#ifndef KHULASA_SRC_TEXT_TEST_CASES_H_
#define KHULASA_SRC_TEXT_TEST_CASES_H_

#include <string>
#include <string_view>
#include <vector>

namespace khulasa::text::testing {

struct TestCase {
  int line = 0;                     // line number in the file
  std::vector<std::string> fields;  // unescaped
};

// Reads src/text/testdata/<name>; a missing or unreadable file is a test
// failure reported by the caller (returns an empty vector).
std::vector<TestCase> LoadTestCases(std::string_view name);

// The same for any file: `path` is absolute (SourcePath() makes one).
std::vector<TestCase> LoadTestCasesFrom(const std::string& path);

// Absolute path of a file in the source tree ("data/arabic_stopwords.txt").
// Compiled in, so it works under ctest and when a test binary is run alone.
std::string SourcePath(std::string_view relative);

// Applies the escapes above.
std::string Unescape(std::string_view field);

// Inverse for messages: escapes control bytes and invalid bytes.
std::string Escape(std::string_view text);

}  // namespace khulasa::text::testing

#endif  // KHULASA_SRC_TEXT_TEST_CASES_H_
