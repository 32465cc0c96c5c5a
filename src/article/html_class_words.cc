#include "src/article/html_class_words.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace khulasa::article {
namespace {

// Word lists, blank-separated, lower case (ASCII). Whole words only: "ad"
// is not in "advanced", "advert" is not in "advertorial". Written Arabic
// words are \u escapes (class names in Arabic script are rare but exist).
constexpr std::string_view kPositiveWords =
    // English
    "article body content entry main post text blog story detail details "
    "hentry news prose richtext "
    // German
    "artikel inhalt inhalte beitrag meldung nachricht haupttext fliesstext "
    // Spanish
    "contenido cuerpo texto noticia nota articulo "
    // French
    "contenu corps texte "
    // Polish
    "tresc artykul wpis "
    // transliterated Arabic: news, text, details, article
    "khabar akhbar matn tafasil tafaseel maqal maqala "
    // Arabic: content, article, news, text, details
    "\u0645\u062d\u062a\u0648\u0649 \u0645\u0642\u0627\u0644 "
    "\u062e\u0628\u0631 "
    "\u0646\u0635 \u062a\u0641\u0627\u0635\u064a\u0644";

constexpr std::string_view kNegativeWords =
    // English: comments, sharing, related and recommended links, site
    // chrome, ads, dialogs, meta lines, media
    "comment comments reply replies respond disqus share shares sharing "
    "sharer social related recommend recommended recommendations sidebar "
    "sidebars footer masthead navbar navigation nav menu menus submenu "
    "breadcrumb breadcrumbs crumbs newsletter newsletters subscribe "
    "subscription subscriptions signup signin login register paywall "
    "promo promos promotion advert adverts advertisement advertisements "
    "advertising ad ads adv adslot adunit dfp googlead mpu sponsor "
    "sponsored sponsors partner partners banner banners cookie cookies "
    "gdpr consent popup modal dialog overlay lightbox outbrain taboola "
    "pagination pager paging toolbar skyscraper shoutbox popular trending "
    "latest readmore more tags tag taglist keywords topics byline dateline "
    "rating ratings caption captions credit credits copyright carousel "
    "slider slideshow jump follow donate ticker newsticker breaking alert "
    "playlist meta metadata header subnav combx remark rss supplemental "
    "agegate recirc tooltip dropdown search aside tools next prev previous "
    "hide visually sr skip links date time timestamp author authors bio "
    "avatar source photo image img figure gallery video audio kicker "
    "eyebrow email notice notices notification notifications toast "
    "faq "
    // German
    "werbung anzeige anzeigen kommentar kommentare teilen verwandt "
    "empfehlung empfehlungen seitenleiste fusszeile kopfzeile abo "
    "schlagworte stichworte autor datum bildunterschrift bildnachweis "
    "weiterlesen mehr "
    // Spanish
    "publicidad anuncio anuncios comentario comentarios compartir "
    "relacionado relacionados relacionadas recomendado recomendados lateral "
    "pie cabecera suscripcion suscribete etiquetas fecha "
    // French
    "publicite pub commentaire commentaires partage partager similaires "
    "recommandes entete pied abonnement etiquettes auteur "
    // Polish
    "reklama komentarze udostepnij powiazane polecane stopka naglowek tagi "
    // transliterated Arabic: ad, comments
    "ealan i3lan taaliqat "
    // Arabic: ad, comments, share, related
    "\u0627\u0639\u0644\u0627\u0646 \u0625\u0639\u0644\u0627\u0646 "
    "\u062a\u0639\u0644\u064a\u0642\u0627\u062a "
    "\u0645\u0634\u0627\u0631\u0643\u0629 "
    "\u0630\u0627\u062a\u0635\u0644\u0629";

constexpr std::string_view kWeakNegativeWords =
    "widget widgets card cards teasers listing feed faqs accordion";

constexpr std::string_view kLeadWords =
    "lead lede leadin intro introduction standfirst deck dek subtitle "
    "summary excerpt abstract teaser chapo chapeau vorspann einleitung "
    "anriss entradilla sumario bajada copete zajawka wstep lid";

// Words that name no role but make glued words splittable ("sharebar" ->
// share + bar) and let the role word before them count.
constexpr std::string_view kNeutralWords =
    "bar box list wrap wrapper container inner outer area block button "
    "buttons btn icon icons section module item items holder panel top "
    "bottom left right col row title line info data zone region group "
    "head heading posts articles stories entries page site view field name "
    "default primary secondary full wide small large big single layout "
    "only";

// Layout nouns: the words before them say what the layout holds, not
// what the element is ("sidebar-grid" is a page grid with a sidebar,
// "two-column-layout" a layout); role words before them are forgotten.
constexpr std::string_view kLayoutWords = "grid grids layout template";

// A name opening with one of these states a condition of the page or the
// element ("no-sidebars", "has-header", "is-sticky"), not its role.
constexpr std::string_view kStateWords = "no not has with without is";

// Strong body names, written as their words joined ("article-body",
// "articleBody" and "article__body" all read "articlebody").
constexpr std::string_view kStrongNames =
    "articlebody articlecontent articletext articletxt articledetail "
    "articledetails entrycontent entrybody postcontent postbody postentry "
    "storybody storycontent storytext newsbody newscontent newsdetails "
    "newstext detailsbody bodytext textbody contenttext maintext "
    "fieldnamebody richtext singlecontent khabarbody matn tafasil "
    "artikeltext artikelinhalt artikelbody beitragstext beitraginhalt "
    "cuerponoticia cuerpotexto notacuerpo articulocuerpo contenidonoticia "
    "textonoticia contenuarticle articlecorps corpsarticle textearticle "
    "trescartykulu artykultresc";

enum class WordKind : uint8_t {
  kNeutral,
  kPositive,
  kNegative,
  kWeakNegative,
  kLead,
  kState,
  kLayout,
};

class Lexicon {
 public:
  Lexicon() {
    Add(kNeutralWords, WordKind::kNeutral);
    Add(kWeakNegativeWords, WordKind::kWeakNegative);
    Add(kLeadWords, WordKind::kLead);
    Add(kPositiveWords, WordKind::kPositive);
    Add(kNegativeWords, WordKind::kNegative);
    Add(kStateWords, WordKind::kState);
    Add(kLayoutWords, WordKind::kLayout);
    ForEachWord(kStrongNames, [&](std::string_view w) { strong_.insert(w); });
  }
  const WordKind* Find(std::string_view word) const {
    const auto it = words_.find(word);
    return it == words_.end() ? nullptr : &it->second;
  }
  bool IsStrong(std::string_view joined) const {
    return strong_.contains(joined);
  }

