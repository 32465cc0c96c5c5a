// The vowelled Arabic words that numbers are read with: units, teens,
// tens, hundreds and the scale words (alf, milyun, milyar, trilyun) in their
// nominative and genitive pause forms, with the dual, plural and accusative
// forms a count takes. Internal to src/speech (number_reader.cc composes
// them); every word is fully vowelled, shadda before the short vowel.
#ifndef KHULASA_SRC_SPEECH_NUMBER_WORDS_H_
#define KHULASA_SRC_SPEECH_NUMBER_WORDS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace khulasa::speech::number_words {

struct Forms {
  const char* nominative;
  const char* genitive;
};

// Pause forms of 0-10 (wahid, ithnan/ithnayn, thalatha ... ashara).
inline constexpr std::array<Forms, 11> kUnits = {{
    {"\u0635\u0650\u0641\u0652\u0631", "\u0635\u0650\u0641\u0652\u0631"},
    {"\u0648\u064e\u0627\u062d\u0650\u062f",
     "\u0648\u064e\u0627\u062d\u0650\u062f"},
    {"\u0627\u0650\u062b\u0652\u0646\u064e\u0627\u0646",
     "\u0627\u0650\u062b\u0652\u0646\u064e\u064a\u0652\u0646"},
    {"\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629",
     "\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629"},
    {"\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064e\u0629",
     "\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064e\u0629"},
    {"\u062e\u064e\u0645\u0652\u0633\u064e\u0629",
     "\u062e\u064e\u0645\u0652\u0633\u064e\u0629"},
    {"\u0633\u0650\u062a\u0651\u064e\u0629",
     "\u0633\u0650\u062a\u0651\u064e\u0629"},
    {"\u0633\u064e\u0628\u0652\u0639\u064e\u0629",
     "\u0633\u064e\u0628\u0652\u0639\u064e\u0629"},
    {"\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a\u064e\u0629",
     "\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a\u064e\u0629"},
    {"\u062a\u0650\u0633\u0652\u0639\u064e\u0629",
     "\u062a\u0650\u0633\u0652\u0639\u064e\u0629"},
    {"\u0639\u064e\u0634\u064e\u0631\u064e\u0629",
     "\u0639\u064e\u0634\u064e\u0631\u064e\u0629"},
}};

// First word of 11-19 (the second is ashar): ahada, ithna/ithnay, ...
inline constexpr std::array<Forms, 10> kTeenUnits = {{
    {"", ""},
    {"\u0623\u064e\u062d\u064e\u062f\u064e",
     "\u0623\u064e\u062d\u064e\u062f\u064e"},
    {"\u0627\u0650\u062b\u0652\u0646\u064e\u0627",
     "\u0627\u0650\u062b\u0652\u0646\u064e\u064a\u0652"},
    {"\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629\u064e",
     "\u062b\u064e\u0644\u064e\u0627\u062b\u064e\u0629\u064e"},
    {"\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064e\u0629\u064e",
     "\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064e\u0629\u064e"},
    {"\u062e\u064e\u0645\u0652\u0633\u064e\u0629\u064e",
     "\u062e\u064e\u0645\u0652\u0633\u064e\u0629\u064e"},
    {"\u0633\u0650\u062a\u0651\u064e\u0629\u064e",
     "\u0633\u0650\u062a\u0651\u064e\u0629\u064e"},
    {"\u0633\u064e\u0628\u0652\u0639\u064e\u0629\u064e",
     "\u0633\u064e\u0628\u0652\u0639\u064e\u0629\u064e"},
    {"\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a\u064e\u0629\u064e",
     "\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a\u064e\u0629\u064e"},
    {"\u062a\u0650\u0633\u0652\u0639\u064e\u0629\u064e",
     "\u062a\u0650\u0633\u0652\u0639\u064e\u0629\u064e"},
}};
inline constexpr char kTen[] = "\u0639\u064e\u0634\u064e\u0631";

// 20-90: ishrun/ishrin ...
inline constexpr std::array<Forms, 10> kTens = {{
    {"", ""},
    {"", ""},
    {"\u0639\u0650\u0634\u0652\u0631\u064f\u0648\u0646",
     "\u0639\u0650\u0634\u0652\u0631\u0650\u064a\u0646"},
    {"\u062b\u064e\u0644\u064e\u0627\u062b\u064f\u0648\u0646",
     "\u062b\u064e\u0644\u064e\u0627\u062b\u0650\u064a\u0646"},
    {"\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064f\u0648\u0646",
     "\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u0650\u064a\u0646"},
    {"\u062e\u064e\u0645\u0652\u0633\u064f\u0648\u0646",
     "\u062e\u064e\u0645\u0652\u0633\u0650\u064a\u0646"},
    {"\u0633\u0650\u062a\u0651\u064f\u0648\u0646",
     "\u0633\u0650\u062a\u0651\u0650\u064a\u0646"},
    {"\u0633\u064e\u0628\u0652\u0639\u064f\u0648\u0646",
     "\u0633\u064e\u0628\u0652\u0639\u0650\u064a\u0646"},
    {"\u062b\u064e\u0645\u064e\u0627\u0646\u064f\u0648\u0646",
     "\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a\u0646"},
    {"\u062a\u0650\u0633\u0652\u0639\u064f\u0648\u0646",
     "\u062a\u0650\u0633\u0652\u0639\u0650\u064a\u0646"},
}};

