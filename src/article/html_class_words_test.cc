#include "src/article/html_class_words.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace khulasa::article {
namespace {

std::string RoleName(ClassRole role) {
  switch (role) {
    case ClassRole::kNone:
      return "none";
    case ClassRole::kPositive:
      return "positive";
    case ClassRole::kNegative:
      return "negative";
    case ClassRole::kWeakNegative:
      return "weak";
    case ClassRole::kLead:
      return "lead";
  }
  return "?";
}

// role, then "strong" when the name is a strong body name.
std::string Dump(std::string_view name) {
  const ClassNameRoles r = ReadClassName(name);
  return RoleName(r.role) + (r.strong ? " strong" : "");
}

TEST(ReadClassNameTest, ReadsTheLastRoleWord) {
  const struct {
    std::string_view name;
    std::string_view want;
  } kCases[] = {
      // whole words only
      {"advanced-search", "negative"},  // "search" is the role, not "ad"
      {"advanced", "none"},
      {"advertorial", "none"},
      {"advert", "negative"},
      {"ad-slot", "negative"},
      {"header-ad", "negative"},
      {"download", "none"},
      {"shadow", "none"},
      {"readability", "none"},
      // the last role word wins
      {"article-footer", "negative"},
      {"article_details_tags", "negative strong"},
      {"comments-content", "positive"},
      {"related-posts", "negative"},  // "posts" names no role
      {"sidebar-wrapper", "negative"},
      {"entry-content", "positive strong"},
      {"article-body", "positive strong"},
      {"c-article-body", "positive strong"},
      {"article-body-footer", "negative strong"},
      // camelCase and glued words
      {"articleBody", "positive strong"},
      {"storyMeta", "negative"},
      {"articleMeta", "negative"},
      {"sharebar", "negative"},
      {"relatedposts", "negative"},
      {"articlebody", "positive strong"},
      {"sidebar2", "negative"},
      // BEM: modifiers are states unless the rest names nothing
      {"article--ads", "positive"},
      {"post__time", "negative"},
      {"c-card--related", "negative"},
      {"field--name-body", "positive strong"},
      // layout nouns forget the words before them
      {"sidebar-grid__container", "none"},
      {"sidebar-grid__sidebar", "negative"},
      {"sidebar-layout", "none"},
      // state and negated names
      {"no-sidebars", "none"},
      {"has-header", "none"},
      {"is-sticky-header", "none"},
      {"nosidebar", "none"},
      // other languages
      {"artikel-inhalt", "positive strong"},
      {"werbung", "negative"},
      {"cuerpo-noticia", "positive strong"},
      {"comentarios", "negative"},
      {"contenu", "positive"},
      {"publicite", "negative"},
      {"komentarze", "negative"},
      {"\u0645\u062d\u062a\u0648\u0649", "positive"},  // "content"
      {"\u0627\u0639\u0644\u0627\u0646", "negative"},  // "ad"
      // leads and weak words
      {"article-standfirst", "lead"},
      {"entradilla", "lead"},
      {"chapo", "lead"},
      {"elementor-widget", "weak"},
      {"card", "weak"},
      // generated hashes are not words
      {"storyline_paragraph_p__qSR5N", "positive"},  // story + line
      {"ad6ed79d-88fd-4c8e", "none"},
      {"Typography_text-s__wu_cm", "positive"},
      {"x2bgp", "none"},
      {"FMHtv", "none"},
      {"adSlot", "negative"},
      {"h1-title", "none"},
      // nothing
      {"", "none"},
      {"--", "none"},
      {"123", "none"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Dump(c.name), c.want) << "name: " << c.name;
  }
}

TEST(ReadClassNameTest, LongAndOddNamesAreBounded) {
  const std::string long_name(100000, 'a');
  EXPECT_EQ(Dump(long_name), "none");
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "ad-";
  EXPECT_EQ(Dump(many), "negative");
  EXPECT_EQ(Dump("\xFF\xFE-ad"), "negative");
}

}  // namespace
}  // namespace khulasa::article
