// The tokens the bullet editor works on: blank-separated words of a bullet
// with their normalized keys (text::Normalize, all passes) and the marks
// around them, plus the normalized spellings the editing rules test for.
// Internal to src/summary (bullet_editor, word_shapes, clause_bounds).
#ifndef KHULASA_SRC_SUMMARY_BULLET_TOKENS_H_
#define KHULASA_SRC_SUMMARY_BULLET_TOKENS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "src/text/normalizer.h"

namespace khulasa::summary::editing {

// Normalized spellings (text::NormalizeForMatching) the rules test for.
inline constexpr std::string_view kWawKey = "\u0648";            // wa-
inline constexpr std::string_view kFehKey = "\u0641";            // fa-
inline constexpr std::string_view kAlKey = "\u0627\u0644";       // al-
inline constexpr std::string_view kThumma = "\u062B\u0645";      // thumma
inline constexpr std::string_view kKama = "\u0643\u0645\u0627";  // kama
inline constexpr std::string_view kAnna = "\u0627\u0646";        // anna / inna
inline constexpr std::string_view kAnnahu = "\u0627\u0646\u0647";
inline constexpr std::string_view kAnnaha = "\u0627\u0646\u0647\u0627";
inline constexpr std::string_view kBianna = "\u0628\u0627\u0646";
inline constexpr std::string_view kIla = "\u0627\u0644\u064A";  // ila (folded)
inline constexpr std::string_view kQad = "\u0642\u062F";        // qad
inline constexpr std::string_view kMa = "\u0645\u0627";         // ma
inline constexpr std::string_view kMin = "\u0645\u0646";        // min
inline constexpr std::string_view kWaDhalik = "\u0648\u0630\u0644\u0643";
inline constexpr std::string_view kLaqad = "\u0644\u0642\u062F";  // laqad
inline constexpr std::string_view kIstKey = "\u0627\u0633\u062A";
inline constexpr std::string_view kInKey = "\u0627\u0646";
inline constexpr std::string_view kBeh = "\u0628";
inline constexpr std::string_view kLam = "\u0644";
inline constexpr std::string_view kKaf = "\u0643";
inline constexpr std::string_view kTehKey = "\u062A";
inline constexpr std::string_view kYehKey = "\u064A";
inline constexpr std::string_view kNoonKey = "\u0646";
inline constexpr std::string_view kSeenKey = "\u0633";
inline constexpr std::string_view kAlefKey = "\u0627";
inline constexpr std::string_view kHehKey = "\u0647";
// Past-tense endings after a verb stem: -at, -ta, -a, -u, -na, -tum.
inline constexpr std::string_view kPastEndings[] = {"\u062A", "\u062A\u0627",
                                                    "\u0627", "\u0648\u0627",
                                                    "\u0646", "\u062A\u0645"};

inline constexpr size_t kLetterBytes = 2;  // every Arabic letter: 2 bytes

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// Letters of a normalized Arabic key.
inline size_t Letters(std::string_view key) {
  return key.size() / kLetterBytes;
}

// One blank-separated token of the bullet.
struct Token {
  uint32_t begin = 0;  // bytes of the whole token in the bullet text
  uint32_t end = 0;
  // The normalized token without outer punctuation, and where it starts in
  // the normalized text (to find the original byte after a clitic).
  std::string_view key;
  uint32_t key_at = 0;
  bool comma_after = false;   // the token ends with "," or "،"
  bool comma_before = false;  // it starts with one (",حيث")
  bool colon_after = false;   // ends with ":"
  bool clause_after = false;  // ends with , ، ; ؛ : or a sentence end
  bool hamza_second = false;  // its second letter is a hamza-carrying alef
  // HasConjunction(), worked out on first use: -1 unknown, 0 no, 1 yes.
  mutable int8_t conjunction = -1;
};

// Splits `text` into tokens at blanks (ASCII white space and U+00A0) with
// normalized keys; `norm` keeps the normalized text the keys point into.
// Invalid UTF-8 never crashes.
void Tokenize(std::string_view text, text::NormalizedText* norm,
              std::vector<Token>* tokens);

// Words joined by single spaces in a fixed buffer: phrase lookups without
// allocating. A phrase longer than the buffer matches nothing.
class PhraseBuffer {
 public:
  void Clear() { size_ = 0; }
  void Append(std::string_view word) {
    const size_t need = (size_ > 0 ? 1 : 0) + word.size();
    if (size_ + need > bytes_.size()) {
      size_ = bytes_.size() + 1;  // overflowed: view() is empty from now on
      return;
    }
    if (size_ > 0) bytes_[size_++] = ' ';
    word.copy(bytes_.data() + size_, word.size());
    size_ += word.size();
  }
  std::string_view view() const {
    return size_ > bytes_.size() ? std::string_view()
                                 : std::string_view(bytes_.data(), size_);
  }

 private:
  std::array<char, 160> bytes_;
  size_t size_ = 0;
};

}  // namespace khulasa::summary::editing

#endif  // KHULASA_SRC_SUMMARY_BULLET_TOKENS_H_
