#include "src/text/sentence_splitter.h"

#include <bit>
#include <cstddef>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "src/text/abbreviations.h"
#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/normalizer.h"
#include "src/text/paragraph_splitter.h"
#include "src/text/quote_spans.h"
#include "src/text/split_scan.h"
#include "src/text/stopwords.h"
#include "src/text/word_scanner.h"

namespace khulasa::text {
namespace {

using internal::CharClass;
using internal::ClassifyAt;
using internal::DecodeBefore;
using internal::IsAbbreviationPart;
using internal::IsAsciiAlnum;
using internal::IsCloser;
using internal::IsDottedAbbreviation;
using internal::IsEraAbbreviation;
using internal::IsEraLetter;
using internal::IsEtcetera;
using internal::IsLatinAbbreviation;
using internal::IsLetterName;
using internal::IsPreposition;
using internal::kMaxAbbreviationBytes;
using internal::QuoteSpans;
using internal::ShapeOf;
using internal::SpaceBefore;
using internal::StartsWithUrl;
using internal::StripOpeners;
using internal::Trim;
using internal::WordScanner;
using internal::WordShape;

bool PrecededByNumber(std::string_view text, size_t word_begin, size_t floor) {
  // Directly glued digits ("1827" + meem) or a number before the space.
  size_t end = word_begin;
  size_t space_begin;
  while (end > floor && SpaceBefore(text, end, &space_begin)) {
    end = space_begin;
  }
  if (end == floor) return false;
  size_t b;
  const char32_t c = DecodeBefore(text, end, &b);
  return IsAnyDigit(c);
}

// The first byte at or after `pos` (before `end`) that can start a
// sentence terminator: '.', '!', '?', the lead byte of U+2026 (E2), or
// U+061F (D8 9F) and U+06D4 (DB 94) whole (D8 also leads half the Arabic
// letters). `end` when there is none; `size` bounds the reads. Sixteen
// bytes at a time with SSE2: the byte-by-byte scan was ~57k instructions per
// article on examples/heatwave.txt (callgrind), most of the splitter's cost.
size_t NextTerminatorCandidate(const unsigned char* s, size_t pos, size_t end,
                               size_t size) {
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i d8 = _mm_set1_epi8(static_cast<char>(0xD8));
  const __m128i x9f = _mm_set1_epi8(static_cast<char>(0x9F));
  const __m128i db = _mm_set1_epi8(static_cast<char>(0xDB));
  const __m128i x94 = _mm_set1_epi8(static_cast<char>(0x94));
  // Each block also reads the byte after it (the second byte of D8 9F).
  while (pos + 16 <= end && pos + 17 <= size) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const __m128i w =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos + 1));
    const __m128i ascii = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
        _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_cmpeq_epi8(v, e2)));
    const __m128i arabic = _mm_or_si128(
        _mm_and_si128(_mm_cmpeq_epi8(v, d8), _mm_cmpeq_epi8(w, x9f)),
        _mm_and_si128(_mm_cmpeq_epi8(v, db), _mm_cmpeq_epi8(w, x94)));
    const unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, arabic)));
    if (mask != 0) return pos + static_cast<size_t>(std::countr_zero(mask));
    pos += 16;
  }
