// The flags every subcommand that reads an article shares, registered and
// applied in one place so that they read the same everywhere: --charset,
// --lenient, --force (summarize, speak, parse).
#ifndef KHULASA_TOOLS_KHULASA_READ_FLAGS_H_
#define KHULASA_TOOLS_KHULASA_READ_FLAGS_H_

#include <string>

#include "CLI/CLI.hpp"

#include "khulasa/article.h"

namespace khulasa::cli {

struct ReadFlags {
  std::string charset;  // empty: detect
  bool lenient = false;
  bool force = false;
};

// Registers --charset, --lenient and --force on `cmd`, writing into *flags
// (which must outlive the parse).
void AddReadFlags(CLI::App* cmd, ReadFlags* flags);

// Copies the flags into *options.
void ApplyReadFlags(const ReadFlags& flags, ReadOptions* options);

// The --charset help text, shared with `khulasa extract`.
inline constexpr char kCharsetHelp[] =
    "input encoding, e.g. windows-1256, iso-8859-6, utf-16le (default: "
    "detect; utf-8 turns detection off)";

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_READ_FLAGS_H_
