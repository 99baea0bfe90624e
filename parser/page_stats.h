// Whether a page's text layer is usable or the page must be recognized from
// its image. The parser measures each page's text layer with MeasurePageText
// and asks PageNeedsOcr; the thresholds come from the corpus (page_stats.cc).
// Thread-safety: pure functions over values.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "moacheck/document.h"

namespace moacheck {

struct PageStats {
  std::size_t chars = 0;              // non-space code points
  std::size_t replacement_chars = 0;  // U+FFFD: glyphs the PDF could not map to text
  std::size_t words = 0;              // tokens holding a letter or digit
  std::size_t garbage_words = 0;      // of those, tokens no agreement would contain

  double GarbageRatio() const;  // garbage_words / words; 0 when there are no words
};

PageStats MeasurePageText(const std::vector<std::string>& lines);

// True when the text layer is missing or unusable, so the page image should
// be read by OCR (the decision under --ocr auto).
bool PageNeedsOcr(const PageStats& stats);

// The decision for one page under any --ocr mode.
bool ShouldOcrPage(OcrMode mode, const PageStats& stats);

}  // namespace moacheck