#endif
  for (; pos < end; ++pos) {
    const unsigned char b = s[pos];
    if (b == '.' || b == '!' || b == '?' || b == 0xE2) return pos;
    if ((b == 0xD8 || b == 0xDB) && pos + 1 < size &&
        s[pos + 1] == (b == 0xD8 ? 0x9F : 0x94)) {
      return pos;
    }
  }
  return end;
}

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, ByteRange paragraph,
                    std::vector<ByteRange>* out)
      : text_(text),
        para_(paragraph),
        out_(out),
        words_(text, paragraph),
        quotes_(text, paragraph) {}

  void Run() {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    size_t sentence_begin = para_.begin;
    size_t pos = para_.begin;
    while (true) {
      pos = NextTerminatorCandidate(s, pos, para_.end, text_.size());
      if (pos >= para_.end) break;
      char32_t c;
      size_t next;
      ClassifyAt(text_, pos, &c, &next);
      if (!IsSentenceTerminator(c)) {
        pos = next;
        continue;
      }
      size_t run_end = next;
      const size_t split =
          SplitPointAfterTerminator(sentence_begin, pos, &run_end);
      if (split > pos) {
        Emit(sentence_begin, split);
        sentence_begin = split;
        pos = split;
      } else {
        // The decision covers the whole run of terminators: skip it, so a
        // long run is not rescanned from each of its characters.
        pos = run_end > next ? run_end : next;
      }
    }
    Emit(sentence_begin, para_.end);
  }

 private:
  void Emit(size_t begin, size_t end) {
    const ByteRange r = Trim(text_, begin, end);
    if (!r.empty()) out_->push_back(r);
  }

  // `pos` is at a terminator. Returns the byte after the sentence (past the
  // run of terminators and closers) when the sentence ends here, or `pos`
  // when it does not. Sets *run_end to the end of the terminator run.
  size_t SplitPointAfterTerminator(size_t sentence_begin, size_t pos,
                                   size_t* run_end) {
    // The run of terminators: "...", "?!", "…".
    size_t end = pos;
    size_t dots = 0;
    bool only_dots = true;
    bool only_ellipsis = true;  // only '.' and U+2026
    bool has_ellipsis_char = false;
    char32_t c;
    size_t next;
    while (end < para_.end) {
      ClassifyAt(text_, end, &c, &next);
      if (!IsSentenceTerminator(c)) break;
      if (c == '.') {
        ++dots;
      } else {
        only_dots = false;
        has_ellipsis_char |= c == 0x2026;
        only_ellipsis &= c == 0x2026;
      }
      end = next;
    }
    *run_end = end;
    const bool single_dot = only_dots && dots == 1;
    const bool ellipsis = only_ellipsis && (dots >= 2 || has_ellipsis_char);
    // Closing quotes and brackets stay with the sentence.
    size_t after = end;
    while (after < para_.end) {
      ClassifyAt(text_, after, &c, &next);
      if (!IsCloser(c)) break;
      after = next;
    }
    // What follows: end of paragraph, whitespace, or glued text.
    char32_t follow = 0;
    CharClass follow_class = CharClass::kSpace;
    if (after < para_.end) {
      follow_class = ClassifyAt(text_, after, &follow, &next);
    }
    const bool at_end = after >= para_.end;
    const bool spaced = at_end || follow_class == CharClass::kSpace ||
                        follow_class == CharClass::kFormat;

    char32_t prev = 0;
    if (pos > para_.begin) {
      size_t b;
      prev = DecodeBefore(text_, pos, &b);
    }

    if (ellipsis) {
      // Omission marks "(...)" "[...]", an ellipsis that opens a sentence or
      // is glued after an opening quote ("\u201C\u2026\u062D"), and "... etc."
      // do not end a sentence.
      if (prev == '(' || prev == '[' ||
          (!spaced && (prev == 0x00AB || prev == 0x201C)) ||
          pos == Trim(text_, sentence_begin, pos).begin ||
          IsEtcetera(words_.NextWord(end))) {
        return pos;
      }
    }
    if (single_dot && !spaced) {
      // Inside numbers ("2.5"), domains and file names ("t.co",
      // "example.com"): ASCII alphanumerics on both sides.
      if (IsAsciiAlnum(prev) && IsAsciiAlnum(follow)) return pos;
      if (IsAnyDigit(prev) && IsAnyDigit(follow)) return pos;
    }
    // The word the terminator ends ("2.5" -> "2", "Dr." -> "Dr").
    bool word_has_at = false;
    const size_t word_begin =
        words_.WordBegin(sentence_begin, pos, &word_has_at);
    const std::string_view word = text_.substr(word_begin, pos - word_begin);
    if (!at_end && !spaced) {
      // Glued text after the terminator: split only before letters
      // (a dot between two Arabic words), quotes or brackets; never inside
      // URLs and e-mails.
      if (StartsWithUrl(word) || word_has_at) return pos;
      // Glued abbreviations: "ق.م", "ص.ب", "ج.م.ع", "سي.آي.إيه".
      if (single_dot && follow_class == CharClass::kArabic) {
        std::string_view part = StripOpeners(word);
        const size_t last_dot = part.rfind('.');
        if (last_dot != std::string_view::npos) {
          part.remove_prefix(last_dot + 1);
        }
        const bool era = IsEraAbbreviation(StripOpeners(word)) &&
                         PrecededByNumber(text_, word_begin, sentence_begin);
        if (!era && IsAbbreviationPart(part) &&
            IsAbbreviationPart(words_.NextPart(after))) {
          return pos;
        }
      }
      if (follow_class != CharClass::kArabic &&
          follow_class != CharClass::kLatin &&
          follow_class != CharClass::kPunctuation) {
        return pos;
      }
      if (follow_class == CharClass::kLatin && IsAsciiAlnum(prev)) return pos;
      if (follow_class == CharClass::kPunctuation && !IsCloser(follow) &&
          follow != '"' && follow != 0x00AB && follow != 0x201C &&
          follow != '(' && follow != '-') {
        return pos;
      }
    }
    if (single_dot && word.empty() && spaced && !at_end) {
      // Initials written apart: "شركة م . ا . ل المرسل".
      const WordShape before =
          ShapeOf(words_.PreviousWord(sentence_begin, pos));
      const WordShape after_word = ShapeOf(words_.NextWord(after));
      if (before.letters == 1 && before.only_letters_and_dots &&
          after_word.letters == 1 && after_word.only_letters_and_dots) {
        return pos;
      }
    }
    if (single_dot && word.size() <= kMaxAbbreviationBytes) {
      const WordShape shape = ShapeOf(word);
      // A sentence that is only a list number ("1.") is not a sentence.
      if (shape.letters == 0 && shape.digits > 0 && shape.digits <= 3 &&
          word_begin == Trim(text_, sentence_begin, pos).begin) {
        return pos;
      }
      if (shape.only_letters_and_dots && shape.letters >= 1) {
        // Single letters: initials and Arabic abbreviations (dal-dot,
        // meem-dot, "U.S."), unless an era letter follows a number.
        const std::string_view bare = StripOpeners(word);
        const bool initials =
            shape.letters == 1 || (word.find('.') != std::string_view::npos &&
                                   IsDottedAbbreviation(bare));
        if (initials) {
          const bool era =
              ((shape.letters == 1 && IsEraLetter(shape.first_letter)) ||
               IsEraAbbreviation(bare)) &&
              PrecededByNumber(text_, word_begin, sentence_begin) &&
              !(spaced && IsPreposition(words_.NextWord(after)));
          if (!era) return pos;
        }
        if (IsLatinAbbreviation(word)) return pos;
        if (spaced && !at_end) {
          // "جون إف. كينيدي": a Latin initial in Arabic script.
          if (IsLetterName(bare) &&
              InitialContinues(sentence_begin, word_begin, after)) {
            return pos;
          }
          // "No. 5".
          const std::string_view number = words_.NextWord(after);
          if ((word == "No" || word == "Nos") && !number.empty() &&
              IsAnyDigit(static_cast<unsigned char>(number[0]))) {
            return pos;
          }
        }
      }
    }
    // A quotation after which the sentence goes on keeps its terminators:
    // (qala: "sanabqa huna. lan narhal" wa-adaf).
    if (quotes_.InsideClosingQuote(pos, after)) return pos;
    return after;
  }

  // A letter name with a dot ("إف.") followed by more text: an initial when
  // the name goes on. It ends the sentence after a number (a model, "777
  // اكس."), after a spelled acronym without dots ("يو اس بي."), before a
  // stopword ("مما", "ثم") and before a word starting with waw ("ويوجد")
  // unless initials came before ("إتش. جي. ويلز").
  bool InitialContinues(size_t floor, size_t word_begin, size_t after) const {
    const std::string_view next = words_.NextWord(after);
    if (next.empty()) return false;
    char32_t c;
    size_t n;
    const CharClass cls = ClassifyAt(next, 0, &c, &n);
    if (cls != CharClass::kArabic && cls != CharClass::kLatin) return false;
    const std::string_view previous = words_.PreviousWord(floor, word_begin);
    bool chain = false;
    if (!previous.empty()) {
      size_t b;
      const char32_t last = DecodeBefore(previous, previous.size(), &b);
      if (IsAnyDigit(last)) return false;
      if (last == '.') {
        const std::string_view p =
            StripOpeners(previous.substr(0, previous.size() - 1));
        chain = IsLetterName(p) || ShapeOf(p).letters == 1;
      } else if (IsLetterName(StripOpeners(previous))) {
        return false;  // "يو اس بي." spells an acronym
      }
    }
    if (c == 0x0648 && !chain) return false;  // waw opens most sentences
    if (IsStopword(NormalizeForMatching(next))) return false;
    return true;
  }

  std::string_view text_;
  ByteRange para_;
  std::vector<ByteRange>* out_;
  WordScanner words_;
  QuoteSpans quotes_;
};

}  // namespace

void SplitParagraphSentences(std::string_view text, ByteRange paragraph,
                             std::vector<ByteRange>* out) {
  if (paragraph.end > text.size() || paragraph.begin >= paragraph.end) return;
  ParagraphSplitter(text, paragraph, out).Run();
}

std::vector<ByteRange> SplitSentences(std::string_view text) {
  std::vector<ByteRange> sentences;
  for (const ByteRange& p : SplitParagraphs(text)) {
    SplitParagraphSentences(text, p, &sentences);
  }
  return sentences;
}

}  // namespace khulasa::text
