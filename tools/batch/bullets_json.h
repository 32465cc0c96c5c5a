// The bullets of a summary as JSON, in the one shape every tool prints:
// [{"text": "...", "sources": [{"begin": b, "end": e}, ...]}, ...].
#ifndef KHULASA_TOOLS_BATCH_BULLETS_JSON_H_
#define KHULASA_TOOLS_BATCH_BULLETS_JSON_H_

#include <nlohmann/json.hpp>

#include "khulasa/summary.h"

namespace khulasa::batch {

nlohmann::ordered_json BulletsToJson(const Summary& summary);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_BULLETS_JSON_H_
