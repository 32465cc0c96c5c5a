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

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, ByteRange paragraph,
                    std::vector<ByteRange>* out)
      : text_(text), para_(paragraph), out_(out) {}

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
    char32_t c;
    size_t next;
    while (end < para_.end) {
      ClassifyAt(text_, end, &c, &next);
      if (!IsSentenceTerminator(c)) break;
      if (c == '.') {
        ++dots;
      } else {
        only_dots = false;
      }
      end = next;
    }
    *run_end = end;
    const bool single_dot = only_dots && dots == 1;
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
        const bool initials =
            word.find('.') != std::string_view::npos || shape.letters == 1;
        if (initials) {
          const bool era = shape.letters == 1 &&
                           IsEraLetter(shape.first_letter) &&
                           PrecededByNumber(text_, word_begin, sentence_begin);
          if (!era) return pos;
        }
        if (IsLatinAbbreviation(word)) return pos;
      }
    }
    return after;
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
