#include "tools/server/url_query.h"

#include "src/text/hex_digit.h"

namespace khulasa::server {

std::string DecodeUrl(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      const int high = text::HexDigitValue(text[i + 1]);
      const int low = text::HexDigitValue(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out.push_back(plus_is_space && c == '+' ? ' ' : c);
  }
  return out;
}

void SplitTarget(std::string_view target, std::string* path,
                 std::vector<std::pair<std::string, std::string>>* params) {
  const size_t question = target.find('?');
  *path = DecodeUrl(target.substr(0, question), /*plus_is_space=*/false);
  params->clear();
  if (question == std::string_view::npos) return;
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    const size_t amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
    if (part.empty()) continue;
    const size_t equals = part.find('=');
    std::string_view name = part.substr(0, equals);
    std::string_view value = equals == std::string_view::npos
                                 ? std::string_view()
                                 : part.substr(equals + 1);
    params->emplace_back(DecodeUrl(name, true), DecodeUrl(value, true));
  }
}

}  // namespace khulasa::server
