// The diacritizer's decoding options as command-line flags, one set shared by
// `khulasa diacritize` and `khulasa eval diacritics` (the ablation and tuning
// flags of docs/speech.md included), so both read text the same way.
#ifndef KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_
#define KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_

#include "CLI/CLI.hpp"

#include "src/speech/diacritizer.h"

namespace khulasa::cli {

// Adds one flag per field of `options` (except max_input_bytes) to `app`;
// the flags write straight into `*options`, which must outlive `app`'s parse.
void AddDiacritizerFlags(CLI::App* app, speech::DiacritizerOptions* options);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_
