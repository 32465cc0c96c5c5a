#include "src/speech/diacritizer_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

#include "src/base/file_reader.h"
#include "src/base/status_macros.h"

namespace khulasa::speech {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'D', 'I', 'A', 'C', '0', '1'};
// Version 3 added a flags word after the table size (bit 0: stacked);
// version 4 has the second pass's word-shape features (kStackFeatures 14,
// was 11), so a version-3 file's second pass is not used; version 2 files
// (no flags, never stacked) are still read.
constexpr uint32_t kVersion = 4;
constexpr uint32_t kOldestVersion = 2;
constexpr uint32_t kFlagStacked = 1;
// Bit 1: a pattern lexicon follows the word lexicon.
constexpr uint32_t kFlagPatterns = 2;
// Bit 2: trained with unknown-word rows (UseUnknownWordRows) for its rarest
// words, to be used for words without lexicon forms.
constexpr uint32_t kFlagUnknownWordRows = 4;
constexpr uint32_t kKnownFlags =
    kFlagStacked | kFlagPatterns | kFlagUnknownWordRows;
// Model files are a few MB; refuse anything absurd before reading it.
constexpr size_t kMaxModelBytes = 256u << 20;
constexpr int kMaxWordLetters = 255;

uint64_t Fnv1a(std::string_view bytes) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char b : bytes) {
    h ^= b;
    h *= 0x100000001B3ULL;
  }
  return h;
}

template <typename T>
void Put(T value, std::string* out) {
  char buf[sizeof(T)];
  std::memcpy(buf, &value, sizeof(T));  // little-endian hosts only
  out->append(buf, sizeof(T));
}

void PutVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

// Consumes from the front of a byte view; every read is bounds-checked.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  bool Get(T* value) {
    if (bytes_.size() < sizeof(T)) return false;
    std::memcpy(value, bytes_.data(), sizeof(T));
    bytes_.remove_prefix(sizeof(T));
    return true;
  }
  bool GetBytes(size_t n, std::string_view* out) {
    if (bytes_.size() < n) return false;
    *out = bytes_.substr(0, n);
    bytes_.remove_prefix(n);
    return true;
  }
  bool GetVarint(uint64_t* value) {
    *value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t byte = 0;
      if (!Get(&byte)) return false;
      *value |= uint64_t{byte & 0x7Fu} << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;  // more than 10 bytes: corrupt
  }
  size_t remaining() const { return bytes_.size(); }

 private:
  std::string_view bytes_;
};

absl::Status Corrupt(const std::string& what) {
  return absl::DataLossError("corrupt diacritizer model (" + what +
                             "); retrain it with 'khulasa train diacritizer'");
}

// Version 3 stores a row's scale as one byte: scale = 2^((code - 128) / 16),
// code 1-255 (rounded up, so the row's largest weight still fits in int8;
// at most 4.4 % coarser than a float scale).
float ScaleOfCode(uint8_t code) {
  return std::exp2((static_cast<float>(code) - 128.0f) / 16.0f);
}

uint8_t CodeOfScale(float scale) {
  const float code = std::ceil(16.0f * std::log2(scale) - 1e-4f) + 128.0f;
  return static_cast<uint8_t>(std::clamp(code, 1.0f, 255.0f));
}

using Lexicon = absl::flat_hash_map<uint64_t, std::vector<LexiconForm>>;

// Writes a lexicon in hash order, so that the file is byte-identical across
// runs: count, then per word its hash, length, number of forms and the
// forms (count, labels).
void PutLexicon(const Lexicon& lexicon, std::string* out) {
  std::vector<uint64_t> keys;
  keys.reserve(lexicon.size());
  for (const auto& entry : lexicon) keys.push_back(entry.first);
  std::sort(keys.begin(), keys.end());
  Put<uint32_t>(static_cast<uint32_t>(keys.size()), out);
  for (uint64_t key : keys) {
    const std::vector<LexiconForm>& forms = lexicon.at(key);
    Put<uint64_t>(key, out);
    Put<uint8_t>(static_cast<uint8_t>(forms.front().labels.size()), out);
    Put<uint8_t>(static_cast<uint8_t>(forms.size()), out);
    for (const LexiconForm& form : forms) {
      Put<uint32_t>(form.count, out);
      out->append(reinterpret_cast<const char*>(form.labels.data()),
                  form.labels.size());
    }
  }
}