 private:
  template <typename F>
  static void ForEachWord(std::string_view list, F f) {
    size_t pos = 0;
    while (pos < list.size()) {
      size_t end = list.find(' ', pos);
      if (end == std::string_view::npos) end = list.size();
      if (end > pos) f(list.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  void Add(std::string_view list, WordKind kind) {
    ForEachWord(list, [&](std::string_view w) { words_[w] = kind; });
  }
  absl::flat_hash_map<std::string_view, WordKind> words_;
  absl::flat_hash_set<std::string_view> strong_;
};

const Lexicon& Words() {
  static const Lexicon* const lexicon = new Lexicon();
  return *lexicon;
}

constexpr size_t kMaxNameBytes = 128;
constexpr size_t kMaxWords = 16;

struct Word {
  std::string text;
  bool modifier = false;  // after a BEM "--"
};

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True for a run of letters and digits that is a generated hash, not
// words: a digit between letters ("ad6ed79d", "x2bgp"), a one-letter part
// beside others ("qSR5N", "pqUbH") or capitals running into lower case
// ("FMHtv"). CSS modules and page builders append such hashes
// ("storyline_paragraph_p__qSR5N"), and their parts must not read as
// words ("sr", "ad").
bool IsOpaqueRun(std::string_view run) {
  size_t parts = 0;
  bool single_letter_part = false;
  bool digit_inside = false;
  size_t part_len = 0;
  for (size_t i = 0; i < run.size(); ++i) {
    const char c = run[i];
    const bool starts = i == 0 || (IsUpper(c) && IsLower(run[i - 1])) ||
                        IsDigit(c) != IsDigit(run[i - 1]);
    if (starts) {
      if (i > 0 && part_len == 1 && !IsDigit(run[i - 1])) {
        single_letter_part = true;
      }
      if (IsDigit(c) && i > 0) digit_inside = true;
      ++parts;
      part_len = 0;
    }
    ++part_len;
    if (i >= 2 && IsUpper(run[i - 2]) && IsUpper(run[i - 1]) && IsLower(c)) {
      return true;
    }
  }
  // A digit part counts as inside only when letters follow it.
  if (digit_inside && !IsDigit(run.back())) return true;
  if (parts > 1 && part_len == 1 && !IsDigit(run.back())) {
    single_letter_part = true;
  }
  return parts > 1 && single_letter_part;
}

// Splits `name` into lower-case words at separators, lower-to-upper case
// changes and letter/digit changes; digit-only words and opaque runs
// (IsOpaqueRun) are dropped.
size_t SplitName(std::string_view name, std::array<Word, kMaxWords>* out) {
  if (name.size() > kMaxNameBytes) name = name.substr(0, kMaxNameBytes);
  size_t count = 0;
  bool modifier = false;
  size_t i = 0;
  while (i < name.size()) {
    const char c = name[i];
    const bool word_char = static_cast<unsigned char>(c) >= 0x80 ||
                           IsLower(c) || IsUpper(c) || IsDigit(c);
    if (!word_char) {
      if (c == '-' && i + 1 < name.size() && name[i + 1] == '-') {
        modifier = true;
      } else if (c == '_' && i + 1 < name.size() && name[i + 1] == '_') {
        modifier = false;  // a new BEM element
      }
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < name.size() &&
           (static_cast<unsigned char>(name[end]) >= 0x80 ||
            IsLower(name[end]) || IsUpper(name[end]) || IsDigit(name[end]))) {
      ++end;
    }
    const std::string_view run = name.substr(i, end - i);
    i = end;
    if (IsOpaqueRun(run)) continue;
    size_t start = 0;
    for (size_t j = 1; j <= run.size(); ++j) {
      const bool cut = j == run.size() ||
                       (IsUpper(run[j]) && IsLower(run[j - 1])) ||
                       IsDigit(run[j]) != IsDigit(run[j - 1]);
      if (!cut) continue;
      const std::string_view part = run.substr(start, j - start);
      start = j;
      if (IsDigit(part[0]) || count >= kMaxWords) continue;
      std::string& text = (*out)[count].text;
      text.assign(part);
      for (char& ch : text) {
        if (IsUpper(ch)) ch = static_cast<char>(ch + ('a' - 'A'));
      }
      (*out)[count].modifier = modifier;
      ++count;
    }
  }
  return count;
}

// For a glued word ("sharebar", "relatedposts") not in the lists: the
// kinds of its two known parts, splitting at the longest known head.
bool SplitGlued(std::string_view word, const WordKind** head,
                const WordKind** tail) {
  const Lexicon& lex = Words();
  if (word.size() < 5) return false;
  for (size_t cut = word.size() - 2; cut >= 2; --cut) {
    const WordKind* h = lex.Find(word.substr(0, cut));
    if (h == nullptr) continue;
    const WordKind* t = lex.Find(word.substr(cut));
    if (t == nullptr) continue;
    *head = h;
    *tail = t;
    return true;
  }
  return false;
}

}  // namespace

ClassNameRoles ReadClassName(std::string_view name) {
  ClassNameRoles r;
  std::array<Word, kMaxWords> words;
  const size_t n = SplitName(name, &words);
  if (n == 0) return r;
  const Lexicon& lex = Words();
  // Kinds of the words, glued words read as their two parts.
  std::array<WordKind, 2 * kMaxWords> kinds{};
  std::array<bool, 2 * kMaxWords> modifier{};
  size_t k = 0;
  for (size_t i = 0; i < n; ++i) {
    const WordKind* kind = lex.Find(words[i].text);
    const WordKind* tail = nullptr;
    if (kind == nullptr && !SplitGlued(words[i].text, &kind, &tail)) continue;
    if (k == 0 && *kind == WordKind::kState) return r;
    kinds[k] = *kind;
    modifier[k++] = words[i].modifier;
    if (tail != nullptr) {
      kinds[k] = *tail;
      modifier[k++] = words[i].modifier;
    }
  }
  bool base_has_role = false;
  for (size_t i = 0; i < k; ++i) {
    base_has_role |= !modifier[i] && (kinds[i] == WordKind::kPositive ||
                                      kinds[i] == WordKind::kNegative ||
                                      kinds[i] == WordKind::kLead);
  }
  for (size_t i = 0; i < k; ++i) {
    if (modifier[i] && base_has_role) continue;
    switch (kinds[i]) {
      case WordKind::kPositive:
        r.positive = true;
        r.role = ClassRole::kPositive;
        break;
      case WordKind::kNegative:
        r.negative = true;
        r.role = ClassRole::kNegative;
        break;
      case WordKind::kWeakNegative:
        r.role = ClassRole::kWeakNegative;
        break;
      case WordKind::kLead:
        r.lead = true;
        r.role = ClassRole::kLead;
        break;
      case WordKind::kLayout:
        r = ClassNameRoles();
        break;
      case WordKind::kNeutral:
      case WordKind::kState:
        break;
    }
  }
  // Strong names: one to three adjacent words joined.
  std::string joined;
  // Modifiers count here: Drupal's "field--name-body" is the body.
  for (size_t i = 0; i < n && !r.strong; ++i) {
    joined.clear();
    for (size_t j = i; j < n && j < i + 3; ++j) {
      joined += words[j].text;
      if (lex.IsStrong(joined)) {
        r.strong = true;
        // A strong name ending the name is its role ("news-article-body").
        if (j + 1 == n) r.role = ClassRole::kPositive;
        break;
      }
    }
  }
  return r;
}

}  // namespace khulasa::article
