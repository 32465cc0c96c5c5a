#include "src/article/html_next_flight.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "src/article/html_text.h"
#include "src/base/json_nesting.h"
#include "src/text/hex_digit.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using Json = nlohmann::json;

// Element rows nesting deeper than this are skipped: nlohmann builds a node
// per level, and real payloads nest about 30 deep.
constexpr size_t kMaxRowDepth = 64;
constexpr std::string_view kPushCall = "self.__next_f.push([1,";

// Reads exactly `digits` hex digits at `*pos`; -1 (and *pos unchanged) when
// they are not all there.
int64_t ReadHex(std::string_view s, size_t* pos, size_t digits) {
  if (*pos + digits > s.size()) return -1;
  int64_t v = 0;
  for (size_t i = 0; i < digits; ++i) {
    const int h = text::HexDigitValue(s[*pos + i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  *pos += digits;
  return v;
}

bool IsSurrogate(int64_t c) { return c >= 0xD800 && c <= 0xDFFF; }

void AppendCodePoint(int64_t c, std::string* out) {
  if (c < 0 || c > 0x10FFFF || IsSurrogate(c)) c = 0xFFFD;
  text::AppendUtf8(static_cast<char32_t>(c), out);
}

// \u escape after the "\u": XXXX (with a following \uXXXX low surrogate
// joined) or {X...}.
void DecodeUnicodeEscape(std::string_view s, size_t* pos, std::string* out) {
  if (*pos < s.size() && s[*pos] == '{') {
    size_t i = *pos + 1;
    int64_t v = 0;
    while (i < s.size() && text::HexDigitValue(s[i]) >= 0 && v <= 0x10FFFF) {
      v = v * 16 + text::HexDigitValue(s[i]);
      ++i;
    }
    if (i < s.size() && s[i] == '}' && i > *pos + 1) {
      *pos = i + 1;
      AppendCodePoint(v, out);
    } else {
      out->push_back('u');  // not an escape: the letter stands for itself
    }
    return;
  }
  const int64_t hi = ReadHex(s, pos, 4);
  if (hi < 0) {
    out->push_back('u');
    return;
  }
  if (hi >= 0xD800 && hi <= 0xDBFF && *pos + 6 <= s.size() && s[*pos] == '\\' &&
      s[*pos + 1] == 'u') {
    size_t p = *pos + 2;
    const int64_t lo = ReadHex(s, &p, 4);
    if (lo >= 0xDC00 && lo <= 0xDFFF) {
      *pos = p;
      AppendCodePoint(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), out);
      return;
    }
  }
  AppendCodePoint(hi, out);
}

// Appends `text` with '&', '<' and '>' escaped, unless that would pass
// `max_bytes`.
bool AppendEscaped(std::string_view text, size_t max_bytes, std::string* out) {
  for (const char c : text) {
    if (out->size() + 5 > max_bytes) return false;
    if (c == '&') {
      out->append("&amp;");
    } else if (c == '<') {
      out->append("&lt;");
    } else if (c == '>') {
      out->append("&gt;");
    } else {
      out->push_back(c);
    }
  }
  return true;
}

// HTML text (as opposed to JSON, CSS class lists or code): its first
// non-blank character opens a tag.
bool LooksLikeHtml(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '<';
}

// Appends `html` as one <div>, without the "$$NAME$$" placeholders that
// content systems leave between paragraphs (ad slots); false when that
// would pass `max_bytes`.
bool AppendHtml(std::string_view html, size_t max_bytes, std::string* out) {
  if (out->size() + html.size() + 11 > max_bytes) return false;
  out->append("<div>");
  size_t i = 0;
  while (i < html.size()) {
    const size_t open = html.find("$$", i);
    if (open == std::string_view::npos) break;
    size_t name = open + 2;
    while (name < html.size() &&
           ((html[name] >= 'A' && html[name] <= 'Z') || html[name] == '_' ||
            (html[name] >= '0' && html[name] <= '9'))) {
      ++name;
    }
    out->append(html.substr(i, open - i));
    if (name > open + 2 && html.substr(name, 2) == "$$") {
      i = name + 2;  // a placeholder: left out
    } else {
      out->append("$$");
      i = open + 2;
    }
  }
  if (i < html.size()) out->append(html.substr(i));
  out->append("</div>");
  return true;
}

bool IsParagraphTag(std::string_view tag) {
  return tag == "p" || tag == "h2" || tag == "h3" || tag == "h4" ||
         tag == "h5" || tag == "h6" || tag == "li" || tag == "blockquote";
}

// The props object of a React element ["$", "tag", key, {props}], or null
// when `v` is not one.
const Json* ElementProps(const Json& v, std::string_view* tag) {
  if (!v.is_array() || v.size() < 4 || !v[0].is_string() ||
      v[0].get_ref<const std::string&>() != "$" || !v[1].is_string() ||
      !v[3].is_object()) {
    return nullptr;
  }
  *tag = v[1].get_ref<const std::string&>();
  return &v[3];
}

// The text a paragraph element renders: its string and number leaves under
// "children", in order, references ("$L1a", "$undefined") skipped and "$$"
// read as "$".
std::string Leaves(const Json& props) {
  std::string text;
  const auto children = props.find("children");
  if (children == props.end()) return text;
  std::vector<const Json*> stack = {&*children};
  while (!stack.empty()) {
    const Json* v = stack.back();
    stack.pop_back();
    if (v->is_string()) {
      std::string_view s = v->get_ref<const std::string&>();
      if (StartsWith(s, "$$")) {
        s.remove_prefix(1);
      } else if (StartsWith(s, "$")) {
        continue;
      }
      text.append(s);
    } else if (v->is_number_integer()) {
      text.append(v->dump());
    } else if (v->is_array()) {
      std::string_view tag;
      if (const Json* p = ElementProps(*v, &tag)) {
        if (tag == "br") {
          text.push_back(' ');
          continue;
        }
        const auto c = p->find("children");
        if (c != p->end()) stack.push_back(&*c);
        continue;
      }
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
    }
  }
  return text;
}

// Appends the paragraphs of one element row to `out`; false once the
// fragment is full.
bool AppendElementRow(const Json& row, size_t max_bytes, std::string* out) {
  std::vector<const Json*> stack = {&row};
  while (!stack.empty()) {
    const Json* v = stack.back();
    stack.pop_back();
    if (v->is_object()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!v->is_array()) continue;
    std::string_view tag;
    const Json* props = ElementProps(*v, &tag);
    if (props == nullptr) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    // Scripts and styles carry code (analytics, JSON-LD), not text.
    if (tag == "script" || tag == "style" || tag == "template") continue;
    const auto inner = props->find("dangerouslySetInnerHTML");
    if (inner != props->end() && inner->is_object()) {
      const auto html = inner->find("__html");
      if (html != inner->end() && html->is_string() &&
          LooksLikeHtml(html->get_ref<const std::string&>())) {
        if (!AppendHtml(html->get_ref<const std::string&>(), max_bytes, out)) {
          return false;
        }
      }
    }
    if (IsParagraphTag(tag)) {
      const std::string text = CollapseHtmlWhitespace(Leaves(*props));
      if (text.empty()) continue;
      if (out->size() + tag.size() * 2 + 5 > max_bytes) return false;
      out->append("<").append(tag).append(">");
      if (!AppendEscaped(text, max_bytes, out)) return false;
      out->append("</").append(tag).append(">");
      continue;
    }
    stack.push_back(props);
  }
  return true;
}

}  // namespace

bool DecodeJsStringLiteral(std::string_view s, char quote, size_t* pos,
                           std::string* out) {
  size_t i = *pos;
  while (i < s.size()) {
    // Plain runs are copied in one go.
    size_t run = i;
    while (run < s.size() && s[run] != quote && s[run] != '\\') ++run;
    out->append(s.substr(i, run - i));
    i = run;
    if (i >= s.size()) break;
    if (s[i] == quote) {
      *pos = i + 1;
      return true;
    }
    ++i;  // the backslash
    if (i >= s.size()) break;
    const char c = s[i++];
    switch (c) {
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
        out->push_back('\0');
        break;
      case '\n':  // line continuation
        break;
      case '\r':
        if (i < s.size() && s[i] == '\n') ++i;
        break;
      case 'x': {
        const int64_t v = ReadHex(s, &i, 2);
        if (v < 0) {
          out->push_back('x');
        } else {
          AppendCodePoint(v, out);
        }
        break;
      }
      case 'u':
        DecodeUnicodeEscape(s, &i, out);
        break;
      default:
        // Any other escaped character (\" \\ \/ \', or the first byte of
        // a multi-byte character) stands for itself.
        out->push_back(c);
        break;
    }
  }
  *pos = s.size();
  return false;
}

std::string NextFlightPayload(const HtmlDocument& doc, size_t max_bytes) {
  std::string payload;
  for (int32_t i = 1; i < doc.size(); ++i) {
    if (doc.node(i).tag != HtmlTag::kScript) continue;
    for (int32_t c = i + 1; c < doc.node(i).end; ++c) {
      if (doc.node(c).tag != HtmlTag::kText) continue;
      const std::string_view script = doc.Text(c);
      size_t at = script.find(kPushCall);
      while (at != std::string_view::npos && payload.size() < max_bytes) {
        size_t pos = at + kPushCall.size();
        while (pos < script.size() && script[pos] == ' ') ++pos;
        if (pos >= script.size() ||
            (script[pos] != '"' && script[pos] != '\'')) {
          at = script.find(kPushCall, pos);
          continue;
        }
        const char quote = script[pos];
        ++pos;
        std::string chunk;
        DecodeJsStringLiteral(script, quote, &pos, &chunk);
        payload.append(chunk, 0, max_bytes - payload.size());
        at = script.find(kPushCall, pos);
      }
    }
    i = doc.node(i).end - 1;
  }
  // Decoded escapes may have cut a character in two at the cap; what the
  // reader parses next must be valid UTF-8.
  if (!text::IsValidUtf8(payload)) payload = text::RepairUtf8(payload);
  return payload;
}

std::string NextFlightHtml(std::string_view payload, size_t max_bytes) {
  std::string out;
  size_t pos = 0;
  while (pos < payload.size()) {
    const size_t start = pos;
    // A row: hex id, ':', then "T<hex length>," and that many bytes, or a
    // value up to the end of the line.
    size_t p = pos;
    while (p < payload.size() && text::HexDigitValue(payload[p]) >= 0) ++p;
    const bool has_id = p > pos && p < payload.size() && payload[p] == ':';
    if (has_id && p + 1 < payload.size() && payload[p + 1] == 'T') {
      size_t q = p + 2;
      size_t length = 0;
      while (q < payload.size() && text::HexDigitValue(payload[q]) >= 0) {
        // Saturates: a length past the payload takes what there is.
        if (length <= payload.size()) {
          length = length * 16 + static_cast<size_t>(text::HexDigitValue(payload[q]));
        }
        ++q;
      }
      if (q > p + 2 && q < payload.size() && payload[q] == ',') {
        ++q;
        // The length counts UTF-8 bytes; one that ends inside a character
        // (a hostile or re-encoded page) ends before it.
        size_t take = std::min(length, payload.size() - q);
        while (take > 0 && q + take < payload.size() &&
               text::IsUtf8ContinuationByte(
                   static_cast<unsigned char>(payload[q + take]))) {
          --take;
        }
        const std::string_view text = payload.substr(q, take);
        pos = q + text.size();
        if (LooksLikeHtml(text) && !AppendHtml(text, max_bytes, &out)) break;
        continue;
      }
    }
    size_t end = payload.find('\n', pos);
    if (end == std::string_view::npos) end = payload.size();
    const std::string_view line = payload.substr(pos, end - pos);
    pos = end + 1;
    if (!has_id) continue;
    const std::string_view value = line.substr(p + 1 - start);
    if (value.empty() || value[0] != '[' ||
        value.find("[\"$\",\"") == std::string_view::npos ||
        base::JsonNestingDepth(value, kMaxRowDepth) > kMaxRowDepth) {
      continue;
    }
    const Json row = Json::parse(value.begin(), value.end(), nullptr,
                                 /*allow_exceptions=*/false);
    if (row.is_discarded()) continue;
    std::string div = "<div>";
    if (out.size() + 11 > max_bytes ||
        !AppendElementRow(row, max_bytes - out.size() - 6, &div)) {
      break;
    }
    if (div.size() > 5) out.append(div).append("</div>");
  }
  // The HTML parser reads what follows as valid UTF-8 (the reader's
  // invariant): a fragment cut anywhere else is repaired.
  if (!text::IsValidUtf8(out)) out = text::RepairUtf8(out);
  return out;
}

}  // namespace khulasa::article