// 100-900, written as one word from 300 on (thalathumi'a ...).
inline constexpr std::array<Forms, 10> kHundreds = {{
    {"", ""},
    {"\u0645\u0650\u0626\u064e\u0629", "\u0645\u0650\u0626\u064e\u0629"},
    {"\u0645\u0650\u0626\u064e\u062a\u064e\u0627\u0646",
     "\u0645\u0650\u0626\u064e\u062a\u064e\u064a\u0652\u0646"},
    {"\u062b\u064e\u0644\u064e\u0627\u062b\u064f\u0645\u0650\u0626\u064e\u0629",
     "\u062b\u064e\u0644\u064e\u0627\u062b\u0650\u0645\u0650\u0626\u064e"
     "\u0629"},
    {"\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u064f\u0645\u0650\u0626\u064e"
     "\u0629",
     "\u0623\u064e\u0631\u0652\u0628\u064e\u0639\u0650\u0645\u0650\u0626\u064e"
     "\u0629"},
    {"\u062e\u064e\u0645\u0652\u0633\u064f\u0645\u0650\u0626\u064e\u0629",
     "\u062e\u064e\u0645\u0652\u0633\u0650\u0645\u0650\u0626\u064e\u0629"},
    {"\u0633\u0650\u062a\u0651\u064f\u0645\u0650\u0626\u064e\u0629",
     "\u0633\u0650\u062a\u0651\u0650\u0645\u0650\u0626\u064e\u0629"},
    {"\u0633\u064e\u0628\u0652\u0639\u064f\u0645\u0650\u0626\u064e\u0629",
     "\u0633\u064e\u0628\u0652\u0639\u0650\u0645\u0650\u0626\u064e\u0629"},
    {"\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u0645\u0650\u0626\u064e\u0629",
     "\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u0645\u0650\u0626\u064e"
     "\u0629"},
    {"\u062a\u0650\u0633\u0652\u0639\u064f\u0645\u0650\u0626\u064e\u0629",
     "\u062a\u0650\u0633\u0652\u0639\u0650\u0645\u0650\u0626\u064e\u0629"},
}};
// 200 before a counted noun (construct state: mi'ata / mi'atay).
inline constexpr Forms kTwoHundredConstruct = {
    "\u0645\u0650\u0626\u064e\u062a\u064e\u0627",
    "\u0645\u0650\u0626\u064e\u062a\u064e\u064a\u0652"};

struct Scale {
  uint64_t value;
  const char* bare;  // undiacritized spelling, to recognize it in text
  const char* singular;
  Forms dual;
  const char* plural;      // after 3-10
  const char* accusative;  // after 11-99 (tamyiz)
};

inline constexpr std::array<Scale, 4> kScales = {{
    {1'000,
     "\u0627\u0644\u0641",
     "\u0623\u064e\u0644\u0652\u0641",
     {"\u0623\u064e\u0644\u0652\u0641\u064e\u0627\u0646",
      "\u0623\u064e\u0644\u0652\u0641\u064e\u064a\u0652\u0646"},
     "\u0622\u0644\u064e\u0627\u0641",
     "\u0623\u064e\u0644\u0652\u0641\u064b\u0627"},
    {1'000'000,
     "\u0645\u0644\u064a\u0648\u0646",
     "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646",
     {"\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064e\u0627\u0646",
      "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064e\u064a\u0652"
      "\u0646"},
     "\u0645\u064e\u0644\u064e\u0627\u064a\u0650\u064a\u0646",
     "\u0645\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064b\u0627"},
    {1'000'000'000,
     "\u0645\u0644\u064a\u0627\u0631",
     "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631",
     {"\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064e\u0627\u0646",
      "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064e\u064a\u0652"
      "\u0646"},
     "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064e\u0627\u062a",
     "\u0645\u0650\u0644\u0652\u064a\u064e\u0627\u0631\u064b\u0627"},
    {1'000'000'000'000,
     "\u062a\u0631\u064a\u0644\u064a\u0648\u0646",
     "\u062a\u0650\u0631\u0650\u0644\u0652\u064a\u064f\u0648\u0646",
     {"\u062a\u0650\u0631\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064e\u0627"
      "\u0646",
      "\u062a\u0650\u0631\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064e\u064a"
      "\u0652\u0646"},
     "\u062a\u0650\u0631\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064e\u0627"
     "\u062a",
     "\u062a\u0650\u0631\u0650\u0644\u0652\u064a\u064f\u0648\u0646\u064b"
     "\u0627"},
}};

inline constexpr char kWaw[] = "\u0648\u064e";
inline constexpr char kDecimalPoint[] =
    "\u0641\u064e\u0627\u0635\u0650\u0644\u064e\u0629";
// Written with alef wasla: espeak-ng reads the plain alef after bi- as a
// long a: ("bia:lm'i?at").
inline constexpr char kPercent[] =
    "\u0628\u0650\u0671\u0644\u0652\u0645\u0650\u0626\u064e\u0629";
// ithnan/ithnayn start with hamzat al-wasl: after wa- it is written as alef
// wasla so espeak-ng elides it (wa-thnan), instead of a long "wa:".
inline constexpr char kWaslInitial[] = "\u0627\u0650";
inline constexpr char kAlefWasla[] = "\u0671";

// "wa" + word, eliding a hamzat al-wasl at the start of the word.
inline std::string Conjoin(std::string_view word) {
  std::string out = kWaw;
  const std::string_view wasl = kWaslInitial;
  if (word.substr(0, wasl.size()) == wasl) {
    out += kAlefWasla;
    word.remove_prefix(wasl.size());
  }
  out += word;
  return out;
}

}  // namespace khulasa::speech::number_words

#endif  // KHULASA_SRC_SPEECH_NUMBER_WORDS_H_
