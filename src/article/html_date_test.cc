#include "src/article/html_date.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::article {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(NormalizeHtmlDateTest, ReadsTheFormsNewsPagesUse) {
  const Case cases[] = {
      // ISO and numeric forms.
      {"2024-12-15T09:30:00+03:00", "2024-12-15"},
      {"2019-11-19T13:03:00.000Z", "2019-11-19"},
      {"2020/06/03", "2020-06-03"},
      {"  2021.1.5 ", "2021-01-05"},
      {"15/12/2024", "2024-12-15"},
      {"03-06-2020 10:00", "2020-06-03"},  // day first
      {"12/31/2023", "2023-12-31"},        // 31 cannot be a month
      {"20200603", ""},                    // no separators: not a date
      // English and other Latin month names.
      {"Dec 5, 2020", "2020-12-05"},
      {"5 December 2020", "2020-12-05"},
      {"Published: March 7, 2023 at 4:20 pm", "2023-03-07"},
      {"7. M\u00e4rz 2023", "2023-03-07"},
      {"le 18 juillet 2024", "2024-07-18"},
      {"2 de diciembre de 2024", ""},  // "de" between the parts: not read
      // Arabic month names, Egyptian/Gulf forms.
      {"\u0661\u0665 \u062f\u064a\u0633\u0645\u0628\u0631 "
       "\u0662\u0660\u0662\u0664",
       "2024-12-15"},
      {"\u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621\u060c 07 "
       "\u0623\u0643\u062a\u0648\u0628\u0631 2020 - 12:09 \u0645",
       "2020-10-07"},
      {"1 \u064a\u0648\u0646\u064a\u0648 2021", "2021-06-01"},
      {"24 \u0625\u0628\u0631\u064a\u0644 2020", "2020-04-24"},
      // Levantine forms, alone and paired with the other name.
      {"\u0661\u0664 \u0643\u0627\u0646\u0648\u0646 "
       "\u0627\u0644\u0623\u0648\u0644 \u0662\u0660\u0662\u0664",
       "2024-12-14"},
      {"3 \u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062b\u0627\u0646\u064a "
       "2025",
       "2025-01-03"},
      {"28 \u0622\u0628/\u0627\u063a\u0633\u0637\u0633 2013", "2013-08-28"},
      {"\u062a\u0645 \u0646\u0634\u0631\u0647 \u0627\u0644\u062c\u0645\u0639"
       "\u0629 24 \u0646\u064a\u0633\u0627\u0646 / \u0623\u0628\u0631\u064a"
       "\u0644 2020 09:22",
       "2020-04-24"},
      {"9 \u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u062b\u0627\u0646\u064a "
       "2020",
       "2020-11-09"},
      // Maghrebi form and Persian digits.
      {"\u06f2\u06f5 \u062c\u0648\u0627\u0646 \u06f2\u06f0\u06f2\u06f0",
       "2020-06-25"},
      // Invalid days, years out of range, no date at all.
      {"31/02/2020", ""},
      {"29/02/2021", ""},
      {"29/02/2020", "2020-02-29"},
      {"1850-01-01", ""},
      {"", ""},
      {"   ", ""},
      {"...,;", ""},
      {"\xff\xfe garbage \xc3", ""},
      {"\u0627\u0628 \u0627\u0644\u0623\u0633\u0631\u0629", ""},  // "father"
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizeHtmlDate(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(NormalizeHtmlDateTest, TakesTheFirstDate) {
  EXPECT_EQ(NormalizeHtmlDate("2020-01-02 updated 2021-03-04"), "2020-01-02");
}

TEST(NormalizeHtmlDateTest, BoundsLongInput) {
  std::string text(1u << 20, '1');
  EXPECT_EQ(NormalizeHtmlDate(text), "");
}

}  // namespace
}  // namespace khulasa::article
