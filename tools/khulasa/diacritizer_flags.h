// The diacritizer's options on the command line, one set shared by `khulasa
// diacritize` and `khulasa eval diacritics`, so both read text the same way.
// A user chooses the model and the two writing conventions (--hamza-kasra,
// --helper-vowels: which marks the output writes where standards differ);
// the research switches (the ablations and tuning knobs of docs/speech.md)
// live in one --tuning FILE of `name = value` lines, kept out of --help.
#ifndef KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_
#define KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_

#include <string>
#include <string_view>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "src/speech/diacritizer.h"

namespace khulasa::cli {

struct DiacritizerFlags {
  // The convention flags write straight into these options.
  speech::DiacritizerOptions options;
  // --tuning FILE; empty: the defaults.
  std::string tuning;
};

// Adds --hamza-kasra, --helper-vowels and --tuning to `app`; they write
// into `*flags`, which must outlive `app`'s parse.
void AddDiacritizerFlags(CLI::App* app, DiacritizerFlags* flags);

// flags.options with the tuning file (if any) applied. kNotFound when the
// file is missing, kResourceExhausted past 64 KiB, kInvalidArgument
// ("FILE:LINE: ...") for a line ApplyDiacritizerTuning refuses.
absl::StatusOr<speech::DiacritizerOptions> ResolveDiacritizerOptions(
    const DiacritizerFlags& flags);

// Applies the lines of a tuning file, `text`, to `*options`. Each line is
// blank, a `#` comment, or `name = value` (a `#` after the value starts a
// comment). Names are the research switches of docs/speech.md ("Options
// and the tuning file"); booleans are 0, 1, true or false; integers are
// checked against the former flags' ranges, floats must be finite. An
// unknown name, a bad or out-of-range value, a name set twice or a
// malformed line gives kInvalidArgument naming `file_name`, the line and
// what is accepted; on error `*options` may be partly changed.
absl::Status ApplyDiacritizerTuning(std::string_view text,
                                    std::string_view file_name,
                                    speech::DiacritizerOptions* options);

// Reports a ResolveDiacritizerOptions error on stderr and returns the exit
// code: 2 (usage) for a bad line, as for a bad flag value; 1 for a file that
// cannot be read, as for a missing --model.
int ReportDiacritizerFlagsError(const absl::Status& status);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_DIACRITIZER_FLAGS_H_
