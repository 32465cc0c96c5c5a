#include "src/text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/normalizer.h"
#include "src/text/stopwords.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using internal::CharClass;
using internal::ClassifyAt;

// ---------------------------------------------------------------- lines --

struct Line {
  size_t begin;        // first byte of the line
  size_t end;          // byte of its '\n' (or text end)
  size_t trim_begin;   // after leading whitespace
  size_t trim_end;     // before trailing whitespace
  uint32_t length;     // code points of the trimmed line
  bool indented;       // starts with whitespace before text
  bool ends_sentence;  // trimmed line ends with a terminator (+ closers)
};

inline bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\v' ||
         b == '\f';
}

// True when the code point ending at `end` is whitespace; sets *begin to
// its first byte. Handles ASCII and the multi-byte spaces (NBSP, ...).
bool SpaceBefore(std::string_view text, size_t end, size_t* begin) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (end == 0) return false;
  if (IsAsciiSpace(s[end - 1])) {
    *begin = end - 1;
    return true;
  }
  if (s[end - 1] < 0x80) return false;
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsUtf8ContinuationByte(s[start])) {
    --start;
  }
  char32_t c;
  size_t next;
  const CharClass cls = ClassifyAt(text, start, &c, &next);
  if (next != end) return false;
  if (cls == CharClass::kSpace || cls == CharClass::kFormat) {
    *begin = start;
    return true;
  }
  return false;
}

bool SpaceAt(std::string_view text, size_t pos, size_t* next) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (IsAsciiSpace(b)) {
    *next = pos + 1;
    return true;
  }
  if (b < 0x80) return false;
  char32_t c;
  const CharClass cls = ClassifyAt(text, pos, &c, next);
  return cls == CharClass::kSpace || cls == CharClass::kFormat;
}

// Trims whitespace (and format controls) from both ends of [begin, end).
ByteRange Trim(std::string_view text, size_t begin, size_t end) {
  size_t next;
  while (begin < end && SpaceAt(text, begin, &next)) {
    begin = std::min(next, end);
  }
  size_t space_begin;
  while (end > begin && SpaceBefore(text, end, &space_begin)) {
    end = space_begin;
  }
  return ByteRange{begin, end};
}

// Closing quotes and brackets that stay with the sentence they close.
inline bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0x00BB || c == 0x201D || c == 0x2019 || c == 0x203A ||
         c == 0xFD3E || c == 0xFD3F;
}

// Decodes the code point that ends at `end` (end > 0); sets *begin.
char32_t DecodeBefore(std::string_view text, size_t end, size_t* begin) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsUtf8ContinuationByte(s[start])) {
    --start;
  }
  size_t next = start;
  const char32_t c = DecodeUtf8(text, &next);
  if (next != end) {  // invalid tail byte: treat it as its own unit
    *begin = end - 1;
    return kReplacementChar;
  }
  *begin = start;
  return c;
}

bool EndsWithTerminator(std::string_view text, ByteRange r) {
  size_t end = r.end;
  while (end > r.begin) {
    size_t begin;
    const char32_t c = DecodeBefore(text, end, &begin);
    if (IsCloser(c)) {
      end = begin;
      continue;
    }
    return IsSentenceTerminator(c);
  }
  return false;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t pos = 0;
  while (pos < text.size()) {
    const void* nl = std::memchr(s + pos, '\n', text.size() - pos);
    const size_t end =
        nl ? static_cast<size_t>(static_cast<const unsigned char*>(nl) - s)
           : text.size();
    Line line{};
    line.begin = pos;
    line.end = end;
    const ByteRange t = Trim(text, pos, end);
    line.trim_begin = t.begin;
    line.trim_end = t.end;
    line.indented = t.begin > pos && !t.empty();
    uint32_t length = 0;
    for (size_t i = t.begin; i < t.end; ++i) {
      length += !IsUtf8ContinuationByte(s[i]);
    }
    line.length = length;
    line.ends_sentence = !t.empty() && EndsWithTerminator(text, t);
    lines.push_back(line);
    pos = end + 1;  // past '\n'; always advances
  }
  return lines;
}

// Wrap width estimate and verdict for a set of lines.
struct WrapInfo {
  bool wrapped = false;
  uint32_t width = 0;  // 80th percentile of non-blank line lengths
};

// Widest wrap width we believe in: fixed-width archives wrap at 60-120
// columns; longer lines are paragraphs.
constexpr uint32_t kMaxWrapWidth = 160;
constexpr size_t kMinWrappedLines = 4;

