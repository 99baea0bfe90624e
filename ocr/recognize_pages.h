// OCR of several pages of one PDF: cached pages are read back, the others
// are rendered one at a time (a poppler document is not shareable between
// threads) and recognized in parallel, one Tesseract engine per worker.
// Thread-safety: RecognizePages uses `pdf` only under its own lock, but the
// caller must not use `pdf` from another thread while it runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ocr/ocr_settings.h"
#include "ocr/tesseract_engine.h"

namespace poppler {
class document;
}

namespace moacheck {

struct OcrRunOptions {
  OcrSettings settings;
  int jobs = 1;           // worker threads
  bool use_cache = true;  // false: neither read nor write the cache
  std::string cache_dir;  // empty: OcrCache::DefaultDirectory()
};

struct OcrPageResult {
  int page = 0;                        // 1-based
  std::optional<RecognizedPage> text;  // empty when OCR failed
  std::string error;                   // why it failed, without the page number
  bool from_cache = false;
  bool blank = false;  // nothing drawn on the page (IsBlankImage): not recognized, no text
};

// One result per entry of `page_numbers`, in the same order. `sha256` is the
// digest of the PDF's bytes (the cache key).
std::vector<OcrPageResult> RecognizePages(const poppler::document& pdf, const std::string& sha256,
                                          const std::vector<int>& page_numbers,
                                          const OcrRunOptions& options);

}  // namespace moacheck
