// Puts each sentence of a text on its own line, the form ROUGE-Lsum expects
// ("one sentence per line", as the XL-Sum and Hugging Face summarization
// scripts prepare texts with a sentence splitter before rougeLsum).
#ifndef KHULASA_SRC_EVAL_SENTENCE_LINES_H_
#define KHULASA_SRC_EVAL_SENTENCE_LINES_H_

#include <string>
#include <string_view>

namespace khulasa::eval {

// Returns `text` with its line breaks turned into spaces and a '\n' between
// consecutive sentences of text::SplitSentences (which joins hard-wrapped
// lines, so a sentence wrapped over several lines becomes one line). Only
// whitespace changes or is inserted at sentence boundaries, so the ROUGE
// tokens of the result equal those of `text` (checked: when they would not,
// `text` is returned unchanged and its own lines are used).
std::string SentencePerLine(std::string_view text);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_SENTENCE_LINES_H_
