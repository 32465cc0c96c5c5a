#include "src/article/authors.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::article {
namespace {

using Names = std::vector<std::string>;

TEST(PeopleOnlyTest, KeepsPeopleInOrderWithoutRepeats) {
  const PageIdentity page{"Beirut Observer", "https://www.example.com/a", ""};
  EXPECT_EQ(
      PeopleOnly({"Ziad Sankary", "\u0636\u062D\u0649 \u0639\u0631\u0641\u0629",
                  " Ziad  Sankary "},
                 page),
      (Names{"Ziad Sankary", "\u0636\u062D\u0649 \u0639\u0631\u0641\u0629"}));
  EXPECT_TRUE(PeopleOnly({}, page).empty());
  EXPECT_TRUE(PeopleOnly({"", "  "}, page).empty());
}

TEST(PeopleOnlyTest, DropsTheSitesOwnName) {
  // The URL's host, the og:site_name (equal, or holding it), the dateline.
  EXPECT_TRUE(
      PeopleOnly({"akhbarelyom"}, {"", "https://akhbarelyom.com/news/1", ""})
          .empty());
  EXPECT_TRUE(PeopleOnly({"LBCI"}, {"LBCIV7", "https://www.lbcgroup.tv/n", ""})
                  .empty());
  // "المدينة نيوز" as the source tag of the first paragraph.
  const std::string madenah =
      "\u0627\u0644\u0645\u062F\u064A\u0646\u0629 "
      "\u0646\u064A\u0648\u0632";
  EXPECT_TRUE(
      PeopleOnly({madenah}, {"", "https://www.almadenahnews.com/a", madenah})
          .empty());
  // A short name inside the site's is not the site ("Al" in "Alyaum").
  EXPECT_EQ(PeopleOnly({"Al"}, {"Alyaum", "", ""}), (Names{"Al"}));
  // A person whose name is not the site's stays.
  EXPECT_EQ(PeopleOnly({"Heba Musa"}, {"akhbarelyom", "", ""}),
            (Names{"Heba Musa"}));
}

TEST(PeopleOnlyTest, DropsCreditsAndSourceTags) {
  const PageIdentity page{"", "", ""};
  EXPECT_TRUE(
      PeopleOnly({"Developed By Heba Musa", "powered by WordPress"}, page)
          .empty());
  // "(أبوظبي - البيان)": a source tag in parentheses.
  EXPECT_TRUE(PeopleOnly({"(\u0623\u0628\u0648\u0638\u0628\u064A - "
                          "\u0627\u0644\u0628\u064A\u0627\u0646)"},
                         page)
                  .empty());
}

TEST(PeopleOnlyTest, ABylineKeepsItsNameWithoutThePlace) {
  const PageIdentity page{"", "", ""};
  // "حسام أبو العلا - القاهرة" -> "حسام أبو العلا"
  EXPECT_EQ(PeopleOnly({"\u062D\u0633\u0627\u0645 \u0623\u0628\u0648 "
                        "\u0627\u0644\u0639\u0644\u0627 - "
                        "\u0627\u0644\u0642\u0627\u0647\u0631\u0629"},
                       page),
            (Names{"\u062D\u0633\u0627\u0645 \u0623\u0628\u0648 "
                   "\u0627\u0644\u0639\u0644\u0627"}));
  // A long part after the dash is not a place: the name stays whole.
  EXPECT_EQ(PeopleOnly({"A - b c d"}, page), (Names{"A - b c d"}));
}

}  // namespace
}  // namespace khulasa::article
