// How well a page's text reads: the share of its words that are words of
// MOA language, for PageInfo::quality and ReadingOf (moacheck/document.h).
// The word list is the bundled ICE templates and the phrase vocabulary
// (rules/templates/*.txt, rules/vocabulary/*.yaml), built once.
// Thread-safety: pure functions; the word list is built on first use under
// the static-initialization lock and read-only after.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace moacheck {

struct WordQuality {
  std::size_t judged = 0;  // words looked up: capitalized names and numbers are not judged
  std::size_t known = 0;   // of those, words of MOA language

  double Share() const;  // known / judged; 1 when nothing was judged
};

WordQuality MeasureKnownWords(const std::vector<std::string>& lines);

// True when enough words were judged and too few of them are known: the
// page is read, but too garbled for an absence on it to mean anything
// (ReadingOf kPoor), and under --ocr auto its image is read instead.
bool ReadsPoorly(std::size_t judged_words, double quality);

}  // namespace moacheck
