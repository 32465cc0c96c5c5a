// Preparation step for what a listener cannot use read out: links, social
// handles, hashtag signs, slashes and bullet markers.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_SYMBOLS_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_SYMBOLS_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// - URLs (a token starting with http://, https:// or www.), e-mail
//   addresses and @handles are skipped: removed, leaving one space. Spelled
//   out they take seconds and say nothing a listener can use; the page
//   still shows them.
// - "#tag_word" is read as its words: the # goes, underscores become spaces.
// - "/" between two words ("December/Kanun al-Awwal") becomes a space.
// - A bullet marker (-, *, U+2022, U+2013, U+2014) at the start is removed.
// Latin words (names, abbreviations) are kept: espeak-ng's Arabic voice
// switches to its English rules for Latin script and reads them that way.
SpeechText SkipUrlsAndHandles(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_SYMBOLS_H_
