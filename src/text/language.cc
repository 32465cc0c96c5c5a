#include "src/text/language.h"

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

// Shares are compared as whole numbers: count * 100 >= total means >= 1 %.
constexpr size_t kPercent = 100;
// A language's own letters must show up at least this often before they
// count, so that one borrowed name (a Persian "گ" in an Arabic story) does
// not turn a short text.
constexpr size_t kMinMarkers = 3;

constexpr bool IsPersianLetter(char32_t c) {
  return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF ||
         c == 0x06A9 || c == kFarsiYeh;
}

constexpr bool IsUrduLetter(char32_t c) {
  return c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA ||
         c == 0x06BE || c == 0x06C1 || c == 0x06C2 || c == 0x06D2 ||
         c == 0x06D3;
}

// Letters Arabic itself writes: the basic alphabet, dotless beh and qaf,
// alef wasla, and the Maghrebi and Levantine letters for foreign sounds
// (veh U+06A4, U+06A5, U+06A8, U+06AD); heh with yeh (U+06C0) is the
// Persian ezafe and counts for no language.
constexpr bool IsArabicOwnLetter(char32_t c) {
  return IsCoreArabicLetter(c) || c == 0x066E || c == 0x066F ||
         c == kAlefWasla || c == 0x06A4 || c == 0x06A5 || c == 0x06A8 ||
         c == 0x06AD || c == 0x06C0;
}

bool AtLeastOnePercent(size_t part, size_t total) {
  return part * kPercent >= total;
}

bool Marks(size_t markers, size_t total) {
  return markers >= kMinMarkers && AtLeastOnePercent(markers, total);
}

}  // namespace

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kArabic:
      return "ar";
    case Language::kPersian:
      return "fa";
    case Language::kUrdu:
      return "ur";
    case Language::kOther:
      return "other";
  }
  return "other";
}

std::string_view LanguageName(Language language) {
  switch (language) {
    case Language::kArabic:
      return "Arabic";
    case Language::kPersian:
      return "Persian";
    case Language::kUrdu:
      return "Urdu";
    case Language::kOther:
      return "not Arabic";
  }
  return "not Arabic";
}

