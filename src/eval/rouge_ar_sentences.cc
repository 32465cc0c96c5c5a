#include "src/eval/rouge_ar_sentences.h"

#include <cstddef>

#include "src/text/arabic.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

// rouge_ar.py's lookbehind set: . ! ? and the Arabic question mark and full
// stop (not the ellipsis).
bool EndsSentence(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == text::kArabicQuestionMark ||
         c == text::kArabicFullStop;
}

// Appends `piece` stripped of Python whitespace, when anything is left.
void AddStripped(std::string_view piece, std::vector<std::string>* out) {
  size_t begin = 0;
  size_t end = piece.size();
  while (begin < end) {
    size_t next = begin;
    if (!text::IsPythonSpace(text::DecodeUtf8(piece, &next))) break;
    begin = next;
  }
  // Strip from the back one code point at a time: step back over
  // continuation bytes to the start of the last code point.
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && text::IsUtf8ContinuationByte(
                                static_cast<unsigned char>(piece[start]))) {
      --start;
    }
    size_t next = start;
    const char32_t c = text::DecodeUtf8(piece, &next);
    if (next != end || !text::IsPythonSpace(c)) break;
    end = start;
  }
  if (begin < end) out->emplace_back(piece.substr(begin, end - begin));
}

}  // namespace

std::vector<std::string> RougeArSentences(std::string_view text) {
  std::vector<std::string> sentences;
  size_t piece_begin = 0;
  size_t pos = 0;
  char32_t previous = 0;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    const bool split_after_end =
        EndsSentence(previous) && text::IsPythonSpace(c);
    if (!split_after_end && c != '\n') {
      previous = c;
      continue;
    }
    // A match: `(?<=[.!?...])\s+` takes every following space, `\n+` only
    // line breaks. The text up to it is a piece.
    AddStripped(text.substr(piece_begin, at - piece_begin), &sentences);
    size_t end = pos;
    while (end < text.size()) {
      size_t next = end;
      const char32_t d = text::DecodeUtf8(text, &next);
      if (split_after_end ? !text::IsPythonSpace(d) : d != '\n') break;
      end = next;
    }
    pos = end;
    piece_begin = end;
    previous = 0;  // the match ended in whitespace: no lookbehind hit
  }
  AddStripped(text.substr(piece_begin), &sentences);
  return sentences;
}

}  // namespace khulasa::eval
