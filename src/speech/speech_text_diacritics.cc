#include "src/speech/speech_text_diacritics.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/text/arabic.h"

namespace khulasa::speech {

absl::StatusOr<SpeechText> ApplyDiacritized(const SpeechText& in,
                                            std::string_view diacritized) {
  const std::vector<CodePoint> a = DecodeCodePoints(in.text);
  const std::vector<CodePoint> b = DecodeCodePoints(diacritized);
  SpeechText out;
  out.text = std::string(diacritized);
  out.source.reserve(diacritized.size());
  size_t i = 0;
  ByteRange last_letter = in.SourceRange({0, 0});
  for (const CodePoint& cp : b) {
    while (i < a.size() && text::IsArabicMark(a[i].c)) ++i;  // old marks go
    if (text::IsArabicMark(cp.c)) {
      out.source.insert(out.source.end(), cp.end - cp.begin, last_letter);
      continue;
    }
    if (i >= a.size() || a[i].c != cp.c) {
      return absl::InvalidArgumentError(
          absl::StrCat("diacritized text differs from its input at byte ",
                       cp.begin, " in more than marks"));
    }
    // Marks map to the letter with the marks the input gave it, so that a
    // word rewritten (pausal forms) still covers all of its source bytes.
    size_t cluster_end = i + 1;
    while (cluster_end < a.size() && text::IsArabicMark(a[cluster_end].c)) {
      ++cluster_end;
    }
    last_letter = in.SourceRange({a[i].begin, a[cluster_end - 1].end});
    for (size_t k = a[i].begin; k < a[i].end; ++k) {
      out.source.push_back(in.source[k]);
    }
    ++i;
  }
  while (i < a.size() && text::IsArabicMark(a[i].c)) ++i;
  if (i != a.size()) {
    return absl::InvalidArgumentError(
        "diacritized text is shorter than its input");
  }
  return out;
}

}  // namespace khulasa::speech
