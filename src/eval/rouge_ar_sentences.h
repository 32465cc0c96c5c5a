// The sentence rule of ../shared/data/summarization/rouge_ar.py, used only to
// reproduce that folder's README baselines (`khulasa eval summary --baseline
// lead-rouge-ar`): split after . ! ? U+061F U+06D4 when whitespace follows,
// and at every run of line breaks. Hard-wrapped lines therefore become
// fragments, and "end.Next" stays one sentence. The engine's own splitter is
// text::SplitSentences; this is a reference convention, not a splitter.
#ifndef KHULASA_SRC_EVAL_ROUGE_AR_SENTENCES_H_
#define KHULASA_SRC_EVAL_ROUGE_AR_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace khulasa::eval {

// The sentences of `text` as rouge_ar.sentences() returns them: split as
// above, stripped of Unicode whitespace (Python's str.isspace), empty ones
// dropped. Invalid UTF-8 bytes are kept as they are.
std::vector<std::string> RougeArSentences(std::string_view text);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_ROUGE_AR_SENTENCES_H_
