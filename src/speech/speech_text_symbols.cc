#include "src/speech/speech_text_symbols.h"

#include <string_view>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/blank.h"

namespace khulasa::speech {
namespace {

bool IsHandleChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '.';
}

bool IsBulletMarker(char32_t c) {
  return c == '-' || c == '*' || c == 0x2022 || c == 0x2013 || c == 0x2014;
}

bool StartsWithAsciiNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

SpeechText SkipUrlsAndHandles(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  const std::string_view text = in.text;
  SpeechTextBuilder out(in);
  size_t copied = 0;
  size_t i = 0;
  // Leading bullet marker.
  while (i < cps.size() && text::IsBlank(cps[i].c)) ++i;
  if (i < cps.size() && IsBulletMarker(cps[i].c) &&
      (i + 1 == cps.size() || text::IsBlank(cps[i + 1].c))) {
    out.Copy(copied, cps[i].begin);
    copied = cps[i].end;
    ++i;
  }
  while (i < cps.size()) {
    const bool token_start = i == 0 || text::IsBlank(cps[i - 1].c);
    if (token_start && !text::IsBlank(cps[i].c)) {
      size_t end = i;
      bool has_at = false;
      while (end < cps.size() && !text::IsBlank(cps[end].c)) {
        has_at = has_at || cps[end].c == '@';
        ++end;
      }
      const std::string_view token =
          text.substr(cps[i].begin, cps[end - 1].end - cps[i].begin);
      if (StartsWithAsciiNoCase(token, "http://") ||
          StartsWithAsciiNoCase(token, "https://") ||
          StartsWithAsciiNoCase(token, "www.") || has_at) {
        // Skipped; an @ inside an Arabic word is unusual enough to treat the
        // same way.
        out.Copy(copied, cps[i].begin);
        copied = cps[end - 1].end;
        i = end;
        continue;
      }
    }
    if (cps[i].c == '#' && i + 1 < cps.size() && !text::IsBlank(cps[i + 1].c)) {
      out.Copy(copied, cps[i].begin);
      copied = cps[i].end;
      size_t k = i + 1;
      for (; k < cps.size() && !text::IsBlank(cps[k].c); ++k) {
        if (cps[k].c == '_') {
          out.Copy(copied, cps[k].begin);
          out.Replace(cps[k].begin, cps[k].end, " ");
          copied = cps[k].end;
        }
      }
      i = k;
      continue;
    }
    // A slash between words is a space; between digits (a date in any
    // digits, 1/2) it stays.
    if (cps[i].c == '/' && i > 0 && i + 1 < cps.size() &&
        !text::IsBlank(cps[i - 1].c) && !text::IsBlank(cps[i + 1].c) &&
        !IsHandleChar(cps[i - 1].c) &&
        !(text::IsAnyDigit(cps[i - 1].c) && text::IsAnyDigit(cps[i + 1].c))) {
      out.Copy(copied, cps[i].begin);
      out.Replace(cps[i].begin, cps[i].end, " ");
      copied = cps[i].end;
    }
    ++i;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