namespace {

// Counts one code point decoded from outside ASCII.
void AddNonAscii(char32_t c, LetterCounts* counts) {
  if (IsArabicLetter(c)) {
    ++counts->letters;
    ++counts->arabic_script;
    if (c == kTehMarbuta) ++counts->teh_marbuta;
    if (IsCoreArabicLetter(c)) return;
    if (IsPersianLetter(c)) {
      ++counts->persian;
    } else if (IsUrduLetter(c)) {
      ++counts->urdu;
    } else if (!IsArabicOwnLetter(c)) {
      ++counts->other_script;
    }
  } else if (IsArabicPresentationForm(c)) {
    ++counts->letters;
    ++counts->arabic_script;
  } else if (IsInArabicBlock(c)) {
    // The rest of the Arabic block (signs, marks, digits, punctuation)
    // are not letters.
  } else {
    const internal::CharClass cls = internal::ClassOf(c);
    if (cls == internal::CharClass::kLatin ||
        cls == internal::CharClass::kOtherLetter) {
      ++counts->letters;
    }
  }
}

// The two-byte characters CountBlocks() counts by range: the letters of
// U+0621-U+063A (D8 A1-BA) and U+0641-U+064A (D9 81-8A), and, as nothing,
// the Arabic comma, semicolon and question mark (D8 8C, 9B, 9F), tatweel and
// the harakat (D9 80, 8B-92) and the Arabic-Indic digits (D9 A0-A9).
// Checked once against AddNonAscii(); CountBlocks() is off if they differ.
bool BlockRangesAgree() {
  for (char32_t c = 0x0600; c < 0x0680; ++c) {
    const unsigned low = 0x80 | (c & 0x3F);
    const bool d8 = c < 0x0640;
    const bool letter =
        d8 ? (low >= 0xA1 && low <= 0xBA) : (low >= 0x81 && low <= 0x8A);
    const bool nothing = d8 ? (low == 0x8C || low == 0x9B || low == 0x9F)
                            : (low == 0x80 || (low >= 0x8B && low <= 0x92) ||
                               (low >= 0xA0 && low <= 0xA9));
    if (!letter && !nothing) continue;
    LetterCounts d;
    AddNonAscii(c, &d);
    const size_t want = letter ? 1 : 0;
    if (d.letters != want || d.arabic_script != want || d.persian != 0 ||
        d.urdu != 0 || d.other_script != 0 ||
        d.teh_marbuta != (c == kTehMarbuta ? 1u : 0u)) {
      return false;
    }
  }
  return true;
}

// Counts 16-byte blocks from `p` (which must be at a character boundary)
// that hold only ASCII and the two-byte characters of BlockRangesAgree(),
// adding to *counts; returns where it stopped, at a character boundary:
// in the first other block, or in the last 16 bytes. Without SSE2, returns
// `p`.
const unsigned char* CountBlocks(const unsigned char* p,
                                 const unsigned char* end,
                                 LetterCounts* counts) {
#if defined(__SSE2__)
  static const bool enabled = BlockRangesAgree();
  if (!enabled) return p;
  const __m128i continuation_end = _mm_set1_epi8(-64);  // 0xC0 signed
  auto in_range = [](__m128i x, int lo, int span) {
    // lo <= x <= lo + span, unsigned bytes.
    const __m128i off = _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(lo)));
    return _mm_cmpeq_epi8(
        _mm_min_epu8(off, _mm_set1_epi8(static_cast<char>(span))), off);
  };
  auto equals = [](__m128i x, int b) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(b)));
  };
  auto bits = [](__m128i m) {
    return static_cast<unsigned>(_mm_movemask_epi8(m));
  };
  // Per-lane counters (a mask lane is -1: subtracting it adds 1), summed
  // out before any lane can pass 255.
  const __m128i zero = _mm_setzero_si128();
  __m128i letter_lanes = zero;
  __m128i arabic_lanes = zero;
  __m128i teh_lanes = zero;
  int blocks_in_lanes = 0;
  auto drain = [&]() {
    auto sum = [&](__m128i lanes) {
      const __m128i halves = _mm_sad_epu8(lanes, zero);
      return static_cast<size_t>(_mm_cvtsi128_si64(halves)) +
             static_cast<size_t>(
                 _mm_cvtsi128_si64(_mm_unpackhi_epi64(halves, halves)));
    };
    counts->letters += sum(letter_lanes);
    counts->arabic_script += sum(arabic_lanes);
    counts->teh_marbuta += sum(teh_lanes);
    letter_lanes = arabic_lanes = teh_lanes = zero;
    blocks_in_lanes = 0;
  };
  unsigned carry = 0;  // the block before ended on a lead byte
  while (end - p >= 17) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i high_lanes = _mm_cmplt_epi8(v, zero);
    const unsigned high = bits(high_lanes);
    const __m128i is_d8 = equals(v, 0xD8);
    const __m128i is_d9 = equals(v, 0xD9);
    const unsigned lead = bits(_mm_or_si128(is_d8, is_d9));
    const unsigned continuation = bits(_mm_cmplt_epi8(v, continuation_end));
    const __m128i letter_lanes_now =
        _mm_or_si128(_mm_and_si128(is_d8, in_range(w, 0xA1, 0xBA - 0xA1)),
                     _mm_and_si128(is_d9, in_range(w, 0x81, 0x8A - 0x81)));
    const __m128i nothing_lanes = _mm_or_si128(
        _mm_and_si128(
            is_d8, _mm_or_si128(_mm_or_si128(equals(w, 0x8C), equals(w, 0x9B)),
                                equals(w, 0x9F))),
        _mm_and_si128(is_d9,
                      _mm_or_si128(_mm_or_si128(equals(w, 0x80),
                                                in_range(w, 0x8B, 0x92 - 0x8B)),
                                   in_range(w, 0xA0, 0xA9 - 0xA0))));
    if ((high & ~(lead | continuation)) != 0 ||
        continuation != (((lead << 1) | carry) & 0xFFFF) ||
        (lead & ~bits(_mm_or_si128(letter_lanes_now, nothing_lanes))) != 0) {
      break;
    }
    const __m128i ascii_letter = _mm_andnot_si128(
        high_lanes, in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 25));
    letter_lanes = _mm_sub_epi8(letter_lanes,
                                _mm_or_si128(ascii_letter, letter_lanes_now));
    arabic_lanes = _mm_sub_epi8(arabic_lanes, letter_lanes_now);
    teh_lanes = _mm_sub_epi8(teh_lanes, _mm_and_si128(is_d8, equals(w, 0xA9)));
    if (++blocks_in_lanes == 255) drain();
    carry = lead >> 15;
    p += 16;
  }
  drain();
  // A pair the last boundary split was counted with its lead byte (its
  // second byte was checked through `w`): go on after it.
  return p + carry;
#else
  (void)end;
  (void)counts;
  return p;
#endif
}

}  // namespace

void LetterCounts::Add(std::string_view text) {
  // Whole 16-byte blocks of ASCII and common Arabic at a time (decoding and
  // testing each character was 79k instructions per article on
  // examples/heatwave.txt, callgrind); the block that stops them and the
  // tail a character at a time.
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = begin + text.size();
  const unsigned char* p = begin;
  while (p < end) {
    p = CountBlocks(p, end, this);
    const unsigned char* const block_end = end - p > 16 ? p + 16 : end;
    while (p < block_end) {
      const unsigned char byte = *p;
      if (byte < 0x80) {
        // ASCII is most of any Latin text and the blanks of every text.
        letters += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z' ? 1 : 0;
        ++p;
        continue;
      }
      size_t pos = static_cast<size_t>(p - begin);
      AddNonAscii(DecodeUtf8(text, &pos), this);
      p = begin + pos;
    }
  }
}

Language GuessLanguage(const LetterCounts& counts) {
  const size_t script = counts.arabic_script;
  if (script == 0 || script * 2 < counts.letters) return Language::kOther;
  if (Marks(counts.urdu, script)) return Language::kUrdu;
  if (Marks(counts.other_script, script)) return Language::kOther;
  if (Marks(counts.persian, script) &&
      !AtLeastOnePercent(counts.teh_marbuta, script)) {
    return Language::kPersian;
  }
  return Language::kArabic;
}

Language GuessLanguage(std::string_view text) {
  LetterCounts counts;
  counts.Add(text);
  return GuessLanguage(counts);
}

}  // namespace khulasa::text
