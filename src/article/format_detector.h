// Guesses which reader fits an input: JSON, scraped page text or plain text.
#ifndef KHULASA_SRC_ARTICLE_FORMAT_DETECTOR_H_
#define KHULASA_SRC_ARTICLE_FORMAT_DETECTOR_H_

#include <string_view>

#include "khulasa/article.h"

namespace khulasa::article {

// Never returns kAuto or kHtml. Rules, in order: the first non-blank byte is
// '{' or '[' -> kJson; the first line is a "date YYYY-MM-DD ..." header, or one
// of the first five lines is a button label ("اظهر الملخص") -> kScraped;
// otherwise kText. Looks only at the first few lines.
InputFormat DetectFormat(std::string_view text);

// True when `text` holds more than one line that is a whole JSON object,
// '{' ... '}' (JSONL).
bool LooksLikeJsonLines(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_FORMAT_DETECTOR_H_
