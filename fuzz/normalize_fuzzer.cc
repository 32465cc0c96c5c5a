// Fuzzes Normalize(): the first byte picks the passes, the rest is text.
// Output must be valid UTF-8, the alignment in range and never decreasing;
// NormalizeForMatching and each standalone pass must agree with Normalize.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "src/text/alef_maksura_to_yeh.h"
#include "src/text/ascii_digits.h"
#include "src/text/fold_presentation_forms.h"
#include "src/text/normalizer.h"
#include "src/text/remove_format_controls.h"
#include "src/text/remove_tatweel.h"
#include "src/text/strip_diacritics.h"
#include "src/text/teh_marbuta_to_heh.h"
#include "src/text/unify_alef.h"
#include "src/text/utf8.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 16)) return 0;
  using namespace khulasa::text;
  const uint32_t passes = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1),
                              size - 1);

  const NormalizedText n = Normalize(text, passes);
  Check(IsValidUtf8(n.text));
  Check(n.to_original.size() == n.text.size() + 1);
  Check(n.to_original.back() == text.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    Check(n.to_original[i] < text.size());
    Check(n.to_original[i] <= n.to_original[i + 1]);
  }
  const auto span = n.OriginalSpan(0, n.text.size());
  Check(span.begin <= span.end && span.end <= text.size());

  const std::string all = NormalizeForMatching(text);
  Check(all == Normalize(text, kAllPasses).text);
  Check(NormalizeForMatching(all) == all);  // idempotent

  struct Pass {
    uint32_t bit;
    std::string (*fn)(std::string_view);
  };
  static constexpr Pass kPasses[] = {
      {kStripDiacritics, StripDiacritics},
      {kRemoveTatweel, RemoveTatweel},
      {kUnifyAlef, UnifyAlef},
      {kAlefMaksuraToYeh, AlefMaksuraToYeh},
      {kTehMarbutaToHeh, TehMarbutaToHeh},
      {kFoldPresentationForms, FoldPresentationForms},
      {kAsciiDigits, AsciiDigits},
      {kRemoveFormatControls, RemoveFormatControls},
  };
  const Pass& pass = kPasses[passes % 8];
  Check(pass.fn(text) == Normalize(text, pass.bit).text);
  return 0;
}
