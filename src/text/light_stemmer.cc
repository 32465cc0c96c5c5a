#include "src/text/light_stemmer.h"

#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {
namespace {

bool StartsWith(std::u32string_view w, char32_t a, char32_t b) {
  return w.size() >= 2 && w[0] == a && w[1] == b;
}

bool EndsWith(std::u32string_view w, char32_t a, char32_t b) {
  const size_t n = w.size();
  return n >= 2 && w[n - 2] == a && w[n - 1] == b;
}

}  // namespace

std::u32string_view LightStem(std::u32string_view w) {
  size_t b = 0;
  // Conjunction + article ("وال", "بال", "كال", "فال"), article, "لل".
  if (w.size() >= 5 &&
      (w[0] == kWaw || w[0] == kBeh || w[0] == kKaf || w[0] == kFeh) &&
      w[1] == kAlef && w[2] == kLam) {
    b = 3;
  } else if (w.size() >= 4 &&
             (StartsWith(w, kAlef, kLam) || StartsWith(w, kLam, kLam))) {
    b = 2;
  } else if (w.size() >= 4 && w[0] == kWaw) {
    b = 1;
  }
  std::u32string_view s = w.substr(b);
  const size_t n = s.size();
  if (n >= 5 && (EndsWith(s, kAlef, kTeh) || EndsWith(s, kWaw, kNoon) ||
                 EndsWith(s, kYeh, kNoon) || EndsWith(s, kAlef, kNoon) ||
                 EndsWith(s, kHeh, kAlef) || EndsWith(s, kHeh, kMeem))) {
    s.remove_suffix(2);
  } else if (n >= 4 && (s[n - 1] == kHeh || s[n - 1] == kYeh)) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace khulasa::text
