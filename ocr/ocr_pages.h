// The seam between the PDF text layer and OCR: given every page's
// text-layer lines, decide per page (--ocr auto|never|force) which pages
// are read from their image instead, recognize those, and put the OCR lines
// in their place with source kOcr and the page's mean confidence. Pages with
// a good text layer are kept as they are, so mixed documents stay mixed.
// Thread-safety: as RecognizePages (ocr/recognize_pages.h); do not use
// `pdf` elsewhere while this runs.
#pragma once

#include <string>
#include <vector>

#include "moacheck/document.h"
#include "parser/page_text.h"

namespace poppler {
class document;
}

namespace moacheck {

struct OcrSummary {
  std::vector<std::string> warnings;  // for Document::warnings, each naming its pages
  int pages_from_cache = 0;
  int pages_recognized = 0;  // by Tesseract in this run
};

// `pages` holds one PageText per page of `pdf`, in order, from the text
// layer; `sha256` is the digest of the PDF bytes.
OcrSummary ReplaceUnreadablePages(const poppler::document& pdf, const std::string& sha256,
                                  const LoadOptions& options, std::vector<PageText>* pages);

// "page 3" or "pages 1-4, 7" for messages.
std::string DescribePages(const std::vector<int>& page_numbers);

}  // namespace moacheck
