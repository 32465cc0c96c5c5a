// The page's files (web/), compiled into the binary at build time by
// embed_web_assets.cmake, so `khulasa serve` needs no files beside it.
#ifndef KHULASA_TOOLS_SERVER_WEB_ASSETS_H_
#define KHULASA_TOOLS_SERVER_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace khulasa::server {

struct WebAsset {
  std::string_view path;          // URL path: "/", "/app.js", ...
  std::string_view content_type;  // "text/html; charset=utf-8", ...
  std::string_view bytes;         // the file, static storage
  std::string_view etag;          // quoted strong ETag from the file's hash
};

// Every embedded file, in a fixed order. "/examples/index.json" lists the
// bundled example articles, each served under /examples/<name>.
std::span<const WebAsset> WebAssets();

// The asset at URL `path`, or null.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_WEB_ASSETS_H_
