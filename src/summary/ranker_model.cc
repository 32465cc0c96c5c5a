#include "src/summary/ranker_model.h"

#include <cmath>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

#include "src/base/file_reader.h"

namespace khulasa::summary {
namespace {

constexpr std::string_view kHeader = "khulasa-summary-ranker";

absl::Status LineError(size_t line, const std::string& what) {
  return absl::DataLossError(
      absl::StrCat("summary ranker model line ", line, ": ", what));
}

// Splits on `sep`; with skip_empty, empty pieces are dropped.
std::vector<std::string_view> Split(std::string_view text, char sep,
                                    bool skip_empty) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(sep, start);
    if (end == std::string_view::npos) end = text.size();
    if (!skip_empty || end > start)
      out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Every number of a model file lies within +-kMaxModelNumber: a larger one
// is a corrupt file (and past float's range its conversion would be
// undefined; huge weights would make scores infinite, or NaN, which
// breaks the selection's sorting).
constexpr double kMaxModelNumber = 1e6;
// A feature's standard deviation is at least this (its inverse scales it).
constexpr float kMinStandardDeviation = 1e-6f;

bool ParseFloat(std::string_view text, float* out) {
  double value = 0.0;
  if (!absl::SimpleAtod(std::string(text), &value) || !std::isfinite(value) ||
      std::fabs(value) > kMaxModelNumber) {
    return false;
  }
  *out = static_cast<float>(value);
  return true;
}

// A whole-number parameter: integral (ParseFloat has bounded it).
bool ToWholeNumber(float value, int* out) {
  if (value != std::floor(value)) return false;
  *out = static_cast<int>(value);
  return true;
}

// The selection parameters, once: their names in the model file (in the
// order SerializeRankerModel writes them), where they live, and the range a
// loaded value must fall in. A whole-number parameter has `whole`, a real
// one `real`.
struct ParamSpec {
  std::string_view name;
  int SelectionParams::*whole;
  double SelectionParams::*real;
  double min;  // inclusive, or exclusive when `min_exclusive`
  double max;
  bool min_exclusive = false;
};

constexpr double kUnbounded = 1e6;  // the bound on every model number

constexpr ParamSpec kParams[] = {
    {"unit_min_words", &SelectionParams::unit_min_words, nullptr, 0, 1000},
    {"budget_words", &SelectionParams::budget_words, nullptr, 1, kUnbounded},
    {"budget_slack", nullptr, &SelectionParams::budget_slack, 0, kUnbounded},
    {"budget_ratio", nullptr, &SelectionParams::budget_ratio, 0, kUnbounded},
    {"budget_min_words", &SelectionParams::budget_min_words, nullptr, 0,
     kUnbounded},
    {"redundancy", nullptr, &SelectionParams::redundancy, 0, 1, true},
    {"gist_words", &SelectionParams::gist_words, nullptr, 1, kUnbounded},
    {"min_unit_words", &SelectionParams::min_unit_words, nullptr, 0,
     kUnbounded},
};

const ParamSpec* FindParam(std::string_view name) {
  for (const ParamSpec& spec : kParams) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

double ParamValue(const SelectionParams& p, const ParamSpec& spec) {
  return spec.whole != nullptr ? p.*spec.whole : p.*spec.real;
}

bool InRange(const ParamSpec& spec, double value) {
  const bool above_min =
      spec.min_exclusive ? value > spec.min : value >= spec.min;
  return above_min && value <= spec.max;
}

}  // namespace

float RankerModel::Score(const float* row) const {
  float sum = bias;
  for (size_t i = 0; i < kNumFeatures; ++i) {
    sum += weight[i] * (row[i] - mean[i]) * scale[i];
  }
  return sum;
}

absl::StatusOr<RankerModel> ParseRankerModel(std::string_view text) {
  RankerModel model;
  std::vector<std::string_view> lines = Split(text, '\n', false);
  size_t next_feature = 0;
  bool have_header = false;
  bool have_bias = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const size_t line_no = i + 1;
    std::vector<std::string_view> fields = Split(line, ' ', true);
    if (fields.empty()) continue;  // a line of blanks (ranker_model_fuzzer)
    if (!have_header) {
      if (fields.size() != 2 || fields[0] != kHeader) {
        return LineError(line_no,
                         absl::StrCat("expected \"", std::string(kHeader), " ",
                                      RankerModel::kVersion, "\" header"));
      }
      if (fields[1] != absl::StrCat(RankerModel::kVersion)) {
        return LineError(
            line_no,
            absl::StrCat("unsupported version ", std::string(fields[1]),
                         "; retrain with khulasa train summary"));
      }
      have_header = true;
      continue;
    }
    if (fields[0] == "param" && fields.size() == 3) {
      float value = 0.0f;
      if (!ParseFloat(fields[2], &value)) {
        return LineError(line_no, "bad number " + std::string(fields[2]));
      }
      const ParamSpec* spec = FindParam(fields[1]);
      if (spec == nullptr) {
        return LineError(line_no, "unknown param " + std::string(fields[1]));
      }
      if (spec->whole != nullptr) {
        if (!ToWholeNumber(value, &(model.params.*spec->whole))) {
          return LineError(line_no, "param " + std::string(spec->name) +
                                        " must be a whole number, got " +
                                        std::string(fields[2]));
        }
      } else {
        model.params.*spec->real = value;
      }
      continue;
    }
    if (fields[0] == "feature" && fields.size() == 5) {
      if (next_feature >= kNumFeatures ||
          fields[1] != FeatureNames()[next_feature]) {
        return LineError(line_no, "unexpected feature " +
                                      std::string(fields[1]) +
                                      "; retrain with khulasa train summary");
      }
      float mean = 0.0f;
      float sd = 0.0f;
      float weight = 0.0f;
      if (!ParseFloat(fields[2], &mean) || !ParseFloat(fields[3], &sd) ||
          !ParseFloat(fields[4], &weight) || !(sd >= kMinStandardDeviation)) {
        return LineError(line_no,
                         "bad numbers for feature " + std::string(fields[1]));
      }
      model.mean[next_feature] = mean;
      model.scale[next_feature] = 1.0f / sd;
      model.weight[next_feature] = weight;
      ++next_feature;
      continue;
    }
    if (fields[0] == "bias" && fields.size() == 2) {
      if (!ParseFloat(fields[1], &model.bias)) {
        return LineError(line_no, "bad bias " + std::string(fields[1]));
      }
      have_bias = true;
      continue;
    }
    return LineError(
        line_no, "cannot parse \"" + std::string(line.substr(0, 60)) + "\"");
  }
  if (!have_header) return LineError(1, "empty model file");
  if (next_feature != kNumFeatures) {
    return LineError(lines.size(),
                     absl::StrCat("expected ", kNumFeatures, " features, got ",
                                  next_feature));
  }
  if (!have_bias) return LineError(lines.size(), "missing bias line");
  for (const ParamSpec& spec : kParams) {
    if (!InRange(spec, ParamValue(model.params, spec))) {
      return LineError(lines.size(),
                       absl::StrCat("selection params out of range: ",
                                    std::string(spec.name)));
    }
  }
  return model;
}

absl::StatusOr<RankerModel> LoadRankerModel(const std::string& path) {
  absl::StatusOr<std::string> bytes = base::ReadFileOrStdin(path, 1u << 20);
  if (!bytes.ok()) {
    if (absl::IsNotFound(bytes.status())) {
      return absl::NotFoundError(
          "summary ranker model not found: " + path +
          "; set KHULASA_MODEL_DIR or run khulasa train summary");
    }
    return bytes.status();
  }
  absl::StatusOr<RankerModel> model = ParseRankerModel(*bytes);
  if (!model.ok()) {
    return absl::DataLossError(path + ": " +
                               std::string(model.status().message()));
  }
  return model;
}

std::string SerializeRankerModel(const RankerModel& model,
                                 std::string_view comment) {
  std::string out =
      absl::StrCat(std::string(kHeader), " ", RankerModel::kVersion, "\n");
  for (std::string_view line : Split(comment, '\n', true)) {
    if (line.empty()) continue;
    absl::StrAppend(&out, "# ", std::string(line), "\n");
  }
  for (const ParamSpec& spec : kParams) {
    if (spec.whole != nullptr) {
      absl::StrAppend(&out, "param ", std::string(spec.name), " ",
                      model.params.*spec.whole, "\n");
    } else {
      absl::StrAppend(&out,
                      absl::StrFormat("param %s %.3f\n", std::string(spec.name),
                                      model.params.*spec.real));
    }
  }
  for (size_t i = 0; i < kNumFeatures; ++i) {
    absl::StrAppend(
        &out, absl::StrFormat("feature %s %.6f %.6f %.6f\n",
                              std::string(FeatureNames()[i]), model.mean[i],
                              1.0f / model.scale[i], model.weight[i]));
  }
  absl::StrAppend(&out, absl::StrFormat("bias %.6f\n", model.bias));
  return out;
}

}  // namespace khulasa::summary
