// For tests: the rows of a tab-separated table under the source tree
// ($KHULASA_SOURCE_DIR), '#' lines and empty lines skipped, each row padded
// to at least `min_fields` fields. Header-only; tests only.
#ifndef KHULASA_SRC_SPEECH_TEST_TSV_H_
#define KHULASA_SRC_SPEECH_TEST_TSV_H_

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::speech {

inline std::vector<std::vector<std::string>> ReadTestTsv(
    const std::string& relative_path, size_t min_fields) {
  const char* root = std::getenv("KHULASA_SOURCE_DIR");
  const std::string path =
      std::string(root != nullptr ? root : ".") + "/" + relative_path;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) {
      fields.push_back(field);
    }
    if (fields.size() < min_fields) fields.resize(min_fields);
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_TEST_TSV_H_