absl::Status GetLexicon(Reader* reader, Lexicon* lexicon) {
  uint32_t num_words = 0;
  if (!reader->Get(&num_words)) return Corrupt("truncated lexicon");
  for (uint32_t i = 0; i < num_words; ++i) {
    uint64_t key = 0;
    uint8_t length = 0, num_forms = 0;
    if (!reader->Get(&key) || !reader->Get(&length) ||
        !reader->Get(&num_forms) || length == 0 || num_forms == 0) {
      return Corrupt(absl::StrCat("lexicon entry ", i));
    }
    std::vector<LexiconForm> forms(num_forms);
    for (LexiconForm& form : forms) {
      std::string_view labels;
      if (!reader->Get(&form.count) || !reader->GetBytes(length, &labels)) {
        return Corrupt(absl::StrCat("lexicon entry ", i));
      }
      form.labels.assign(labels.begin(), labels.end());
      for (uint8_t label : form.labels) {
        if (label >= kNumLabels) return Corrupt("bad label in lexicon");
      }
    }
    lexicon->emplace(key, std::move(forms));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<DiacritizerModel>> DiacritizerModel::FromWeights(
    int table_bits, const std::vector<float>& weights,
    absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon,
    float prune_below, bool stacked,
    absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> patterns,
    bool unknown_word_rows) {
  if (table_bits < 1 || table_bits > kMaxTableBits ||
      weights.size() != (static_cast<size_t>(kNumLabels) << table_bits)) {
    return absl::InvalidArgumentError(
        absl::StrCat("weight table of ", weights.size(),
                     " floats does not match table_bits ", table_bits));
  }
  auto model = std::unique_ptr<DiacritizerModel>(new DiacritizerModel());
  model->table_bits_ = table_bits;
  model->row_mask_ = (1u << table_bits) - 1;
  model->stacked_ = stacked;
  model->unknown_word_rows_ = unknown_word_rows;
  const size_t rows = size_t{1} << table_bits;
  model->slots_.assign(rows, 0);
  model->packed_.assign(1, PackedRow{});
  for (size_t r = 0; r < rows; ++r) {
    const float* w = &weights[r * kNumLabels];
    float max_abs = 0;
    for (int k = 0; k < kNumLabels; ++k)
      max_abs = std::max(max_abs, std::fabs(w[k]));
    if (max_abs <= prune_below || max_abs == 0) continue;
    PackedRow packed;
    packed.scale = ScaleOfCode(CodeOfScale(max_abs / 127.0f));
    for (int k = 0; k < kNumLabels; ++k) {
      packed.weights[k] = static_cast<int8_t>(
          std::clamp<long>(std::lround(w[k] / packed.scale), -127, 127));
    }
    model->slots_[r] = static_cast<uint32_t>(model->packed_.size());
    model->packed_.push_back(packed);
  }
  for (const auto* table : {&lexicon, &patterns}) {
    for (const auto& [hash, forms] : *table) {
      for (const LexiconForm& form : forms) {
        if (form.labels.empty() || form.labels.size() > kMaxWordLetters ||
            form.labels.size() != forms.front().labels.size()) {
          return absl::InvalidArgumentError("lexicon form of bad length");
        }
      }
    }
  }
  model->lexicon_ = std::move(lexicon);
  model->patterns_ = std::move(patterns);
  return model;
}

std::string DiacritizerModel::Seal(std::string_view body) {
  std::string out(kMagic, sizeof(kMagic));
  out.append(body);
  Put<uint64_t>(Fnv1a(out), &out);
  return out;
}

std::string DiacritizerModel::Serialize() const {
  std::string out;
  Put<uint32_t>(kVersion, &out);
  Put<uint32_t>(static_cast<uint32_t>(table_bits_), &out);
  Put<uint32_t>((stacked_ ? kFlagStacked : 0u) |
                    (patterns_.empty() ? 0u : kFlagPatterns) |
                    (unknown_word_rows_ ? kFlagUnknownWordRows : 0u),
                &out);
  Put<uint32_t>(static_cast<uint32_t>(num_nonzero_rows()), &out);
  // Rows are sparse twice over: most rows are empty, and a rare feature's
  // row has non-zero weights for only the few labels it was updated on. So
  // each row is written as (varint gap to the previous row, scale code
  // byte, 16-bit mask of its non-zero labels, those weights): about 3x
  // smaller than dense rows with a 4-byte index.
  size_t previous = 0;
  for (size_t r = 0; r < slots_.size(); ++r) {
    if (slots_[r] == 0) continue;
    const PackedRow& packed = packed_[slots_[r]];
    PutVarint(r - previous, &out);
    previous = r;
    Put<uint8_t>(CodeOfScale(packed.scale), &out);
    uint16_t mask = 0;
    for (int k = 0; k < kNumLabels; ++k) {
      if (packed.weights[k] != 0) mask |= uint16_t(1u << k);
    }
    Put<uint16_t>(mask, &out);
    for (int k = 0; k < kNumLabels; ++k) {
      if (mask & (1u << k)) Put<int8_t>(packed.weights[k], &out);
    }
  }
  PutLexicon(lexicon_, &out);
  if (!patterns_.empty()) PutLexicon(patterns_, &out);
  return Seal(out);
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>> DiacritizerModel::Parse(
    std::string_view bytes) {
  if (bytes.size() < sizeof(kMagic) + sizeof(uint64_t) ||
      std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Corrupt("not a khulasa diacritizer model file");
  }
  uint64_t stored_sum = 0;
  std::memcpy(&stored_sum, bytes.data() + bytes.size() - sizeof(uint64_t),
              sizeof(uint64_t));
  const std::string_view body =
      bytes.substr(0, bytes.size() - sizeof(uint64_t));
  if (Fnv1a(body) != stored_sum) return Corrupt("checksum mismatch");
  Reader reader(body.substr(sizeof(kMagic)));
  uint32_t version = 0, table_bits = 0, num_rows = 0;
  if (!reader.Get(&version) || version < kOldestVersion || version > kVersion) {
    return Corrupt(absl::StrCat("unsupported version ", version));
  }
  if (!reader.Get(&table_bits) || table_bits < 1 ||
      table_bits > static_cast<uint32_t>(kMaxTableBits)) {
    return Corrupt("bad table size");
  }
  uint32_t flags = 0;
  if (version >= 3 && (!reader.Get(&flags) || (flags & ~kKnownFlags) != 0)) {
    return Corrupt("bad flags");
  }
  auto model = std::unique_ptr<DiacritizerModel>(new DiacritizerModel());
  model->stacked_ = (flags & kFlagStacked) != 0 && version >= 4;
  model->unknown_word_rows_ = (flags & kFlagUnknownWordRows) != 0;
  model->table_bits_ = static_cast<int>(table_bits);
  model->row_mask_ = (1u << table_bits) - 1;
  const size_t rows = size_t{1} << table_bits;
  if (!reader.Get(&num_rows) || num_rows > rows)
    return Corrupt("bad row count");
  model->slots_.assign(rows, 0);
  model->packed_.assign(1, PackedRow{});
  model->packed_.reserve(size_t{num_rows} + 1);
  uint64_t row = 0;
  for (uint32_t i = 0; i < num_rows; ++i) {
    uint64_t gap = 0;
    float scale = 0;
    uint16_t mask = 0;
    const bool read_gap = reader.GetVarint(&gap);
    bool read_scale = false;
    if (read_gap && version == 2) {
      read_scale = reader.Get(&scale);
    } else if (read_gap) {
      uint8_t code = 0;
      read_scale = reader.Get(&code) && code != 0;
      scale = ScaleOfCode(code);
    }
    if (!read_gap || !read_scale || !reader.Get(&mask) || (i > 0 && gap == 0) ||
        gap >= rows || row + gap >= rows || !std::isfinite(scale) ||
        scale <= 0) {
      return Corrupt(absl::StrCat("weight row ", i));
    }
    row += gap;
    PackedRow packed;
    packed.scale = scale;
    for (int k = 0; k < kNumLabels; ++k) {
      if ((mask & (1u << k)) == 0) continue;
      if (!reader.Get(&packed.weights[k])) {
        return Corrupt(absl::StrCat("weight row ", i));
      }
    }
    model->slots_[row] = static_cast<uint32_t>(model->packed_.size());
    model->packed_.push_back(packed);
  }
  KHULASA_RETURN_IF_ERROR(GetLexicon(&reader, &model->lexicon_));
  if (flags & kFlagPatterns) {
    KHULASA_RETURN_IF_ERROR(GetLexicon(&reader, &model->patterns_));
  }
  if (reader.remaining() != 0) return Corrupt("trailing bytes");
  return model;
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>> DiacritizerModel::Load(
    const std::string& path) {
  KHULASA_ASSIGN_OR_RETURN(std::string bytes,
                           base::ReadFileOrStdin(path, kMaxModelBytes));
  auto model = Parse(bytes);
  if (!model.ok()) {
    return absl::DataLossError(std::string(model.status().message()) + " in " +
                               path);
  }
  return model;
}

void DiacritizerModel::AddScores(const uint32_t* rows, int num_rows,
                                 float* scores) const {
  for (int f = 0; f < num_rows; ++f) {
    const uint32_t slot = slots_[rows[f]];
    if (slot == 0) continue;
    const PackedRow& packed = packed_[slot];
    for (int k = 0; k < kNumLabels; ++k) {
      scores[k] += packed.scale * packed.weights[k];
    }
  }
}

const std::vector<LexiconForm>* DiacritizerModel::FindForms(
    uint64_t word_hash) const {
  auto it = lexicon_.find(word_hash);
  return it == lexicon_.end() ? nullptr : &it->second;
}

const std::vector<LexiconForm>* DiacritizerModel::FindPatternForms(
    uint64_t pattern_hash) const {
  auto it = patterns_.find(pattern_hash);
  return it == patterns_.end() ? nullptr : &it->second;
}

size_t DiacritizerModel::num_nonzero_rows() const { return packed_.size() - 1; }

}  // namespace khulasa::speech
