#include "src/article/html_text.h"

#include <cstdint>
#include <utility>

#include "src/text/blank.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Length of a multi-byte space (text::IsHtmlTextSpace) at the start of
// `s`, or 0.
size_t UnicodeSpaceLength(std::string_view s) {
  size_t next = 0;
  const char32_t c = text::DecodeUtf8(s, &next);
  return text::IsHtmlTextSpace(c) ? next : 0;
}

}  // namespace

void HtmlTextBuilder::Append(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (text::IsAsciiBlank(c)) {
        pending_space_ = !text_.empty();
        ++i;
        continue;
      }
    } else {
      const size_t space = UnicodeSpaceLength(text.substr(i));
      if (space > 0) {
        pending_space_ = !text_.empty();
        i += space;
        continue;
      }
    }
    if (pending_space_) {
      text_.push_back(' ');
      pending_space_ = false;
    }
    // Copy the run of ordinary bytes in one go.
    size_t j = i + 1;
    while (j < text.size()) {
      const auto d = static_cast<unsigned char>(text[j]);
      if (d < 0x80 ? text::IsAsciiBlank(d)
                   : (d == 0xC2 || d == 0xE2 || d == 0xE3 || d == 0xEF)) {
        break;
      }
      ++j;
    }
    text_.append(text.data() + i, j - i);
    i = j;
  }
}

std::string HtmlTextBuilder::Take() {
  pending_space_ = false;
  return std::exchange(text_, std::string());
}

std::string CollapseHtmlWhitespace(std::string_view text) {
  HtmlTextBuilder builder;
  builder.Append(text);
  return builder.Take();
}

std::string DecodeBasicEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  static constexpr struct {
    std::string_view name;
    std::string_view value;
  } kNamed[] = {{"&quot;", "\""}, {"&amp;", "&"}, {"&apos;", "'"},
                {"&lt;", "<"},    {"&gt;", ">"},  {"&nbsp;", " "}};
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '&') {
      out.push_back(text[i++]);
      continue;
    }
    const std::string_view rest = text.substr(i);
    bool done = false;
    for (const auto& e : kNamed) {
      if (StartsWith(rest, e.name)) {
        out.append(e.value);
        i += e.name.size();
        done = true;
        break;
      }
    }
    if (done) continue;
    if (StartsWith(rest, "&#")) {
      const bool hex = rest.size() > 2 && (rest[2] == 'x' || rest[2] == 'X');
      size_t j = hex ? 3 : 2;
      uint32_t value = 0;
      const size_t digits_start = j;
      while (j < rest.size() && j < digits_start + 7) {
        const char c = rest[j];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) break;
        value = value * (hex ? 16u : 10u) + static_cast<uint32_t>(d);
        ++j;
      }
      if (j > digits_start && j < rest.size() && rest[j] == ';' && value > 0 &&
          value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
        text::AppendUtf8(static_cast<char32_t>(value), &out);
        i += j + 1;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

size_t VisibleBytes(std::string_view text) {
  size_t n = 0;
  for (const char c : text) {
    n += text::IsAsciiBlank(static_cast<unsigned char>(c)) ? 0 : 1;
  }
  return n;
}

}  // namespace khulasa::article