WrapInfo AnalyzeWrap(const std::vector<Line>& lines) {
  WrapInfo info;
  std::vector<uint32_t> lengths;
  size_t last_nonblank = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].length > 0) {
      lengths.push_back(lines[i].length);
      last_nonblank = i;
    }
  }
  if (lengths.size() < kMinWrappedLines) return info;
  std::sort(lengths.begin(), lengths.end());
  const uint32_t width = lengths[(lengths.size() * 8) / 10];
  info.width = width;
  if (width > kMaxWrapWidth || width < 20) return info;
  // "Full" lines: within 75% of the wrap width. In wrapped text most lines
  // are full and most full lines stop mid-sentence.
  size_t considered = 0;
  size_t full = 0;
  size_t full_open = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.length == 0 || i == last_nonblank) continue;
    ++considered;
    if (l.length * 4 >= width * 3) {
      ++full;
      if (!l.ends_sentence) ++full_open;
    }
  }
  info.wrapped = considered >= kMinWrappedLines - 1 && full * 2 >= considered &&
                 full_open * 2 > full;
  return info;
}

// ------------------------------------------------------------ sentences --

inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

bool StartsWithUrl(std::string_view word) {
  auto has = [&](std::string_view p) {
    if (word.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char ch = word[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      if (ch != p[i]) return false;
    }
    return true;
  };
  return has("http://") || has("https://") || has("www.");
}

bool IsLatinAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kAbbreviations = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr",
      "Jr", "St",  "vs", "Mt", "Gen",  "Col"};
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

