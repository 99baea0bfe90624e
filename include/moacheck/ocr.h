// OCR: the PageRecognizer that reads page images with Tesseract, keeping
// each recognized page in an on-disk cache keyed by the document's SHA-256,
// the page number and the engine signature, so a re-run skips Tesseract.
// Blank pages are found on a small preview and not recognized; the request's
// deadline stops Tesseract within a page and between pages; each worker
// thread keeps its own engine.
// Thread-safety: the recognizer is immutable; make one per run and share it
// between all threads.
#pragma once

#include <memory>
#include <string>

#include "moacheck/page_recognizer.h"

namespace moacheck {

struct OcrOptions {
  bool use_cache = true;  // false: neither read nor write the cache
  // Cache folder; empty: $XDG_CACHE_HOME/moacheck, else ~/.cache/moacheck,
  // resolved once when the recognizer is made (no cache when neither is set).
  std::string cache_dir;
  // Folder holding LANGUAGE.traineddata; empty: Tesseract's own default
  // ($TESSDATA_PREFIX, else where the language packs were installed).
  std::string tessdata_dir;
};

std::shared_ptr<const PageRecognizer> MakeOcrRecognizer(const OcrOptions& options);

}  // namespace moacheck
