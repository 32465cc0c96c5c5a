#include "src/speech/diacritizer_model.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

#include "src/base/file_reader.h"
#include "src/base/status_macros.h"
#include "src/speech/diacritizer_model_coding.h"

namespace khulasa::speech {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'D', 'I', 'A', 'C', '0', '1'};
// Version 5 codes every field with its own Huffman code (rows, lexicon)
// and stores weights as multiples of one step; earlier versions (int8
// weights with a scale per row, fixed-width lexicon) are no longer read.
constexpr uint32_t kVersion = 5;
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
// Largest |weight| stored, in steps; the derived weight of a row (minus
// the sum of up to 15 others) then fits in int16.
constexpr int32_t kMaxStoredWeight = 2047;
constexpr uint32_t kMaskSymbols = 1u << kNumLabels;

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

template <typename T>
bool Get(std::string_view* bytes, T* value) {
  if (bytes->size() < sizeof(T)) return false;
  std::memcpy(value, bytes->data(), sizeof(T));
  bytes->remove_prefix(sizeof(T));
  return true;
}

absl::Status Corrupt(const std::string& what) {
  return absl::DataLossError("corrupt diacritizer model (" + what +
                             "); retrain it with 'khulasa train diacritizer'");
}

uint32_t ZigZag(int32_t value) {
  return (static_cast<uint32_t>(value) << 1) ^
         static_cast<uint32_t>(value >> 31);
}

int32_t UnZigZag(uint32_t value) {
  return static_cast<int32_t>(value >> 1) ^ -static_cast<int32_t>(value & 1);
}

using Lexicon = absl::flat_hash_map<uint64_t, std::vector<LexiconForm>>;

// The codes of a lexicon's fields: key gaps, word lengths, forms per word,
// form counts, labels.
struct LexiconCodes {
  HuffmanCode key, length, forms, count, label;
};

// Writes a lexicon in hash order, so that the file is byte-identical across
// runs: the number of words (32 bits), the codes, then per word the gap
// from the previous hash (minus one), the length, the number of forms and
// the forms (count, labels).
void PutLexicon(const Lexicon& lexicon, BitWriter* out) {
  std::vector<uint64_t> keys;
  keys.reserve(lexicon.size());
  for (const auto& entry : lexicon) keys.push_back(entry.first);
  std::sort(keys.begin(), keys.end());
  out->Put(keys.size(), 32);
  if (keys.empty()) return;
  std::vector<uint64_t> key(kNumberSymbols), length(256), forms(256),
      count(kNumberSymbols), label(kNumLabels);
  uint64_t next = 0;
  for (uint64_t k : keys) {
    const std::vector<LexiconForm>& word = lexicon.at(k);
    CountNumber(k - next, &key);
    next = k + 1;
    ++length[word.front().labels.size()];
    ++forms[word.size()];
    for (const LexiconForm& form : word) {
      CountNumber(form.count, &count);
      for (uint8_t l : form.labels) ++label[l];
    }
  }
  const LexiconCodes codes = {
      HuffmanCode::FromCounts(key), HuffmanCode::FromCounts(length),
      HuffmanCode::FromCounts(forms), HuffmanCode::FromCounts(count),
      HuffmanCode::FromCounts(label)};
  for (const HuffmanCode* code :
       {&codes.key, &codes.length, &codes.forms, &codes.count, &codes.label}) {
    code->Write(out);
  }
  next = 0;
  for (uint64_t k : keys) {
    const std::vector<LexiconForm>& word = lexicon.at(k);
    PutNumber(codes.key, k - next, out);
    next = k + 1;
    codes.length.Encode(static_cast<uint32_t>(word.front().labels.size()), out);
    codes.forms.Encode(static_cast<uint32_t>(word.size()), out);
    for (const LexiconForm& form : word) {
      PutNumber(codes.count, form.count, out);
      for (uint8_t l : form.labels) codes.label.Encode(l, out);
    }
  }
}