// Names of Latin letters written in Arabic script, as initials in foreign
// names ("جون إف. كينيدي", "جي. دي. فانس") and in spelled acronyms
// ("سي.آي.إيه"), with the common spelling variants (hamza or not). "في"
// (V) is also the preposition "in", which cannot end a sentence: "في."
// does not occur in EASC, ARGEn or Tashkeela (val, test).
bool IsLetterName(std::string_view word) {
  // In order: A A B C D E E F F G H H H H I J J K K L L M M N N O O Q R R
  // S S T U V V V W X X Y Z.
  static constexpr std::array<std::string_view, 42> kNames = {
      "\u0625\u064A\u0647",
      "\u0627\u064A\u0647",
      "\u0628\u064A",
      "\u0633\u064A",
      "\u062F\u064A",
      "\u0625\u064A",
      "\u0627\u064A",
      "\u0625\u0641",
      "\u0627\u0641",
      "\u062C\u064A",
      "\u0625\u062A\u0634",
      "\u0627\u062A\u0634",
      "\u0625\u064A\u062A\u0634",
      "\u0627\u064A\u062A\u0634",
      "\u0622\u064A",
      "\u062C\u064A\u0647",
      "\u062C\u0627\u064A",
      "\u0643\u064A\u0647",
      "\u0643\u0627\u064A",
      "\u0625\u0644",
      "\u0627\u0644",
      "\u0625\u0645",
      "\u0627\u0645",
      "\u0625\u0646",
      "\u0627\u0646",
      "\u0623\u0648",
      "\u0627\u0648",
      "\u0643\u064A\u0648",
      "\u0622\u0631",
      "\u0627\u0631",
      "\u0625\u0633",
      "\u0627\u0633",
      "\u062A\u064A",
      "\u064A\u0648",
      "\u0641\u064A",
      "\u06A4\u064A",
      "\u0641\u0649",
      "\u062F\u0628\u0644\u064A\u0648",
      "\u0625\u0643\u0633",
      "\u0627\u0643\u0633",
      "\u0648\u0627\u064A",
      "\u0632\u062F"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

// Drops leading opening brackets and quotes: "(سي" -> "سي".
std::string_view StripOpeners(std::string_view word) {
  while (!word.empty() &&
         (word.front() == '(' || word.front() == '[' || word.front() == '"')) {
    word.remove_prefix(1);
  }
  for (std::string_view opener : {"\xC2\xAB", "\xE2\x80\x9C"}) {
    if (word.substr(0, opener.size()) == opener)
      word.remove_prefix(opener.size());
  }
  return word;
}

// Letters of `word` (marks and tatweel skipped), up to 3 counted.
struct WordShape {
  int letters = 0;  // Arabic or Latin letters
  int digits = 0;
  char32_t first_letter = 0;
  bool only_letters_and_dots = true;
};

WordShape ShapeOf(std::string_view word) {
  WordShape shape;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t c;
    size_t next;
    const CharClass cls = ClassifyAt(word, pos, &c, &next);
    pos = next;
    if (cls == CharClass::kArabic) {
      if (IsArabicLetter(c) || IsArabicPresentationForm(c)) {
        if (shape.letters == 0) shape.first_letter = c;
        ++shape.letters;
      }
    } else if (cls == CharClass::kLatin) {
      if (shape.letters == 0) shape.first_letter = c;
      ++shape.letters;
    } else if (cls == CharClass::kDigit) {
      ++shape.digits;
      shape.only_letters_and_dots = false;
    } else if (c != '.') {
      shape.only_letters_and_dots = false;
    }
  }
  return shape;
}

// Abbreviations and initials are short; longer words are not checked.
constexpr size_t kMaxAbbreviationBytes = 64;
// How far WordBegin scans back before switching to its forward scan.
constexpr size_t kBackScanBytes = 64;

// Abbreviation letters that, after a number, mark an era (meem after
// "1770" is "AD", heh is "AH", and the dot ends the sentence) rather than a
// title (meem-dot before a name is "Eng.").
inline bool IsEraLetter(char32_t c) { return c == 0x0645 || c == kHeh; }

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

// A dot-separated part of an abbreviation: a single letter ("ق" in
// "ق.م"), a letter name ("سي" in "سي.آي.إيه") or up to two Latin letters
// ("U", "Ph"). Longer parts are words ("example" in "example.com").
bool IsAbbreviationPart(std::string_view part) {
  if (part.empty() || IsLetterName(part)) return !part.empty();
  const WordShape shape = ShapeOf(part);
  if (!shape.only_letters_and_dots || shape.letters == 0) return false;
  if (shape.letters == 1) return true;
  return shape.letters == 2 && IsAsciiAlnum(shape.first_letter);
}

// True when every dot-separated part of `word` is an abbreviation part
// ("أ.د", "U.S", "سي.آي.إيه"; not "example.com").
bool IsDottedAbbreviation(std::string_view word) {
  size_t parts = 0;
  while (!word.empty()) {
    const size_t dot = word.find('.');
    const std::string_view part = word.substr(0, dot);
    if (!part.empty()) {
      if (!IsAbbreviationPart(part)) return false;
      ++parts;
    }
    if (dot == std::string_view::npos) break;
    word.remove_prefix(dot + 1);
  }
  return parts > 0;
}

// Era abbreviations after a year: meem ("AD"), heh ("AH", often with
// tatweel "هـ") and qaf-dot-meem ("BC", "ق.م").
bool IsEraAbbreviation(std::string_view word) {
  return word == "\u0645" || word == "\u0647" || word == "\u0647\u0640" ||
         word == "\u0642.\u0645";
}

// Prepositions that go on after an era ("2000 ق.م. في ملحمة جلجامش"):
// they do not open a sentence.
bool IsPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kPrepositions = {
      "\u0641\u064A",       "\u0641\u0649",       "\u0645\u0646",
      "\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0639\u0644\u0649",
      "\u0639\u0646",       "\u062D\u062A\u0649", "\u0628\u064A\u0646",
      "\u0645\u0646\u0630"};
  for (std::string_view p : kPrepositions) {
    if (word == p) return true;
  }
  return false;
}

// "etc." after an ellipsis ("... إلخ") continues the list.
bool IsEtcetera(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word == "\u0627\u0644\u062E" || word == "\u0625\u0644\u062E";
}

