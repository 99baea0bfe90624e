// A page rendered for OCR: 8-bit gray pixels, as poppler's page_renderer
// produces them and Tesseract reads them.
// Thread-safety: RenderPageGray uses the poppler document it is given; the
// caller must not use that document from another thread at the same time.
// A rendered GrayImage is a plain value.
#pragma once

#include <cstdint>
#include <vector>

#include "moacheck/status.h"

namespace poppler {
class document;
}

namespace moacheck {

struct GrayImage {
  int width = 0;
  int height = 0;
  int bytes_per_row = 0;  // rows may be padded beyond `width`
  int dpi = 0;
  std::vector<std::uint8_t> pixels;  // height * bytes_per_row, 0 = black
};

// Renders page `page_number` (1-based) of `pdf` at `dpi`.
Result<GrayImage> RenderPageGray(const poppler::document& pdf, int page_number, int dpi);

// Blank pages ("intentionally left blank", padding in a scan, a PDF of empty
// pages) cost Tesseract a second or more each to find nothing; a preview at
// this DPI (a few milliseconds) tells them apart first. Antialiased text,
// rules and scanned strokes still leave gray pixels at this size.
constexpr int kBlankPreviewDpi = 36;

// True when nothing is drawn on the image: all but a handful of pixels lie
// within a few gray levels of the most common value (the paper).
bool IsBlankImage(const GrayImage& image);

}  // namespace moacheck
