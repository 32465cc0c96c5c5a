// Fuzzes the number reader: any bytes either read as valid UTF-8 words or
// give kInvalidArgument; never a crash, never invalid UTF-8, bounded output.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "absl/status/status.h"

#include "src/speech/number_reader.h"
#include "src/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  using khulasa::speech::GrammaticalCase;
  for (GrammaticalCase c :
       {GrammaticalCase::kNominative, GrammaticalCase::kGenitive}) {
    absl::StatusOr<std::string> words = khulasa::speech::ReadNumber(input, c);
    if (words.ok()) {
      if (words->empty() || !khulasa::text::IsValidUtf8(*words)) std::abort();
      // At most ~30 words per input byte (digit by digit is one word each).
      if (words->size() > 64 * (size + 1) * 4) std::abort();
    } else if (words.status().code() != absl::StatusCode::kInvalidArgument) {
      std::abort();
    }
  }
  // The first 8 bytes as an integer: every value either reads or is out of
  // range.
  uint64_t n = 0;
  for (size_t i = 0; i < size && i < 8; ++i) n = (n << 8) | data[i];
  absl::StatusOr<std::string> cardinal = khulasa::speech::ReadCardinal(n);
  if (cardinal.ok() != (n <= khulasa::speech::kMaxReadableNumber)) {
    std::abort();
  }
  if (cardinal.ok() && !khulasa::text::IsValidUtf8(*cardinal)) std::abort();
  return 0;
}
