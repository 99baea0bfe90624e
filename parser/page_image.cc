// RenderPageGray: poppler's page_renderer in gray8, copied out so the image
// outlives the poppler objects and can travel to a recognizer's worker thread.
#include "parser/page_image.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>

namespace moacheck {
namespace {

// Four times a Letter page at 300 DPI.
constexpr double kMaxPixels = 4 * 2550.0 * 3300.0;

}  // namespace

Result<GrayImage> RenderPageGray(const poppler::document& pdf, int page_number, int dpi) {
  std::string where = "page " + std::to_string(page_number);
  std::unique_ptr<poppler::page> page(pdf.create_page(page_number - 1));
  if (!page) return Error{ErrorKind::kDamaged, where + ": poppler cannot open the page"};
  // An oversized page (a poster, a broken MediaBox) at full DPI would take
  // gigabytes; such pages are rendered at a lower DPI instead.
  poppler::rectf box = page->page_rect();
  double pixels_at_dpi = box.width() / 72.0 * dpi * box.height() / 72.0 * dpi;
  if (pixels_at_dpi > kMaxPixels)
    dpi = static_cast<int>(dpi * std::sqrt(kMaxPixels / pixels_at_dpi));
  if (dpi < 1) return Error{ErrorKind::kTooLarge, where + ": page is too large to render"};
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  // Anti-aliased edges read better than jagged ones for the LSTM recognizer.
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
    return Error{ErrorKind::kDamaged, where + ": poppler cannot render the page image"};
  }
  GrayImage gray;
  gray.width = image.width();
  gray.height = image.height();
  gray.bytes_per_row = image.bytes_per_row();
  gray.dpi = dpi;
  std::size_t size = static_cast<std::size_t>(gray.bytes_per_row) * gray.height;
  gray.pixels.resize(size);
  std::memcpy(gray.pixels.data(), image.const_data(), size);
  return gray;
}

PdfPageImages::PdfPageImages(std::unique_ptr<poppler::document> pdf) : pdf_(std::move(pdf)) {}

PdfPageImages::~PdfPageImages() = default;

Result<GrayImage> PdfPageImages::Render(int page_number, int dpi) const {
  std::lock_guard<std::mutex> hold(lock_);
  return RenderPageGray(*pdf_, page_number, dpi);
}

}  // namespace moacheck
