// The raw material of a Document: each page's lines as a text source gave
// them (PDF text layer, OCR, or a plain-text file), before normalization.
// Every source produces PageText, so a page whose text layer is unusable
// can be swapped for OCR text before BuildDocument runs.
#pragma once

#include <string>
#include <vector>

#include "moacheck/document.h"

namespace moacheck {

struct PageText {
  PageInfo info;
  std::vector<std::string> lines;  // as extracted, without line terminators
};

// Normalizes the pages into a Document (see document.h for what each Line
// field holds) and fills folded_text / line_start.
Document BuildDocument(std::vector<PageText> pages, const std::string& path,
                       const std::string& sha256, const LoadOptions& options);

// Non-space characters in `lines` (UTF-8 continuation bytes not counted).
std::size_t CountTextChars(const std::vector<std::string>& lines);

}  // namespace moacheck
