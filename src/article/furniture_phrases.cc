#include "src/article/furniture_phrases.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace khulasa::article {
namespace {

// Lower-case openings of closing lines, '|'-separated. Latin letters with
// accents are written as UTF-8 escapes.
constexpr std::string_view kClosingOpenings =
    // English
    "read more|read also|also read|related:|related articles|related "
    "stories|related posts|related coverage|related content|related "
    "news|related topics|more from|more on this|more stories|more news|you "
    "may also like|you might also like|recommended for you|recommended "
    "stories|see also|subscribe|sign up for|sign up to|get our "
    "newsletter|join our newsletter|share this|share on|share:|tags:|tagged "
    "with|tagged:|topics:|filed under|copyright|\xC2\xA9|all rights "
    "reserved|photo:|photos:|image:|photo credit|image credit|credit:|"
    "disclaimer|follow us|download our app|advertisement|continue "
    "reading|leave a comment|comments|rate this|print this|"
    // German
    "lesen sie auch|lesen sie mehr|mehr zum thema|mehr zu diesem thema|auch "
    "interessant|das k\xC3\xB6nnte sie auch interessieren|weitere "
    "artikel|weiterlesen|artikel teilen|teilen:|jetzt abonnieren|abonnieren "
    "sie|schlagworte|themen:|foto:|fotos:|bild:|quelle:|alle rechte "
    "vorbehalten|anzeige|zum thema|mehr aus|kommentare|"
    // Spanish
    "lee tambi\xC3\xA9n|lea tambi\xC3\xA9n|leer m\xC3\xA1s|te puede "
    "interesar|tambi\xC3\xA9n te puede interesar|noticias "
    "relacionadas|relacionado|m\xC3\xA1s informaci\xC3\xB3n|"
    "suscr\xC3\xAD"
    "bete|suscribete|compartir|etiquetas|temas:|imagen:|"
    "fuente:|todos los derechos reservados|publicidad|sigue leyendo|"
    "m\xC3\xA1s noticias|"
    // French
    "lire aussi|\xC3\xA0 lire aussi|a lire aussi|lire la suite|voir "
    "aussi|sur le m\xC3\xAAme sujet|articles similaires|vous aimerez "
    "aussi|abonnez-vous|inscrivez-vous|partager|mots-cl\xC3\xA9s|mots "
    "cl\xC3\xA9s|photo :|cr\xC3\xA9"
    "dit|tous droits r\xC3\xA9serv\xC3\xA9s|"
    "publicit\xC3\xA9|"
    // Polish
    "czytaj tak\xC5\xBC"
    "e|czytaj te\xC5\xBC|czytaj wi\xC4\x99"
    "cej|zobacz "
    "tak\xC5\xBC"
    "e|zobacz te\xC5\xBC|polecamy|udost\xC4\x99pnij|tagi:|fot.|"
    "\xC5\xBAr\xC3\xB3"
    "d\xC5\x82o:|subskrybuj|reklama|wszelkie prawa "
    "zastrze\xC5\xBCone|"
    // Arabic: read also, see also, related, related news, subscribe,
    // share, tags, follow us on
    "\u0627\u0642\u0631\u0623 "
    "\u0623\u064a\u0636\u0627|\u0627\u0642\u0631\u0623 "
    "\u0627\u064a\u0636\u0627|\u0634\u0627\u0647\u062f "
    "\u0623\u064a\u0636\u0627|\u0630\u0627\u062a \u0635\u0644\u0629|"
    "\u0623\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0629|"
    "\u0627\u0634\u062a\u0631\u0643|\u0634\u0627\u0631\u0643|"
    "\u0627\u0644\u0648\u0633\u0648\u0645|"
    "\u062a\u0627\u0628\u0639\u0648\u0646\u0627 "
    "\u0639\u0644\u0649";

// Phrases of site chrome that sit inside content containers: comment
// policies, copyright lines, "read also", "follow us on".
constexpr std::string_view kChromePhrases[] = {
    // "all rights reserved"
    "\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 "
    "\u0645\u062d\u0641\u0648\u0638\u0629",
    // "does not express the opinion (of the site)"
    "\u0644\u0627 \u062a\u0639\u0628\u0631 \u0639\u0646 \u0631\u0623\u064a",
    // "reviewing the comments"
    "\u0645\u0631\u0627\u062c\u0639\u0629 "
    "\u0627\u0644\u062a\u0639\u0644\u064a\u0642\u0627\u062a",
    // "read also"
    "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627",
    // "follow us on"
    "\u062a\u0627\u0628\u0639\u0648\u0646\u0627 \u0639\u0644\u0649",
    "All rights reserved", "all rights reserved", "enable JavaScript",
    "enable Javascript", "enable javascript"};

// Bytes of a line folded for the opening test (the longest opening is
// about 40 bytes).
constexpr size_t kFoldBytes = 64;

// `line`'s first kFoldBytes bytes with ASCII and Latin-1 capitals lowered,
// after leading blanks, bullets, arrows, dashes and '>' are skipped.
std::string FoldOpening(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t' || c == '-' || c == '>' || c == '*' || c == '|' ||
        c == '#') {
      ++i;
    } else if (c == 0xE2 && i + 2 < line.size()) {
      // U+2000-U+2BFF: dashes, bullets, arrows, geometric shapes.
      i += 3;
    } else if (c == 0xC2 && i + 1 < line.size() &&
               (line[i + 1] == '\xA0' || line[i + 1] == '\xBB' ||
                line[i + 1] == '\xB7')) {
      i += 2;  // no-break space, '»', middle dot
    } else {
      break;
    }
  }
  std::string out(line.substr(i, kFoldBytes));
  for (size_t j = 0; j < out.size(); ++j) {
    char& ch = out[j];
    if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<char>(ch + ('a' - 'A'));
    } else if (ch == '\xC3' && j + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[j + 1]);
      // U+00C0-U+00DE capitals (not U+00D7 '×') lower to U+00E0-U+00FE.
      if (next >= 0x80 && next <= 0x9E && next != 0x97) {
        out[j + 1] = static_cast<char>(next + 0x20);
      }
      ++j;
    }
  }
  return out;
}

}  // namespace

bool IsClosingFurnitureLine(std::string_view line) {
  const std::string folded = FoldOpening(line);
  if (folded.empty()) return false;
  size_t pos = 0;
  while (pos < kClosingOpenings.size()) {
    size_t end = kClosingOpenings.find('|', pos);
    if (end == std::string_view::npos) end = kClosingOpenings.size();
    const std::string_view opening = kClosingOpenings.substr(pos, end - pos);
    pos = end + 1;
    if (opening.empty() || folded.compare(0, opening.size(), opening) != 0) {
      continue;
    }
    // A whole word: "comments" opens "Comments (3)", not "commentsary".
    const size_t after = opening.size();
    if (after == folded.size()) return true;
    const auto next = static_cast<unsigned char>(folded[after]);
    const bool letter = (next >= 'a' && next <= 'z') || next >= 0x80;
    const bool opening_ends_word =
        opening.back() == ':' || opening.back() == ' ' || opening.back() == '.';
    if (!letter || opening_ends_word) return true;
  }
  return false;
}

bool ContainsChromePhrase(std::string_view text) {
  for (std::string_view phrase : kChromePhrases) {
    if (text.find(phrase) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace khulasa::article
