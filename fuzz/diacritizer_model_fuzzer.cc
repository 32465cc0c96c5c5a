// Fuzzes the diacritizer's model format (models/diacritizer.bin): the input
// is the body of a model file (after the magic, before the checksum);
// DiacritizerModel::Seal() wraps it with both so that the parser's own
// checks, not the checksum, meet the bytes. A body that parses must give a
// diacritizer that vowels a fixed sentence into valid UTF-8 with its letters
// unchanged; anything else must be kDataLoss. The committed corpus starts from
// the body of a small model trained in-process.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/harakat.h"
#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_labels.h"
#include "src/speech/diacritizer_model.h"
#include "src/text/utf8.h"

namespace {

using khulasa::speech::DiacritizerModel;

// A body declaring a table of more than 2^18 rows is skipped: it is valid
// up to 2^24, but allocating 64 MB per input slows the search down a lot.
constexpr uint32_t kMaxFuzzedTableBits = 18;

void Check(bool condition) {
  if (!condition) std::abort();
}

// "The minister announced a new plan for the schools of the capital."
constexpr char kSentence[] =
    "\u0623\u0639\u0644\u0646 \u0627\u0644\u0648\u0632\u064a\u0631 "
    "\u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629 \u0644\u0645\u062f"
    "\u0627\u0631\u0633 \u0627\u0644\u0639\u0627\u0635\u0645\u0629.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  if (size >= 8) {
    uint32_t table_bits = 0;
    std::memcpy(&table_bits, data + 4, sizeof(table_bits));
    if (table_bits > kMaxFuzzedTableBits) return 0;
  }
  auto model = DiacritizerModel::Parse(DiacritizerModel::Seal(body));
  if (!model.ok()) {
    Check(model.status().code() == absl::StatusCode::kDataLoss);
    return 0;
  }
  // What it parsed serializes to a file that parses again.
  Check(DiacritizerModel::Parse((*model)->Serialize()).ok());
  khulasa::speech::DiacritizerOptions options;
  options.max_input_bytes = 4096;
  auto diacritizer =
      khulasa::speech::Diacritizer::Create(std::move(*model), options);
  if (!diacritizer.ok()) return 0;
  auto out = (*diacritizer)->Diacritize(kSentence);
  Check(out.ok());
  Check(khulasa::text::IsValidUtf8(*out));
  Check(khulasa::fuzz::StripHarakat(*out) ==
        khulasa::fuzz::StripHarakat(kSentence));
  return 0;
}
