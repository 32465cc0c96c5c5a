// SummaryDebugString (declared in khulasa/summary.h).
#include <string>

#include "absl/strings/str_cat.h"

#include "khulasa/summary.h"

namespace khulasa {

std::string SummaryDebugString(const Summary& summary) {
  std::string out;
  for (const Bullet& bullet : summary.bullets) {
    for (size_t i = 0; i < bullet.sources.size(); ++i) {
      absl::StrAppend(&out, i == 0 ? "" : "+", "[", bullet.sources[i].begin,
                      ",", bullet.sources[i].end, ")");
    }
    absl::StrAppend(&out, " ", bullet.text, "\n");
  }
  return out;
}

}  // namespace khulasa
