#include "src/article/dateline.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "src/article/furniture_scan.h"
#include "src/article/furniture_word_sets.h"
#include "src/article/line_classifier.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using internal::HasDigit;
using internal::HasLetter;
using internal::IsBlank;
using internal::IsDash;
using internal::IsLetter;
using internal::IsQuote;
using internal::LastCodePointStart;
using internal::Sets;
using internal::SkipBlanks;
using internal::StripWordPunctuation;
using internal::WithoutConjunction;

constexpr size_t kMaxDatelineWords = 6;
constexpr size_t kMaxWordsBeforeColon = 3;
constexpr size_t kMaxWordsBeforeDash = 4;
constexpr size_t kMaxAgencyWords = 3;
// Tokens looked at for a dateline: six words plus separators and a comma.
constexpr size_t kMaxDatelineTokens = 12;

bool IsNotTagWord(std::string_view folded_word) {
  return Sets().not_tag.Contains(folded_word) ||
         Sets().not_tag.Contains(WithoutConjunction(folded_word)) ||
         Sets().title.Contains(folded_word);
}

// One blank-separated token of the dateline scan, as byte offsets.
struct Token {
  size_t begin;
  size_t end;
};

// The blank-separated tokens of `text`, at most `max_tokens`.
size_t Tokenize(std::string_view text, Token* tokens, size_t max_tokens) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < text.size() && count < max_tokens) {
    size_t start = pos;
    char32_t c = text::DecodeUtf8(text, &pos);
    if (IsBlank(c)) continue;
    size_t end = pos;
    while (end < text.size()) {
      size_t next = end;
      if (IsBlank(text::DecodeUtf8(text, &next))) break;
      end = next;
    }
    tokens[count++] = Token{start, end};
    pos = end;
  }
  return count;
}

// Where a separator starts inside token `t` ("--", ":", ":-", or a word
// with "-" / ":" glued to its end: "نيوز:-", "بيروت-"): its offset in the
// token, or npos when the token has none at its end.
size_t SeparatorStart(std::string_view t) {
  size_t i = t.size();
  while (i > 0) {
    size_t start = LastCodePointStart(t.substr(0, i));
    size_t pos = start;
    char32_t c = text::DecodeUtf8(t, &pos);
    if (!IsDash(c) && c != ':') break;
    i = start;
  }
  return i == t.size() ? std::string_view::npos : i;
}

bool SeparatorHasColon(std::string_view separator) {
  return separator.find(':') != std::string_view::npos;
}

// Checks the words of a dateline part; counts them into *words (a
// parenthesized group counts its words; *outside counts the others).
bool ValidTagWords(std::string_view text, const Token* tokens, size_t count,
                   size_t* words, size_t* outside) {
  bool in_parens = false;
  for (size_t i = 0; i < count; ++i) {
    std::string_view raw =
        text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    bool opens = raw.front() == '(';
    bool closes = raw.back() == ')';
    if (opens) in_parens = true;
    std::string_view word = StripWordPunctuation(raw);
    if (word.empty()) return false;
    size_t pos = 0;
    while (pos < word.size()) {
      char32_t c = text::DecodeUtf8(word, &pos);
      // Agencies write dots inside parens: "(أ.ف.ب)".
      if (c == '.' && in_parens) continue;
      if (!IsLetter(c) && !text::IsArabicMark(c) && c != text::kTatweel) {
        return false;
      }
    }
    // Only a comma may follow a word outside parens: "دمشق، سوريا".
    if (!in_parens) {
      const auto offset = static_cast<size_t>(word.data() - raw.data());
      std::string_view tail = raw.substr(offset + word.size());
      if (offset > 0 || (!tail.empty() && tail != "\u060C" && tail != ",")) {
        return false;
      }
    }
    if (IsNotTagWord(FoldForMatch(word))) return false;
    ++*words;
    if (!in_parens) ++*outside;
    if (closes) in_parens = false;
  }
  return !in_parens;
}

