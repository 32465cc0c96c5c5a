#include "tools/khulasa/diacritizer_flags.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <string>
#include <system_error>
#include <variant>

#include "src/base/file_reader.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {
namespace {

using speech::DiacritizerOptions;

// One research switch: its name in a tuning file, the option it sets and,
// for integers, the accepted range (the former flags' CLI::Range).
struct TuningKey {
  std::string_view name;
  std::variant<bool DiacritizerOptions::*, int DiacritizerOptions::*,
               float DiacritizerOptions::*>
      field;
  int min = 0;
  int max = 0;
};

// The names are the former flags' (docs/speech.md quotes their figures), in
// the order of its table ("Options and the tuning file").
const TuningKey kTuningKeys[] = {
    {"use-lexicon", &DiacritizerOptions::use_lexicon},
    {"lexicon-last-letter", &DiacritizerOptions::lexicon_covers_last_letter},
    {"lexicon-prior", &DiacritizerOptions::lexicon_prior},
    {"split-prior", &DiacritizerOptions::split_prior},
    {"beam", &DiacritizerOptions::beam_width, 1, 64},
    {"stack", &DiacritizerOptions::use_stack},
    {"stack-rounds", &DiacritizerOptions::stack_rounds, 1, 8},
    {"mark-consonants", &DiacritizerOptions::mark_all_consonants},
    {"enclitics", &DiacritizerOptions::enclitic_candidates},
    {"suffixes", &DiacritizerOptions::suffix_candidates},
    {"names", &DiacritizerOptions::transliterated_names},
    {"patterns", &DiacritizerOptions::pattern_candidates},
    {"pattern-prior", &DiacritizerOptions::pattern_prior},
    {"repair", &DiacritizerOptions::repair_vowelling},
};

constexpr size_t kMaxTuningBytes = size_t{64} << 10;

// `s` without the spaces and tabs (and a CR) around it.
std::string_view Strip(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

// At most the first 60 bytes of `s`, cut on a UTF-8 boundary, for an error
// message.
std::string Shown(std::string_view s) {
  size_t size = std::min<size_t>(s.size(), 60);
  while (size < s.size() && size > 0 &&
         (static_cast<unsigned char>(s[size]) & 0xC0) == 0x80) {
    --size;
  }
  return std::string(s.substr(0, size));
}

std::string AcceptedNames() {
  std::string names;
  for (const TuningKey& key : kTuningKeys) {
    if (!names.empty()) names += ", ";
    names += key.name;
  }
  return names;
}

// Whether all of `value` parses as a number into `*out`.
template <typename T>
bool ParseNumber(std::string_view value, T* out) {
  const char* end = value.data() + value.size();
  const std::from_chars_result r = std::from_chars(value.data(), end, *out);
  return r.ec == std::errc() && r.ptr == end && !value.empty();
}

// Sets `key`'s option from `value`; on a bad value, returns what is
// accepted instead.
absl::Status SetValue(const TuningKey& key, std::string_view value,
                      DiacritizerOptions* options) {
  if (const auto* flag = std::get_if<bool DiacritizerOptions::*>(&key.field)) {
    if (value == "1" || value == "true") {
      options->** flag = true;
    } else if (value == "0" || value == "false") {
      options->** flag = false;
    } else {
      return absl::InvalidArgumentError("0, 1, true or false");
    }
  } else if (const auto* count =
                 std::get_if<int DiacritizerOptions::*>(&key.field)) {
    int parsed = 0;
    if (!ParseNumber(value, &parsed) || parsed < key.min || parsed > key.max) {
      return absl::InvalidArgumentError("an integer from " +
                                        std::to_string(key.min) + " to " +
                                        std::to_string(key.max));
    }
    options->** count = parsed;
  } else {
    float parsed = 0.0f;
    if (!ParseNumber(value, &parsed) || !std::isfinite(parsed)) {
      return absl::InvalidArgumentError("a finite number");
    }
    options->*std::get<float DiacritizerOptions::*>(key.field) = parsed;
  }
  return absl::OkStatus();
}

}  // namespace

void AddDiacritizerFlags(CLI::App* app, DiacritizerFlags* flags) {
  app->add_option("--hamza-kasra", flags->options.kasra_under_hamza,
                  "give a bare alef with hamza below its kasra (0: leave "
                  "it bare, as much of the Tashkeela text does)")
      ->capture_default_str();
  app->add_option("--helper-vowels", flags->options.helper_vowels,
                  "write the vowel joining a final sukun to a wasla word "
                  "(0: keep the sukun, the WikiNews-2014 convention)")
      ->capture_default_str();
  app->add_option("--tuning", flags->tuning,
                  "research switches (ablations, tuning) as 'name = value' "
                  "lines; see docs/speech.md, \"Options and the tuning "
                  "file\"")
      ->type_name("FILE");
}

absl::StatusOr<speech::DiacritizerOptions> ResolveDiacritizerOptions(
    const DiacritizerFlags& flags) {
  DiacritizerOptions options = flags.options;
  if (flags.tuning.empty()) return options;
  // "-" would take stdin from the text to diacritize.
  if (flags.tuning == "-") {
    return absl::InvalidArgumentError("--tuning takes a file, not -");
  }
  absl::StatusOr<std::string> text =
      base::ReadFileOrStdin(flags.tuning, kMaxTuningBytes);
  if (!text.ok()) {
    return absl::Status(text.status().code(),
                        "--tuning: " + std::string(text.status().message()));
  }
  absl::Status applied = ApplyDiacritizerTuning(*text, flags.tuning, &options);
  if (!applied.ok()) return applied;
  return options;
}

absl::Status ApplyDiacritizerTuning(std::string_view text,
                                    std::string_view file_name,
                                    DiacritizerOptions* options) {
  // The line each key was set on (0: not yet), to refuse a second setting.
  int set_on[std::size(kTuningKeys)] = {};
  int line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    const std::string where =
        std::string(file_name) + ":" + std::to_string(line_number) + ": ";
    line = Strip(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    const size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      return absl::InvalidArgumentError(
          where + "expected 'name = value', got '" + Shown(line) + "'");
    }
    const std::string_view name = Strip(line.substr(0, equals));
    const std::string_view value = Strip(line.substr(equals + 1));
    size_t index = 0;
    while (index < std::size(kTuningKeys) && kTuningKeys[index].name != name) {
      ++index;
    }
    if (index == std::size(kTuningKeys)) {
      return absl::InvalidArgumentError(where + "unknown tuning name '" +
                                        Shown(name) +
                                        "'; accepted: " + AcceptedNames());
    }
    if (set_on[index] != 0) {
      return absl::InvalidArgumentError(where + "'" + std::string(name) +
                                        "' is set twice (first on line " +
                                        std::to_string(set_on[index]) + ")");
    }
    set_on[index] = line_number;
    if (absl::Status s = SetValue(kTuningKeys[index], value, options);
        !s.ok()) {
      return absl::InvalidArgumentError(
          where + "bad value '" + Shown(value) + "' for '" + std::string(name) +
          "'; accepted: " + std::string(s.message()));
    }
  }
  return absl::OkStatus();
}

int ReportDiacritizerFlagsError(const absl::Status& status) {
  ReportError(status);
  return status.code() == absl::StatusCode::kInvalidArgument ? kExitUsage
                                                             : kExitFailure;
}

}  // namespace khulasa::cli
