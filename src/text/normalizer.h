// Arabic normalization: runs any subset of the named passes in one sweep
// over the text and keeps an alignment from each output byte back to the
// input, so matches found in normalized text can quote the original.
//
//   NormalizedText n = Normalize(text, kUnifyAlef | kStripDiacritics);
//   // n.text[i] came from text[n.to_original[i]].
//
// Lossy passes feed matching and scoring only; speech keeps the original.
#ifndef KHULASA_SRC_TEXT_NORMALIZER_H_
#define KHULASA_SRC_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/text/alef_maksura_to_yeh.h"
#include "src/text/ascii_digits.h"
#include "src/text/remove_format_controls.h"
#include "src/text/remove_tatweel.h"
#include "src/text/strip_diacritics.h"
#include "src/text/teh_marbuta_to_heh.h"
#include "src/text/unify_alef.h"

namespace khulasa::text {

// Bit flags naming the passes; combine with |. Each pass also exists as a
// standalone function in its own header (strip_diacritics.h, ...).
enum NormalizePass : uint32_t {
  kStripDiacritics = 1,         // U+064B-U+0652, U+0670 removed
  kRemoveTatweel = 2,           // U+0640 removed
  kUnifyAlef = 4,               // U+0622 U+0623 U+0625 U+0671 -> U+0627
  kAlefMaksuraToYeh = 8,        // U+0649 -> U+064A
  kTehMarbutaToHeh = 16,        // U+0629 -> U+0647
  kFoldPresentationForms = 32,  // U+FB50-U+FDFF, U+FE70-U+FEFC -> letters
  kAsciiDigits = 64,            // U+0660-U+0669, U+06F0-U+06F9 -> 0-9
  kRemoveFormatControls = 128,  // bidi, zero-width, BOM removed
  kAllPasses = 255,
};

// Normalized text plus its alignment to the input.
struct NormalizedText {
  std::string text;
  // to_original[i] is the byte offset in the input of the code point that
  // produced normalized byte i; to_original.size() == text.size() + 1 and
  // the final entry is the input size. Never decreasing.
  std::vector<uint32_t> to_original;

  // Maps a half-open range of normalized bytes to the input range it came
  // from (begin of the first source code point to the start of the code
  // point after the last one). Requires begin <= end <= text.size().
  struct Span {
    uint32_t begin;
    uint32_t end;
  };
  Span OriginalSpan(size_t begin, size_t end) const;
};

// Runs the passes named by the bit set `passes` (NormalizePass values) in
// one left-to-right sweep. Presentation forms are folded first, so the
// letters they produce go through the other passes too. Input is valid
// UTF-8 (engine invariant, checked at the entry points); an invalid byte
// never crashes: it becomes U+FFFD aligned to that byte. Inputs must be smaller
// than 4 GiB (offsets are 32-bit; base::kMaxInputBytes is far below).
NormalizedText Normalize(std::string_view text, uint32_t passes);

// Same, reusing the buffers of *out (cleared first) in hot loops.
void Normalize(std::string_view text, uint32_t passes, NormalizedText* out);

// All passes, no alignment: the fast path for matching (stopwords, ROUGE,
// redundancy). Equal to Normalize(text, kAllPasses).text.
std::string NormalizeForMatching(std::string_view text);

// Same, writing into *out (cleared first) to reuse its capacity.
void NormalizeForMatching(std::string_view text, std::string* out);

// NormalizeForMatching for one code point, for loops that decode text
// themselves: the code point `c` becomes, or 0 when a pass drops it
// (diacritics, tatweel, format controls). Presentation forms, which fold to
// one or more letters, come back unchanged; so does U+0000 (as 0).
inline constexpr char32_t MatchingChar(char32_t c) {
  if (StripsDiacritic(c) || RemovesTatweel(c) || RemovesFormatControl(c)) {
    return 0;
  }
  // The passes below touch disjoint code points and none of them maps onto
  // a code point another one changes, so their order does not matter.
  return AsciiDigitChar(
      TehMarbutaToHehChar(AlefMaksuraToYehChar(UnifyAlefChar(c))));
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_NORMALIZER_H_
