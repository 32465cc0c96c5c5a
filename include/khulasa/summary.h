// The summary the engine returns: ordered key-point bullets, each quoting
// one or more sentences of the article, with the byte ranges of its sources
// so a page can highlight them.
#ifndef KHULASA_INCLUDE_KHULASA_SUMMARY_H_
#define KHULASA_INCLUDE_KHULASA_SUMMARY_H_

#include <string>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa {

// Bounds of SummaryOptions::bullets.
inline constexpr int kMinBullets = 1;
inline constexpr int kMaxBullets = 10;

struct SummaryOptions {
  // Number of bullets wanted, 1-10. An article of five or more body
  // sentences gets them all whenever it has enough sentences that stand
  // alone as distinct points; a shorter article is held to a word budget
  // (at most about half of its words). Summary::note says why fewer came
  // back.
  int bullets = 3;
  // Most words per bullet; 0 means automatic: whole sentences when two or
  // more bullets are asked for, and a headline-like gist of at most about
  // 30 words (trailing clauses and datelines trimmed) for a single bullet.
  // A positive value is a hard limit: a bullet is cut at its last clause
  // boundary within the limit, or at the limit itself. At most 1000.
  int max_words = 0;
};

struct Bullet {
  // The bullet text: the source sentences as written (hard line wraps
  // become spaces), possibly trimmed.
  std::string text;
  // The parts of Article::input the text comes from, in order, non-empty
  // and non-overlapping. Trimming shrinks them to the kept words.
  std::vector<ByteRange> sources;
};

struct Summary {
  std::vector<Bullet> bullets;  // in article order
  // Why fewer bullets came back than asked for (a short article, or too
  // few sentences that stand alone as distinct points); empty when all
  // came back.
  std::string note;
};

// Compact, stable dump for tests: one line per bullet,
// "[begin,end)+[begin,end) text".
std::string SummaryDebugString(const Summary& summary);

}  // namespace khulasa

#endif  // KHULASA_INCLUDE_KHULASA_SUMMARY_H_