absl::Status GetLexicon(BitReader* in, Lexicon* lexicon) {
  uint64_t num_words = 0;
  if (!in->Get(32, &num_words)) return Corrupt("truncated lexicon");
  if (num_words == 0) return absl::OkStatus();
  LexiconCodes codes;
  if (!HuffmanCode::Read(in, kNumberSymbols, &codes.key) ||
      !HuffmanCode::Read(in, 256, &codes.length) ||
      !HuffmanCode::Read(in, 256, &codes.forms) ||
      !HuffmanCode::Read(in, kNumberSymbols, &codes.count) ||
      !HuffmanCode::Read(in, kNumLabels, &codes.label)) {
    return Corrupt("bad lexicon codes");
  }
  uint64_t next = 0;
  // Every word takes at least one bit: the loop ends with the input.
  for (uint64_t i = 0; i < num_words; ++i) {
    uint64_t gap = 0;
    uint32_t length = 0, num_forms = 0;
    if (!GetNumber(codes.key, in, &gap) || (i > 0 && next == 0) ||
        gap > ~next || !codes.length.Decode(in, &length) ||
        !codes.forms.Decode(in, &num_forms) || length == 0 || num_forms == 0) {
      return Corrupt(absl::StrCat("lexicon entry ", i));
    }
    const uint64_t key = next + gap;
    next = key + 1;  // 0 after the largest hash: no word may follow
    std::vector<LexiconForm> forms(num_forms);
    for (LexiconForm& form : forms) {
      uint64_t count = 0;
      if (!GetNumber(codes.count, in, &count) || count > UINT32_MAX) {
        return Corrupt(absl::StrCat("lexicon entry ", i));
      }
      form.count = static_cast<uint32_t>(count);
      form.labels.resize(length);
      for (uint8_t& label : form.labels) {
        uint32_t symbol = 0;
        if (!codes.label.Decode(in, &symbol)) {
          return Corrupt(absl::StrCat("lexicon entry ", i));
        }
        label = static_cast<uint8_t>(symbol);
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
    bool unknown_word_rows, float weight_step) {
  if (table_bits < 1 || table_bits > kMaxTableBits ||
      weights.size() != (static_cast<size_t>(kNumLabels) << table_bits)) {
    return absl::InvalidArgumentError(
        absl::StrCat("weight table of ", weights.size(),
                     " floats does not match table_bits ", table_bits));
  }
  if (!(weight_step > 0) || !std::isfinite(weight_step)) {
    return absl::InvalidArgumentError(
        absl::StrCat("weight step ", weight_step, " is not positive"));
  }
  auto model = std::unique_ptr<DiacritizerModel>(new DiacritizerModel());
  model->table_bits_ = table_bits;
  model->row_mask_ = (1u << table_bits) - 1;
  model->stacked_ = stacked;
  model->unknown_word_rows_ = unknown_word_rows;
  model->weight_step_ = weight_step;
  const size_t rows = size_t{1} << table_bits;
  model->slots_.assign(rows, 0);
  model->packed_.assign(1, PackedRow{});
  for (size_t r = 0; r < rows; ++r) {
    const float* w = &weights[r * kNumLabels];
    float max_abs = 0;
    for (int k = 0; k < kNumLabels; ++k)
      max_abs = std::max(max_abs, std::fabs(w[k]));
    if (max_abs <= prune_below || max_abs == 0) continue;
    int32_t q[kNumLabels];
    for (int k = 0; k < kNumLabels; ++k) {
      q[k] = static_cast<int32_t>(
          std::clamp<long>(std::lround(w[k] / weight_step), -kMaxStoredWeight,
                           kMaxStoredWeight));
    }
    // The lowest non-zero weight takes the rounding of the others, so that
    // the row sums to zero exactly and the file need not store it.
    int lowest = 0;
    while (lowest < kNumLabels && q[lowest] == 0) ++lowest;
    if (lowest == kNumLabels) continue;
    int32_t others = 0;
    for (int k = lowest + 1; k < kNumLabels; ++k) others += q[k];
    q[lowest] = -others;
    PackedRow packed;
    bool any = false;
    for (int k = 0; k < kNumLabels; ++k) {
      packed.weights[k] = static_cast<int16_t>(q[k]);
      any = any || q[k] != 0;
    }
    if (!any) continue;
    model->slots_[r] = static_cast<uint32_t>(model->packed_.size());
    model->packed_.push_back(packed);
  }
  for (const auto* table : {&lexicon, &patterns}) {
    for (const auto& [hash, forms] : *table) {
      if (forms.empty() || forms.size() > 255) {
        return absl::InvalidArgumentError("lexicon word with 0 or >255 forms");
      }
      for (const LexiconForm& form : forms) {
        if (form.labels.empty() || form.labels.size() > kMaxWordLetters ||
            form.labels.size() != forms.front().labels.size()) {
          return absl::InvalidArgumentError("lexicon form of bad length");
        }
        for (uint8_t label : form.labels) {
          if (label >= kNumLabels) {
            return absl::InvalidArgumentError("lexicon label out of range");
          }
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
  Put<float>(weight_step_, &out);
  // Rows are sparse twice over: most rows are empty, and a rare feature's
  // row has non-zero weights for only the few labels it was updated on. A
  // row is its gap to the previous row, the 16-bit mask of its non-zero
  // labels and their weights but the lowest (the row sums to zero), each
  // field under its own Huffman code: 2.5x smaller than the varint gap,
  // scale byte, mask and int8 weights of version 4 (see docs/speech.md).
  std::vector<uint64_t> gap_counts(kNumberSymbols), mask_counts(kMaskSymbols),
      weight_counts(kNumberSymbols);
  auto for_each_row = [&](auto&& visit) {
    size_t previous = 0;
    for (size_t r = 0; r < slots_.size(); ++r) {
      if (slots_[r] == 0) continue;
      const PackedRow& packed = packed_[slots_[r]];
      uint32_t mask = 0;
      for (int k = 0; k < kNumLabels; ++k) {
        if (packed.weights[k] != 0) mask |= 1u << k;
      }
      visit(r - previous, mask, packed);
      previous = r;
    }
  };
  for_each_row([&](uint64_t gap, uint32_t mask, const PackedRow& packed) {
    CountNumber(gap, &gap_counts);
    ++mask_counts[mask];
    for (int k = std::countr_zero(mask) + 1; k < kNumLabels; ++k) {
      if (packed.weights[k] != 0) {
        CountNumber(ZigZag(packed.weights[k]) - 1, &weight_counts);
      }
    }
  });
  BitWriter bits;
  if (num_nonzero_rows() > 0) {
    const HuffmanCode gap_code = HuffmanCode::FromCounts(gap_counts);
    const HuffmanCode mask_code = HuffmanCode::FromCounts(mask_counts);
    const HuffmanCode weight_code = HuffmanCode::FromCounts(weight_counts);
    gap_code.Write(&bits);
    mask_code.Write(&bits);
    weight_code.Write(&bits);
    for_each_row([&](uint64_t gap, uint32_t mask, const PackedRow& packed) {
      PutNumber(gap_code, gap, &bits);
      mask_code.Encode(mask, &bits);
      for (int k = std::countr_zero(mask) + 1; k < kNumLabels; ++k) {
        if (packed.weights[k] != 0) {
          PutNumber(weight_code, ZigZag(packed.weights[k]) - 1, &bits);
        }
      }
    });
  }
  PutLexicon(lexicon_, &bits);
  if (!patterns_.empty()) PutLexicon(patterns_, &bits);
  out.append(bits.Finish());
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
  std::string_view header = body.substr(sizeof(kMagic));
  uint32_t version = 0, table_bits = 0, flags = 0, num_rows = 0;
  float step = 0;
  if (!Get(&header, &version)) return Corrupt("truncated header");
  if (version != kVersion) {
    return Corrupt(absl::StrCat("format version ", version,
                                ", this program reads only version ",
                                kVersion));
  }
  if (!Get(&header, &table_bits) || table_bits < 1 ||
      table_bits > static_cast<uint32_t>(kMaxTableBits)) {
    return Corrupt("bad table size");
  }
  if (!Get(&header, &flags) || (flags & ~kKnownFlags) != 0) {
    return Corrupt("bad flags");
  }
  const size_t rows = size_t{1} << table_bits;
  if (!Get(&header, &num_rows) || num_rows > rows) {
    return Corrupt("bad row count");
  }
  if (!Get(&header, &step) || !std::isfinite(step) || !(step > 0)) {
    return Corrupt("bad weight step");
  }
  auto model = std::unique_ptr<DiacritizerModel>(new DiacritizerModel());
  model->stacked_ = (flags & kFlagStacked) != 0;
  model->unknown_word_rows_ = (flags & kFlagUnknownWordRows) != 0;
  model->table_bits_ = static_cast<int>(table_bits);
  model->row_mask_ = (1u << table_bits) - 1;
  model->weight_step_ = step;
  BitReader in(header);
  model->slots_.assign(rows, 0);
  model->packed_.assign(1, PackedRow{});
  // A row takes at least two bits (gap and mask): no more can follow.
  model->packed_.reserve(std::min<size_t>(num_rows, in.bits_left() / 2) + 1);
  HuffmanCode gap_code, mask_code, weight_code;
  if (num_rows > 0 && (!HuffmanCode::Read(&in, kNumberSymbols, &gap_code) ||
                       !HuffmanCode::Read(&in, kMaskSymbols, &mask_code) ||
                       !HuffmanCode::Read(&in, kNumberSymbols, &weight_code))) {
    return Corrupt("bad weight codes");
  }
  uint64_t row = 0;
  for (uint32_t i = 0; i < num_rows; ++i) {
    uint64_t gap = 0;
    uint32_t mask = 0;
    if (!GetNumber(gap_code, &in, &gap) || !mask_code.Decode(&in, &mask) ||
        (i > 0 && gap == 0) || gap >= rows || row + gap >= rows ||
        std::popcount(mask) < 2) {
      return Corrupt(absl::StrCat("weight row ", i));
    }
    row += gap;
    PackedRow packed;
    const int lowest = std::countr_zero(mask);
    int32_t others = 0;
    for (int k = lowest + 1; k < kNumLabels; ++k) {
      if ((mask & (1u << k)) == 0) continue;
      uint64_t coded = 0;
      if (!GetNumber(weight_code, &in, &coded) ||
          coded >= 2 * static_cast<uint64_t>(kMaxStoredWeight)) {
        return Corrupt(absl::StrCat("weight row ", i));
      }
      const int32_t weight = UnZigZag(static_cast<uint32_t>(coded) + 1);
      packed.weights[k] = static_cast<int16_t>(weight);
      others += weight;
    }
    if (others == 0) return Corrupt(absl::StrCat("weight row ", i));
    packed.weights[lowest] = static_cast<int16_t>(-others);
    model->slots_[row] = static_cast<uint32_t>(model->packed_.size());
    model->packed_.push_back(packed);
  }
  KHULASA_RETURN_IF_ERROR(GetLexicon(&in, &model->lexicon_));
  if (flags & kFlagPatterns) {
    KHULASA_RETURN_IF_ERROR(GetLexicon(&in, &model->patterns_));
    if (model->patterns_.empty()) return Corrupt("empty pattern lexicon");
  }
  if (!in.AtPaddedEnd()) return Corrupt("trailing bytes");
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
      scores[k] += weight_step_ * packed.weights[k];
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