// Longest quotation kept whole (bytes from the opening quote to the closing
// one): longer quotes split at their own sentence ends.
constexpr size_t kMaxQuoteBytes = 600;

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, ByteRange paragraph,
                    std::vector<ByteRange>* out)
      : text_(text),
        para_(paragraph),
        out_(out),
        quote_scan_(paragraph.begin) {}

  void Run() {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    size_t sentence_begin = para_.begin;
    size_t pos = para_.begin;
    while (pos < para_.end) {
      const unsigned char b = s[pos];
      // Fast skip: only '.', '!', '?' and the lead bytes of U+061F (D8),
      // U+06D4 (DB) and U+2026 (E2) can start a terminator.
      if (b != '.' && b != '!' && b != '?' && b != 0xD8 && b != 0xDB &&
          b != 0xE2) {
        ++pos;
        continue;
      }
      // D8 also leads half the Arabic letters, DB the extended ones; of
      // those rows only D8 9F (U+061F) and DB 94 (U+06D4) are terminators,
      // so check the second byte before decoding (its other bytes are
      // continuation bytes, skipped above). 101k -> 90k instructions per
      // article on examples/heatwave.txt (callgrind).
      if ((b == 0xD8 || b == 0xDB) &&
          (pos + 1 >= text_.size() ||
           s[pos + 1] != (b == 0xD8 ? 0x9F : 0x94))) {
        ++pos;
        continue;
      }
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
          IsEtcetera(NextWord(end))) {
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
    const size_t word_begin = WordBegin(sentence_begin, pos, &word_has_at);
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
            IsAbbreviationPart(NextPart(after))) {
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
              !(spaced && IsPreposition(NextWord(after)));
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
          const std::string_view number = NextWord(after);
          if ((word == "No" || word == "Nos") && !number.empty() &&
              IsAnyDigit(static_cast<unsigned char>(number[0]))) {
            return pos;
          }
        }
      }
    }
    // A quotation after which the sentence goes on keeps its terminators:
    // (qala: "sanabqa huna. lan narhal" wa-adaf).
    if (InsideClosingQuote(pos, after)) return pos;
    return after;
  }

  // Arabic letters (and marks) starting at `pos`, at most
  // kMaxAbbreviationBytes: the part after a glued dot ("م" in "ق.م").
  std::string_view NextPart(size_t pos) const {
    size_t end = pos;
    char32_t c;
    size_t next;
    while (end < para_.end && end - pos < kMaxAbbreviationBytes &&
           ClassifyAt(text_, end, &c, &next) == CharClass::kArabic &&
           c != kTatweel) {
      end = next;
    }
    if (end < para_.end && end - pos >= kMaxAbbreviationBytes) return {};
    return text_.substr(pos, end - pos);
  }

  // The run of non-space bytes that starts at the first non-space byte at
  // or after `pos` (at most kMaxAbbreviationBytes of it).
  std::string_view NextWord(size_t pos) const {
    size_t next;
    while (pos < para_.end && SpaceAt(text_, pos, &next)) pos = next;
    size_t end = pos;
    while (end < para_.end && end - pos < kMaxAbbreviationBytes &&
           !SpaceAt(text_, end, &next)) {
      end = next > end ? next : end + 1;
    }
    return text_.substr(pos, end - pos);
  }

  // The word before the one that starts at `word_begin` (not before
  // `floor`), at most kBackScanBytes long; empty when there is none.
  std::string_view PreviousWord(size_t floor, size_t word_begin) const {
    size_t end = word_begin;
    size_t space_begin;
    while (end > floor && SpaceBefore(text_, end, &space_begin)) {
      end = space_begin;
    }
    size_t begin = end;
    while (begin > floor && end - begin < kBackScanBytes &&
           !SpaceBefore(text_, begin, &space_begin)) {
      size_t start;
      DecodeBefore(text_, begin, &start);
      begin = start;
    }
    return text_.substr(begin, end - begin);
  }

  // A letter name with a dot ("إف.") followed by more text: an initial when
  // the name goes on. It ends the sentence after a number (a model, "777
  // اكس."), after a spelled acronym without dots ("يو اس بي."), before a
  // stopword ("مما", "ثم") and before a word starting with waw ("ويوجد")
  // unless initials came before ("إتش. جي. ويلز").
  bool InitialContinues(size_t floor, size_t word_begin, size_t after) const {
    const std::string_view next = NextWord(after);
    if (next.empty()) return false;
    char32_t c;
    size_t n;
    const CharClass cls = ClassifyAt(next, 0, &c, &n);
    if (cls != CharClass::kArabic && cls != CharClass::kLatin) return false;
    const std::string_view previous = PreviousWord(floor, word_begin);
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

  // True when `pos` is inside a quotation that opened before it and closes
  // at or after `after` (and within kMaxQuoteBytes of its opening): the
  // terminator is the quote's own, and the sentence goes on with or after
  // the quote. Scans each byte of the paragraph about once.
  bool InsideClosingQuote(size_t pos, size_t after) {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    while (quote_scan_ < pos) {
      // Only '"' and the lead bytes of U+00AB/U+00BB (C2) and
      // U+201C/U+201D (E2) can be quote marks: jump between them with
      // memchr (a byte loop here cost 10% of the splitter's speed).
      const size_t mark = std::min({NextByte('"', &next_quote_byte_[0]),
                                    NextByte(0xC2, &next_quote_byte_[1]),
                                    NextByte(0xE2, &next_quote_byte_[2])});
      if (mark >= pos) {
        quote_scan_ = pos;
        break;
      }
      quote_scan_ = mark + QuoteAt(s, mark, pos);
    }
    if (quote_open_ == kNone) return false;
    if (!quote_close_known_) {
      quote_close_known_ = true;
      quote_close_ = kNone;
      const size_t limit = std::min(para_.end, quote_open_ + kMaxQuoteBytes);
      for (size_t p = pos; p < limit; ++p) {
        const size_t len = QuoteCloseAt(s, p, limit);
        if (len > 0) {
          if (SentenceGoesOnAfterQuote(p, p + len)) quote_close_ = p;
          break;
        }
        // A second guillemet opens before this one closed: unbalanced.
        if (quote_close_char_ == 0x00BB && p + 1 < limit && s[p] == 0xC2 &&
            s[p + 1] == 0xAB) {
          break;
        }
      }
    }
    return quote_close_ != kNone && quote_close_ >= after;
  }

  // Position of the next byte `b` at or after quote_scan_ (para_.end when
  // none); *cache keeps the last answer, so each byte is searched once.
  size_t NextByte(unsigned char b, size_t* cache) const {
    if (*cache == kNone || *cache < quote_scan_) {
      const void* found =
          std::memchr(text_.data() + quote_scan_, b, para_.end - quote_scan_);
      *cache = found == nullptr
                   ? para_.end
                   : static_cast<size_t>(static_cast<const char*>(found) -
                                         text_.data());
    }
    return *cache;
  }

  // Updates the quote state for the byte at `p` (below `limit`); returns
  // how many bytes to advance (1, or the length of a quote mark).
  size_t QuoteAt(const unsigned char* s, size_t p, size_t limit) {
    if (quote_open_ != kNone) {
      const size_t len = QuoteCloseAt(s, p, limit);
      if (len > 0) {
        quote_open_ = kNone;
        return len;
      }
      return 1;
    }
    if (s[p] == '"') {
      if (TextFollows(p + 1)) OpenQuote(p, '"');
      return 1;
    }
    if (p + 1 < limit && s[p] == 0xC2 && s[p + 1] == 0xAB) {  // U+00AB
      if (TextFollows(p + 2)) OpenQuote(p, 0x00BB);
      return 2;
    }
    if (p + 2 < limit && s[p] == 0xE2 && s[p + 1] == 0x80 &&
        s[p + 2] == 0x9C) {  // U+201C
      if (TextFollows(p + 3)) OpenQuote(p, 0x201D);
      return 3;
    }
    return 1;
  }

  // An opening quote is glued to the text it opens: a mark followed by a
  // space or a terminator closes something ("... \u201C." used as a
  // closing mark) and opens nothing.
  bool TextFollows(size_t p) const {
    if (p >= para_.end) return false;
    char32_t c;
    size_t next;
    const CharClass cls = ClassifyAt(text_, p, &c, &next);
    return cls != CharClass::kSpace && cls != CharClass::kFormat &&
           !IsSentenceTerminator(c) && !IsCloser(c);
  }

  // The quotation closing at [close, close_end) is not the end of its
  // sentence: no terminator before the closing mark and text other than a
  // terminator after it ("\"...\" وأضاف", "\"...\"، قال").
  bool SentenceGoesOnAfterQuote(size_t close, size_t close_end) const {
    size_t end = close;
    size_t space_begin;
    while (end > para_.begin && SpaceBefore(text_, end, &space_begin)) {
      end = space_begin;
    }
    size_t b;
    if (end > para_.begin &&
        IsSentenceTerminator(DecodeBefore(text_, end, &b))) {
      return false;
    }
    size_t p = close_end;
    size_t next;
    while (p < para_.end && SpaceAt(text_, p, &next)) p = next;
    if (p >= para_.end) return false;
    char32_t c;
    ClassifyAt(text_, p, &c, &next);
    return !IsSentenceTerminator(c);
  }

  void OpenQuote(size_t p, char32_t close) {
    quote_open_ = p;
    quote_close_char_ = close;
    quote_close_known_ = false;
  }

  // Length of the closing mark of the open quote at `p`, or 0.
  size_t QuoteCloseAt(const unsigned char* s, size_t p, size_t limit) const {
    switch (quote_close_char_) {
      case '"':
        return s[p] == '"' ? 1 : 0;
      case 0x00BB:
        return p + 1 < limit && s[p] == 0xC2 && s[p + 1] == 0xBB ? 2 : 0;
      default:  // U+201D, or U+201C again (often misused as a closer)
        return p + 2 < limit && s[p] == 0xE2 && s[p + 1] == 0x80 &&
                       (s[p + 2] == 0x9D || s[p + 2] == 0x9C)
                   ? 3
                   : 0;
    }
  }

  // Start of the run of non-space bytes that ends at `pos`, not before
  // `floor` (the sentence start); *has_at tells whether it holds '@'.
  // Words are short: scan back at most kBackScanBytes. A longer word falls
  // back to a forward scan that resumes where the previous query ended
  // (same floor), so each byte is looked at once per sentence: no quadratic
  // rescans of a long word full of dots. (Always scanning forward from the
  // sentence start cost a third of the splitter's speed.)
  size_t WordBegin(size_t floor, size_t pos, bool* has_at) {
    const size_t limit =
        pos - floor > kBackScanBytes ? pos - kBackScanBytes : floor;
    size_t back = pos;
    bool back_at = false;
    while (back > limit) {
      const auto b = static_cast<unsigned char>(text_[back - 1]);
      if (b < 0x80) {
        if (IsAsciiSpace(b)) break;
        back_at |= b == '@';
        --back;
        continue;
      }
      size_t start;
      if (SpaceBefore(text_, back, &start)) break;
      DecodeBefore(text_, back, &start);
      back = start;
    }
    if (back > limit || back == floor) {
      *has_at = back_at;
      return back;
    }
    return WordBeginForward(floor, pos, has_at);
  }

  size_t WordBeginForward(size_t floor, size_t pos, bool* has_at) {
    size_t p = floor;
    size_t begin = floor;
    bool at = false;
    if (cache_valid_ && cache_floor_ == floor && cache_end_ <= pos) {
      p = cache_end_;
      begin = cache_begin_;
      at = cache_has_at_;
    }
    while (p < pos) {
      const auto b = static_cast<unsigned char>(text_[p]);
      if (b < 0x80) {
        if (IsAsciiSpace(b)) {
          begin = p + 1;
          at = false;
        } else if (b == '@') {
          at = true;
        }
        ++p;
        continue;
      }
      size_t next;
      if (SpaceAt(text_, p, &next)) {
        begin = next;
        at = false;
      }
      p = next > p ? next : p + 1;
    }
    cache_valid_ = true;
    cache_floor_ = floor;
    cache_end_ = pos;
    cache_begin_ = begin;
    cache_has_at_ = at;
    *has_at = at;
    return begin;
  }

  std::string_view text_;
  ByteRange para_;
  std::vector<ByteRange>* out_;
  bool cache_valid_ = false;
  size_t cache_floor_ = 0;
  size_t cache_end_ = 0;
  size_t cache_begin_ = 0;
  bool cache_has_at_ = false;
  // Quotation state (InsideClosingQuote), advanced monotonically.
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t quote_scan_ = 0;
  size_t quote_open_ = kNone;
  char32_t quote_close_char_ = 0;
  bool quote_close_known_ = false;
  size_t quote_close_ = kNone;
  size_t next_quote_byte_[3] = {kNone, kNone, kNone};
};

}  // namespace

bool LooksHardWrapped(std::string_view text) {
  return AnalyzeWrap(SplitLines(text)).wrapped;
}

std::vector<ByteRange> SplitParagraphs(std::string_view text) {
  std::vector<ByteRange> paragraphs;
  const std::vector<Line> lines = SplitLines(text);
  const WrapInfo wrap = AnalyzeWrap(lines);
  size_t para_begin = 0;
  size_t para_end = 0;
  bool open = false;
  auto close = [&]() {
    if (open) paragraphs.push_back(ByteRange{para_begin, para_end});
    open = false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.trim_begin == l.trim_end) {  // blank line: always a break
      close();
      continue;
    }
    if (open && wrap.wrapped) {
      // Join the line to the open paragraph when the previous line was a
      // full-width line (wrapped mid-text) and this one is not indented.
      const Line& prev = lines[i - 1];
      const bool prev_full = prev.length * 4 >= wrap.width * 3;
      const bool join = prev_full && !l.indented;
      if (!join) close();
    } else {
      close();
    }
    if (!open) {
      para_begin = l.trim_begin;
      open = true;
    }
    para_end = l.trim_end;
  }
  close();
  return paragraphs;
}

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
