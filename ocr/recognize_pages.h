// OCR of several pages of one PDF: cached pages are read back, the others
// are rendered (one at a time: PdfPageImages serializes them) and
// recognized in parallel, one Tesseract engine per worker.
// Thread-safety: RecognizePages may run concurrently on different documents,
// and on the same `images` (each render is locked).
#pragma once

#include <string>
#include <vector>

#include "moacheck/page_recognizer.h"
#include "ocr/ocr_cache.h"
#include "ocr/ocr_settings.h"
#include "parser/page_image.h"

namespace moacheck {

struct OcrRunOptions {
  OcrSettings settings;
  int jobs = 1;           // worker threads
  bool use_cache = true;  // false: neither read nor write the cache
  std::string cache_dir;  // empty: OcrCache::DefaultDirectory()
};

struct OcrPageResult : PageRecognition {
  int page = 0;  // 1-based
  bool from_cache = false;
};

// One result per entry of `page_numbers`, in the same order. `sha256` is the
// digest of the PDF's bytes (the cache key).
std::vector<OcrPageResult> RecognizePages(const PdfPageImages& images, const std::string& sha256,
                                          const std::vector<int>& page_numbers,
                                          const OcrRunOptions& options);

}  // namespace moacheck
