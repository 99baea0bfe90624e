// Text recognition of one page image through the Tesseract C++ API.
// Thread-safety: RecognizeImage may be called from many threads at once;
// each thread keeps its own Tesseract engine (TessBaseAPI is not shareable),
// created on first use and reused for every later page of that thread.
#pragma once

#include <string>
#include <vector>

#include "moacheck/page_recognizer.h"
#include "moacheck/status.h"
#include "ocr/ocr_settings.h"
#include "parser/page_image.h"

namespace moacheck {

// Recognizes `image` (RecognizedPage::confidence is Tesseract's mean word
// confidence). A missing language pack or an engine failure is an
// Error whose message says what to install or what failed (the caller adds
// the page).
Result<RecognizedPage> RecognizeImage(const GrayImage& image, const OcrSettings& settings);

// The Tesseract library version ("5.3.0").
std::string TesseractVersion();

}  // namespace moacheck
