// Fuzzes Diacritizer::Diacritize() with a small model trained in-process
// (so the target needs no model file). Invariants: valid UTF-8 in gives OK
// and valid UTF-8 out; the output without harakat equals the input without
// harakat; every mark follows a letter, shadda first, at most one vowel.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/harakat.h"
#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_trainer.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace {

using khulasa::speech::Diacritizer;

// Composed training sentences (as escapes): "the boy went to school", "the
// government announced a plan", "the minister took part in a conference".
constexpr const char* kTrainingLines[] = {
    "\u0630\u064e\u0647\u064e\u0628\u064e \u0627\u0644\u0652\u0648\u064e"
    "\u0644\u064e\u062f\u064f \u0625\u0650\u0644\u064e\u0649 \u0627\u0644"
    "\u0652\u0645\u064e\u062f\u0652\u0631\u064e\u0633\u064e\u0629\u0650.",
    "\u0623\u064e\u0639\u0652\u0644\u064e\u0646\u064e\u062a\u0650 \u0627"
    "\u0644\u0652\u062d\u064f\u0643\u064f\u0648\u0645\u064e\u0629\u064f "
    "\u062e\u064f\u0637\u0651\u064e\u0629\u064b.",
    "\u0634\u064e\u0627\u0631\u064e\u0643\u064e \u0627\u0644\u0652\u0648"
    "\u064e\u0632\u0650\u064a\u0631\u064f \u0641\u0650\u064a \u0645\u064f"
    "\u0624\u0652\u062a\u064e\u0645\u064e\u0631\u064d.",
};

std::unique_ptr<Diacritizer> MakeDiacritizer(bool helper_vowels) {
  khulasa::speech::DiacritizerTrainer trainer({.table_bits = 12, .epochs = 3});
  for (const char* line : kTrainingLines) trainer.AddLine(line, 1);
  auto model = trainer.Train();
  if (!model.ok()) std::abort();
  khulasa::speech::DiacritizerOptions options;
  options.max_input_bytes = 4096;
  options.helper_vowels = helper_vowels;
  auto diacritizer = Diacritizer::Create(std::move(*model), options);
  if (!diacritizer.ok()) std::abort();
  return std::move(*diacritizer);
}

void CheckMarks(std::string_view text) {
  size_t pos = 0;
  char32_t previous = 0;
  int vowels = 0;
  bool shadda = false;
  while (pos < text.size()) {
    const char32_t c = khulasa::text::DecodeUtf8(text, &pos);
    if (!khulasa::speech::IsLabelMark(c)) {
      previous = c;
      vowels = 0;
      shadda = false;
      continue;
    }
    if (!khulasa::speech::IsDiacritizableLetter(previous)) std::abort();
    if (c == khulasa::text::kShadda) {
      if (shadda || vowels > 0) std::abort();  // shadda first, once
      shadda = true;
    } else if (++vowels > 1) {
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<Diacritizer> with_helpers =
      MakeDiacritizer(true);
  static const std::unique_ptr<Diacritizer> without_helpers =
      MakeDiacritizer(false);
  if (size > 4096) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const Diacritizer& diacritizer =
      (size > 0 && (data[0] & 1)) ? *with_helpers : *without_helpers;
  auto out = diacritizer.Diacritize(input);
  if (!khulasa::text::IsValidUtf8(input)) {
    if (out.ok()) std::abort();
    return 0;
  }
  if (!out.ok()) std::abort();
  if (!khulasa::text::IsValidUtf8(*out)) std::abort();
  if (khulasa::fuzz::StripHarakat(*out) != khulasa::fuzz::StripHarakat(input))
    std::abort();
  CheckMarks(*out);
  return 0;
}
