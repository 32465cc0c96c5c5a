#include "src/speech/speech_text.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"

#include "src/text/utf8.h"

namespace khulasa::speech {

SpeechText SpeechText::FromSource(std::string_view source_text, size_t offset) {
  SpeechText out;
  out.text = std::string(source_text);
  out.source.reserve(source_text.size());
  for (size_t i = 0; i < source_text.size(); ++i) {
    out.source.push_back({offset + i, offset + i + 1});
  }
  return out;
}

ByteRange SpeechText::SourceRange(ByteRange spoken) const {
  const size_t begin = std::min(spoken.begin, source.size());
  const size_t end = std::min(std::max(spoken.end, begin), source.size());
  if (begin == end) {
    if (begin < source.size())
      return {source[begin].begin, source[begin].begin};
    if (!source.empty()) return {source.back().end, source.back().end};
    return {};
  }
  ByteRange out = source[begin];
  for (size_t i = begin + 1; i < end; ++i) {
    out.begin = std::min(out.begin, source[i].begin);
    out.end = std::max(out.end, source[i].end);
  }
  return out;
}

std::string SpeechText::DebugString() const {
  std::string out = text + "|";
  size_t i = 0;
  while (i < source.size()) {
    // Collapse runs of one-byte copies (b, b+1), (b+1, b+2), ...
    size_t j = i + 1;
    if (source[i].size() == 1) {
      while (j < source.size() && source[j].size() == 1 &&
             source[j].begin == source[j - 1].end) {
        ++j;
      }
      absl::StrAppend(&out, i == 0 ? "" : " ", source[i].begin, "-",
                      source[j - 1].end);
    } else {
      while (j < source.size() && source[j] == source[i]) ++j;
      absl::StrAppend(&out, i == 0 ? "" : " ", "[", source[i].begin, "-",
                      source[i].end, ")x", j - i);
    }
    i = j;
  }
  return out;
}

std::vector<CodePoint> DecodeCodePoints(std::string_view text) {
  std::vector<CodePoint> out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t begin = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    out.push_back({c, begin, pos});
  }
  return out;
}

void SpeechTextBuilder::Copy(size_t begin, size_t end) {
  end = std::min(end, in_.text.size());
  if (begin >= end) return;
  out_.text.append(in_.text, begin, end - begin);
  out_.source.insert(out_.source.end(), in_.source.begin() + begin,
                     in_.source.begin() + end);
}

void SpeechTextBuilder::Replace(size_t begin, size_t end,
                                std::string_view text) {
  const ByteRange range = in_.SourceRange({begin, end});
  out_.text.append(text);
  out_.source.insert(out_.source.end(), text.size(), range);
}

SpeechText SpeechTextBuilder::Build() && { return std::move(out_); }

}  // namespace khulasa::speech
