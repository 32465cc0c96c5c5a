#include "src/summary/editing_words.h"

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/normalizer.h"
#include "src/text/test_cases.h"

namespace khulasa::summary {
namespace {

// The lists of data/bullet_editing_words.txt, without duplicates, in file
// order.
std::map<std::string, std::vector<std::string>> ReadDataFile() {
  std::ifstream in(text::testing::SourcePath("data/bullet_editing_words.txt"));
  std::map<std::string, std::vector<std::string>> lists;
  std::string line;
  std::vector<std::string>* current = nullptr;
  while (std::getline(in, line)) {
    const size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#') continue;
    const size_t end = line.find_last_not_of(" \t\r");
    const std::string entry = line.substr(begin, end - begin + 1);
    if (entry.front() == '[' && entry.back() == ']') {
      current = &lists[entry.substr(1, entry.size() - 2)];
      continue;
    }
    if (current == nullptr) continue;
    if (std::find(current->begin(), current->end(), entry) == current->end()) {
      current->push_back(entry);
    }
  }
  return lists;
}

// The embedded copy (src/summary/editing_words.inc) must match the data
// file; rerun scripts/gen/gen_editing_words.py after editing the lists.
TEST(EditingWordsTest, EmbeddedListsMatchTheDataFile) {
  const auto lists = ReadDataFile();
  ASSERT_EQ(lists.size(), kWordListCount)
      << "a [list] was added or removed: update editing_words.{h,cc}";
  for (size_t i = 0; i < kWordListCount; ++i) {
    const WordList list = static_cast<WordList>(i);
    const auto found = lists.find(std::string(WordListName(list)));
    ASSERT_NE(found, lists.end()) << WordListName(list);
    const auto raw = RawWordList(list);
    ASSERT_EQ(raw.size(), found->second.size())
        << WordListName(list) << ": rerun scripts/gen/gen_editing_words.py";
    for (size_t k = 0; k < raw.size(); ++k) {
      EXPECT_EQ(raw[k], found->second[k]) << WordListName(list) << " " << k;
    }
  }
}

TEST(EditingWordsTest, EveryEntryIsFoundInAnySpelling) {
  for (size_t i = 0; i < kWordListCount; ++i) {
    const WordList list = static_cast<WordList>(i);
    for (std::string_view entry : RawWordList(list)) {
      const std::string key = text::NormalizeForMatching(entry);
      EXPECT_TRUE(InWordList(list, key)) << WordListName(list) << ": " << entry;
      EXPECT_TRUE(StartsWordListEntry(list, key.substr(0, key.find(' '))))
          << WordListName(list) << ": " << entry;
    }
  }
  // Hamza spellings fold: "أكد" and "اكد" are one word of the verb lists.
  EXPECT_TRUE(InWordList(WordList::kSpeechVerbs,
                         text::NormalizeForMatching("\u0623\u0643\u062F")));
  EXPECT_FALSE(InWordList(WordList::kSpeechVerbs, ""));
  EXPECT_FALSE(InWordList(WordList::kStemInitial, "abc"));
}

}  // namespace
}  // namespace khulasa::summary
