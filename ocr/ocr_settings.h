// The engine settings that decide what OCR produces for a page image. They
// are part of the OCR cache key, so changing any of them (or upgrading
// Tesseract) never serves text recognized under other settings.
// Thread-safety: a plain value.
#pragma once

#include <chrono>
#include <string>

namespace moacheck {

struct OcrSettings {
  // 300 DPI: measured against 200 and 250 on the corpus scans (see
  // bench/ocr_dpi.sh and the numbers in ocr/ocr_settings.cc).
  int dpi = 300;
  std::string language = "eng";
  // Tesseract page segmentation mode 3: automatic layout, no orientation
  // detection (agreements are upright single-column pages).
  int page_segmentation_mode = 3;
  // Folder holding LANGUAGE.traineddata; empty: Tesseract's default
  // ($TESSDATA_PREFIX, else its install path). Not part of the engine
  // signature, as the language pack found through $TESSDATA_PREFIX never was.
  std::string tessdata_dir;
  // check --timeout: recognition of a page stops here (Tesseract checks it
  // between words). Not part of the engine signature: it changes when the
  // work stops, never what a finished page reads.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

// "tesseract-5.3.0 eng dpi=300 psm=3 gray8": names everything above plus the
// library version and the image format, for cache keys and messages.
std::string EngineSignature(const OcrSettings& settings);

}  // namespace moacheck
