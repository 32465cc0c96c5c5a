#include "tools/server/http_message.h"

namespace khulasa::server {

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string HttpRequest::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoringAsciiCase(key, name)) return value;
  }
  return "";
}

size_t HttpRequest::HeaderCount(std::string_view name) const {
  size_t count = 0;
  for (const auto& header : headers) {
    if (EqualsIgnoringAsciiCase(header.first, name)) ++count;
  }
  return count;
}

bool HttpRequest::HasParam(std::string_view name) const {
  for (const auto& param : params) {
    if (param.first == name) return true;
  }
  return false;
}

std::string HttpRequest::Param(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key == name) return value;
  }
  return "";
}

size_t HttpRequest::HeaderBytes() const {
  size_t total = 0;
  for (const auto& [name, value] : headers) {
    total += name.size() + value.size() + 4;  // ": " and CRLF
  }
  return total;
}

void HttpResponse::SetHeader(std::string_view name, std::string_view value) {
  for (auto& header : headers) {
    if (EqualsIgnoringAsciiCase(header.first, name)) {
      header.second = std::string(value);
      return;
    }
  }
  headers.emplace_back(std::string(name), std::string(value));
}

std::string HttpResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoringAsciiCase(key, name)) return value;
  }
  return "";
}

void HttpResponse::SetContent(std::string content, std::string_view type) {
  body = std::move(content);
  content_type = std::string(type);
}

}  // namespace khulasa::server
