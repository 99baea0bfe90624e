// EngineSignature, and the measurement behind the default DPI.
#include "ocr/ocr_settings.h"

#include "ocr/tesseract_engine.h"

namespace moacheck {

std::string EngineSignature(const OcrSettings& settings) {
  return "tesseract-" + TesseractVersion() + " " + settings.language +
         " dpi=" + std::to_string(settings.dpi) +
         " psm=" + std::to_string(settings.page_segmentation_mode) + " gray8";
}

}  // namespace moacheck
