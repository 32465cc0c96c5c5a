// The text espeak-ng reads, with a map from each of its bytes back to the
// source text, so that word timings can point into what the user sent.
// Every preparation step (speech_text_*.h) takes a SpeechText and returns a
// new one built with SpeechTextBuilder, which keeps the map.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa::speech {

struct SpeechText {
  std::string text;  // UTF-8, what will be spoken
  // source[i]: the source bytes that text byte i came from. Same size as
  // text. Copied bytes map to themselves; inserted or rewritten bytes map to
  // the whole source span they replace.
  std::vector<ByteRange> source;

  // `source_text` itself, byte i mapping to [offset + i, offset + i + 1).
  static SpeechText FromSource(std::string_view source_text, size_t offset = 0);

  // The source span covered by spoken bytes [spoken.begin, spoken.end):
  // from the smallest begin to the largest end. Empty at the position of
  // spoken.begin when `spoken` is empty.
  ByteRange SourceRange(ByteRange spoken) const;

  // "text|b0-e0 b1-e1 ..." with runs of consecutive one-byte copies
  // collapsed to "b-e", for compact test expectations.
  std::string DebugString() const;
};

// A code point of a UTF-8 text and the bytes it occupies.
struct CodePoint {
  char32_t c;
  size_t begin;
  size_t end;
};

// Decodes valid UTF-8 `text` (invalid bytes become U+FFFD, one byte each).
std::vector<CodePoint> DecodeCodePoints(std::string_view text);

// Builds the output of one step from its input `in`, keeping the map.
class SpeechTextBuilder {
 public:
  // `in` must outlive the builder.
  explicit SpeechTextBuilder(const SpeechText& in) : in_(in) {}

  // Copies in.text[begin, end) with its source map.
  void Copy(size_t begin, size_t end);
  // Appends `text`, every byte mapped to the source of in.text[begin, end)
  // (the span it replaces). An empty span maps to the source position of
  // `begin`.
  void Replace(size_t begin, size_t end, std::string_view text);

  SpeechText Build() &&;

 private:
  const SpeechText& in_;
  SpeechText out_;
};

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_H_
