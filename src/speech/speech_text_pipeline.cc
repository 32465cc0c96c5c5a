#include "src/speech/speech_text_pipeline.h"

#include "src/speech/speech_text_article.h"
#include "src/speech/speech_text_marks.h"
#include "src/speech/speech_text_numbers.h"
#include "src/speech/speech_text_symbols.h"

namespace khulasa::speech {

SpeechText PrepareSpeechText(const SpeechText& line) {
  // Numbers come before the mark fixes because their words are vowelled
  // and go through the same fixes; shadda order comes before the steps that
  // look at the mark after a letter.
  SpeechText text = SkipUrlsAndHandles(line);
  text = VerbalizeNumbers(text);
  text = OrderShaddaFirst(text);
  text = FixDefiniteArticle(text);
  text = MarkHamzatWasl(text);
  text = SplitDoubledYeh(text);
  return text;
}

}  // namespace khulasa::speech
