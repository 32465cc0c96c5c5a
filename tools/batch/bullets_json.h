// A summary as JSON, in the one shape the CLI (`summarize --format json`),
// batch and the Python module's summarize_record() print: the article's
// metadata, then the bullets
// [{"text": "...", "sources": [{"begin": b, "end": e}, ...]}, ...].
#ifndef KHULASA_TOOLS_BATCH_BULLETS_JSON_H_
#define KHULASA_TOOLS_BATCH_BULLETS_JSON_H_

#include <nlohmann/json.hpp>

#include "khulasa/engine.h"
#include "khulasa/summary.h"

namespace khulasa::batch {

nlohmann::ordered_json BulletsToJson(const Summary& summary);

// Adds to *out, in this order: "title", "date", "section", "url" (when the
// article has one), "authors", "dateline", "lang", "bullets", "note" (when
// the summary has one), "site_summary" (the page's own bullets, when any).
void AddSummaryJson(const SummarizedArticle& result,
                    nlohmann::ordered_json* out);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_BULLETS_JSON_H_