// A word with an attached "her / their" pronoun ("بمعناها", "رأيهم"): no
// agency or paper name ends so.
bool HasPronounSuffix(std::string_view folded_word) {
  constexpr std::string_view kSuffixes[] = {"\u0647\u0627", "\u0647\u0645",
                                            "\u0647\u0645\u0627"};
  // At least three letters (six bytes) before the suffix.
  for (std::string_view suffix : kSuffixes) {
    if (folded_word.size() >= suffix.size() + 6 &&
        folded_word.substr(folded_word.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

}  // namespace

size_t LeadingDatelineLength(std::string_view text) {
  Token tokens[kMaxDatelineTokens];
  const size_t count = Tokenize(text, tokens, kMaxDatelineTokens);
  auto token_text = [&](size_t i) {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  };
  // The first separator: a token that is or ends with dashes / a colon.
  size_t sep = 0;
  size_t sep_offset = std::string_view::npos;
  for (; sep < count; ++sep) {
    sep_offset = SeparatorStart(token_text(sep));
    if (sep_offset != std::string_view::npos) break;
  }
  if (sep == count) return 0;
  const std::string_view sep_token = token_text(sep);
  const bool glued = sep_offset > 0;
  // The words before the separator, the glued one included.
  Token head[kMaxDatelineTokens];
  size_t head_count = 0;
  for (size_t i = 0; i < sep; ++i) head[head_count++] = tokens[i];
  if (glued) {
    // A glued separator needs a word or ")" before it: "(CNN)--", "بيروت-".
    head[head_count++] =
        Token{tokens[sep].begin, tokens[sep].begin + sep_offset};
  }
  if (head_count == 0) return 0;
  size_t words = 0, outside = 0;
  if (!ValidTagWords(text, head, head_count, &words, &outside)) return 0;
  const bool colon = SeparatorHasColon(sep_token.substr(sep_offset));
  // A colon glued to the word before it follows one place name ("الرياض:");
  // after more words it ends an inline heading ("تحقيق رسمي:"). Source tags
  // put a blank before it ("السودان اليوم :", "المدينة نيوز :-").
  const std::string_view last_word = StripWordPunctuation(
      text.substr(head[head_count - 1].begin,
                  head[head_count - 1].end - head[head_count - 1].begin));
  const bool media_name = Sets().media_name.Contains(FoldForMatch(last_word));
  const size_t max_outside =
      colon ? (glued && !media_name ? 1 : kMaxWordsBeforeColon)
            : kMaxWordsBeforeDash;
  if (outside > max_outside) return 0;
  if (words > kMaxDatelineWords) return 0;
  size_t end = SkipBlanks(text, tokens[sep].end);
  // "السودان اليوم : – استقرت": more separators after the first go too.
  size_t next = sep + 1;
  while (next < count && tokens[next].begin == end &&
         SeparatorStart(token_text(next)) == 0) {
    end = SkipBlanks(text, tokens[next].end);
    ++next;
  }
  if (colon) {
    // "الرياض: «...»" introduces a quote, not a story.
    size_t pos = end;
    if (pos < text.size() && IsQuote(text::DecodeUtf8(text, &pos))) return 0;
  } else {
    // A second part between dashes: "القاهرة - أ ش أ - ", "عمان - الرأي - ".
    size_t last = std::min(count, next + kMaxAgencyWords + 1);
    for (size_t i = next; i < last; ++i) {
      size_t offset = SeparatorStart(token_text(i));
      if (offset == std::string_view::npos) continue;
      if (SeparatorHasColon(token_text(i).substr(offset))) break;
      Token part[kMaxDatelineTokens];
      size_t part_count = 0;
      for (size_t k = next; k < i; ++k) part[part_count++] = tokens[k];
      if (offset > 0) {
        part[part_count++] = Token{tokens[i].begin, tokens[i].begin + offset};
      }
      if (part_count == 0) break;
      // Words between two dashes that are no agency make the dashes a
      // parenthesis: "الطبيعة - بمعناها العام - تعني ..." and "بيروت - قال
      // الرئيس - في كلمة ..." have no tag we can trust.
      size_t part_words = 0, part_outside = 0;
      if (part_count > kMaxAgencyWords ||
          !ValidTagWords(text, part, part_count, &part_words, &part_outside) ||
          words + part_words > kMaxDatelineWords) {
        return 0;
      }
      for (size_t k = 0; k < part_count; ++k) {
        if (HasPronounSuffix(FoldForMatch(
                text.substr(part[k].begin, part[k].end - part[k].begin)))) {
          return 0;
        }
      }
      end = SkipBlanks(text, tokens[i].end);
      break;
    }
  }
  // Text must follow the tag.
  if (!HasLetter(text.substr(end)) && !HasDigit(text.substr(end))) return 0;
  return end;
}

std::string_view LeadingDateline(std::string_view text) {
  std::string_view tag = text.substr(0, LeadingDatelineLength(text));
  while (!tag.empty()) {
    size_t start = LastCodePointStart(tag);
    size_t pos = start;
    char32_t c = text::DecodeUtf8(tag, &pos);
    if (!IsBlank(c) && !IsDash(c) && c != ':') break;
    tag.remove_suffix(tag.size() - start);
  }
  return tag;
}

}  // namespace khulasa::article
