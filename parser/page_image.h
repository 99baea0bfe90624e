// A page rendered for recognition: 8-bit gray pixels, as poppler's
// page_renderer produces them and Tesseract reads them. PdfPageImages is
// what a PageRecognizer (moacheck/page_recognizer.h) is handed to render
// the pages of the PDF being loaded, so the recognizer never sees poppler.
// Thread-safety: RenderPageGray uses the poppler document it is given; the
// caller must not use that document from another thread at the same time.
// PdfPageImages::Render may be called from many threads at once (it renders
// one page at a time). A rendered GrayImage is a plain value.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
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

// The pages of one open PDF as images. Owns the poppler document, which
// reads the file's bytes in place: those must outlive this object.
class PdfPageImages {
 public:
  explicit PdfPageImages(std::unique_ptr<poppler::document> pdf);
  ~PdfPageImages();
  PdfPageImages(const PdfPageImages&) = delete;
  PdfPageImages& operator=(const PdfPageImages&) = delete;

  // RenderPageGray of page `page_number` (1-based), under a lock: a poppler
  // document is not shareable between threads.
  Result<GrayImage> Render(int page_number, int dpi) const;

  const poppler::document& pdf() const { return *pdf_; }

 private:
  std::unique_ptr<poppler::document> pdf_;
  mutable std::mutex lock_;
};

}  // namespace moacheck
