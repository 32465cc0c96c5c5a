#include "src/text/stemmer.h"

#include <libstemmer.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

// Words longer than this are not words (URLs, glued garbage); the Snowball
// stemmer's work grows with length, so they are returned unchanged.
constexpr size_t kMaxStemBytes = 256;
// Longer words skip the cache (they would not fit the small-string buffer).
constexpr size_t kMaxCachedBytes = 64;

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// One stemmer per thread: libstemmer objects keep per-call state. Created
// on first use in each thread and freed at thread exit. May be null when
// libstemmer lacks the Arabic algorithm (then words come back unchanged).
sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("arabic", "UTF_8"));
  return stemmer.get();
}

// Snowball costs ~200-350 ns a word; news vocabulary repeats heavily, so a
// small direct-mapped cache per thread (4096 slots, ~256 KiB; words fit the
// std::string small-buffer, so hits and most misses do not allocate) turns
// most calls into one hash and one compare (pipeline with stems: 39 -> 115
// MB/s, docs/text.md).
class StemCache {
 public:
  // The cached stem of `word`, or nullptr.
  const std::string* Find(std::string_view word, size_t* slot) const {
    *slot = Hash(word) & (kSlots - 1);
    const Entry& e = entries_[*slot];
    if (e.used && e.word == word) return &e.stem;
    return nullptr;
  }
  void Store(size_t slot, std::string_view word, std::string_view stem) {
    Entry& e = entries_[slot];
    e.word.assign(word);
    e.stem.assign(stem);
    e.used = true;
  }

 private:
  static constexpr size_t kSlots = 4096;
  struct Entry {
    std::string word;
    std::string stem;
    bool used = false;
  };
  static uint64_t Hash(std::string_view word) {
    uint64_t h = 14695981039346656037ULL;  // FNV-1a
    for (const char c : word) {
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return h ^ (h >> 29);
  }
  std::array<Entry, kSlots> entries_;
};

StemCache& ThreadCache() {
  thread_local std::unique_ptr<StemCache> cache = std::make_unique<StemCache>();
  return *cache;
}

void StemUncached(std::string_view word, std::string* out) {
  sb_stemmer* stemmer = ThreadStemmer();
  // The Snowball runtime assumes valid UTF-8; protect it.
  if (stemmer == nullptr || word.size() > kMaxStemBytes || !IsValidUtf8(word)) {
    out->assign(word);
    return;
  }
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (stem == nullptr) {  // out of memory inside libstemmer
    out->assign(word);
    return;
  }
  out->assign(reinterpret_cast<const char*>(stem),
              static_cast<size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace

void StemArabic(std::string_view word, std::string* out) {
  out->clear();
  if (word.empty()) return;
  StemCache& cache = ThreadCache();
  size_t slot;
  if (const std::string* hit = cache.Find(word, &slot)) {
    out->assign(*hit);
    return;
  }
  StemUncached(word, out);
  if (word.size() <= kMaxCachedBytes) cache.Store(slot, word, *out);
}

std::string StemArabic(std::string_view word) {
  std::string out;
  StemArabic(word, &out);
  return out;
}

}  // namespace khulasa::text
