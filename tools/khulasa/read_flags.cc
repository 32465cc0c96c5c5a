#include "tools/khulasa/read_flags.h"

namespace khulasa::cli {

void AddReadFlags(CLI::App* cmd, ReadFlags* flags) {
  cmd->add_option("--charset", flags->charset, kCharsetHelp);
  cmd->add_flag("--lenient", flags->lenient,
                "replace invalid UTF-8 bytes with U+FFFD instead of failing "
                "(input that would be more than a fifth U+FFFD is refused)");
  cmd->add_flag("--force", flags->force,
                "read text that is not Arabic (Persian, Urdu, English with "
                "some Arabic words, ...) instead of refusing it");
}

void ApplyReadFlags(const ReadFlags& flags, ReadOptions* options) {
  options->charset = flags.charset;
  options->lenient = flags.lenient;
  options->force = flags.force;
}

}  // namespace khulasa::cli
