#include "src/speech/speech_text_pipeline.h"

#include "src/speech/speech_text_article.h"
#include "src/speech/speech_text_dates.h"
#include "src/speech/speech_text_latin.h"
#include "src/speech/speech_text_marks.h"
#include "src/speech/speech_text_numbers.h"
#include "src/speech/speech_text_pausal.h"
#include "src/speech/speech_text_symbols.h"

namespace khulasa::speech {

SpeechText PrepareSpeechText(const SpeechText& line,
                             const PrepareOptions& options) {
  // Numbers come before the mark fixes because their words are vowelled
  // and go through the same fixes; shadda order comes before the steps that
  // look at the mark after a letter. Pausal forms come before the doubled
  // yeh is spelled out, which writes the case ending as letters.
  SpeechText text = SkipUrlsAndHandles(line);
  text = SpellLatinAbbreviations(text);
  text = VerbalizeDatesAndTimes(text);
  text = VerbalizeNumbers(text);
  text = OrderShaddaFirst(text);
  text = FixDefiniteArticle(text);
  text = MarkHamzatWasl(text);
  if (options.pausal_forms) text = ApplyPausalForms(text);
  text = SplitDoubledYeh(text);
  return text;
}

}  // namespace khulasa::speech
