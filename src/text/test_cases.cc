#include "src/text/test_cases.h"

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "src/text/hex_digit.h"
#include "src/text/utf8.h"

#ifndef KHULASA_TEXT_TESTDATA_DIR
#error "KHULASA_TEXT_TESTDATA_DIR must name src/text/testdata"
#endif
#ifndef KHULASA_TEXT_SOURCE_ROOT
#error "KHULASA_TEXT_SOURCE_ROOT must name the repository root"
#endif

namespace khulasa::text::testing {

std::string Unescape(std::string_view field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out.push_back(field[i]);
      continue;
    }
    const char e = field[++i];
    if (e == 'n') {
      out.push_back('\n');
    } else if (e == 't') {
      out.push_back('\t');
    } else if (e == 'r') {
      out.push_back('\r');
    } else if (e == '\\') {
      out.push_back('\\');
    } else if (e == 'x' && i + 2 < field.size() &&
               HexDigitValue(field[i + 1]) >= 0 && HexDigitValue(field[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexDigitValue(field[i + 1]) * 16 +
                                      HexDigitValue(field[i + 2])));
      i += 2;
    } else if (e == 'u' && i + 1 < field.size() && field[i + 1] == '{') {
      size_t j = i + 2;
      char32_t c = 0;
      while (j < field.size() && HexDigitValue(field[j]) >= 0) {
        c = c * 16 + static_cast<char32_t>(HexDigitValue(field[j]));
        ++j;
      }
      AppendUtf8(c, &out);
      i = j;  // at '}'
    } else {
      out.push_back('\\');
      out.push_back(e);
    }
  }
  return out;
}

std::string Escape(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto b = static_cast<unsigned char>(text[pos]);
    size_t next = pos;
    const char32_t c = DecodeUtf8(text, &next);
    if (c == kReplacementChar && next == pos + 1) {
      static const char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 15]);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out.append(text.substr(pos, next - pos));
    }
    pos = next;
  }
  return out;
}

std::string SourcePath(std::string_view relative) {
  return std::string(KHULASA_TEXT_SOURCE_ROOT) + "/" + std::string(relative);
}

std::vector<TestCase> LoadTestCases(std::string_view name) {
  return LoadTestCasesFrom(std::string(KHULASA_TEXT_TESTDATA_DIR) + "/" +
                           std::string(name));
}

std::vector<TestCase> LoadTestCasesFrom(const std::string& path) {
  std::vector<TestCase> cases;
  std::ifstream in(path);
  if (!in) return cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    TestCase c;
    c.line = number;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      c.fields.push_back(Unescape(std::string_view(line).substr(
          start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace khulasa::text::testing
