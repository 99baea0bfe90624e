// Pages whose text layer is missing or unusable: given every page's
// text-layer lines, decide per page (--ocr auto|never|force, by
// parser/page_stats.h; under auto also a text layer whose words read poorly,
// parser/page_quality.h) which pages are read from their image instead, ask
// the recognizer for those, and put its lines in their place with source
// kOcr and the page's confidence. Pages with a good text layer are kept as
// they are, so mixed documents stay mixed. A page with no usable text
// layer that OCR did not read is marked PageSource::kNone.
// Thread-safety: as the recognizer's Recognize (moacheck/page_recognizer.h).
#pragma once

#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/page_recognizer.h"
#include "parser/page_image.h"
#include "parser/page_text.h"

namespace moacheck {

// `pages` holds one PageText per page of `images`, in order, from the text
// layer; `sha256` is the digest of the PDF bytes. `recognizer` null: no OCR
// engine. Returns the warnings for Document::warnings, each naming its pages.
std::vector<std::string> RecognizeUnreadablePages(const PdfPageImages& images,
                                                  const std::string& sha256,
                                                  const LoadOptions& options,
                                                  const PageRecognizer* recognizer,
                                                  std::vector<PageText>* pages);

}  // namespace moacheck
