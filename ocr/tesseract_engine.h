// Text recognition of one page image through the Tesseract C++ API.
// Thread-safety: RecognizeImage may be called from many threads at once;
// each thread keeps its own Tesseract engine (TessBaseAPI is not shareable),
// created on first use and reused for every later page of that thread.
#pragma once

#include <string>
#include <vector>

#include "moacheck/status.h"
#include "ocr/ocr_settings.h"
#include "ocr/page_image.h"

namespace moacheck {

struct RecognizedPage {
  std::vector<std::string> lines;  // in reading order, blank line between blocks
  double confidence = 0;           // Tesseract's mean word confidence, 0..100
};

// Recognizes `image`. A missing language pack or an engine failure is an
// Error whose message says what to install or what failed (the caller adds
// the page).
Result<RecognizedPage> RecognizeImage(const GrayImage& image, const OcrSettings& settings);

// The Tesseract library version ("5.3.0").
std::string TesseractVersion();

}  // namespace moacheck
