// RenderPageGray: poppler's page_renderer in gray8, copied out so the image
// outlives the poppler objects and can travel to an OCR worker thread.
#include "ocr/page_image.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace moacheck {
namespace {

// Four times a Letter page at 300 DPI.
constexpr double kMaxPixels = 4 * 2550.0 * 3300.0;

// A mark differs from the paper by more than this many gray levels; JPEG
// noise and paper tint in scans stay within it once averaged at preview size.
constexpr int kInkLevels = 32;
// Marked pixels tolerated on a blank page: one per 20,000 (about six on a
// Letter preview), so a stray speck is not a page of text.
constexpr std::size_t kSpecksPerPixel = 20000;

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

bool IsBlankImage(const GrayImage& image) {
  if (image.width <= 0 || image.height <= 0) return true;
  std::array<std::size_t, 256> histogram{};
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* row =
        image.pixels.data() + static_cast<std::size_t>(y) * image.bytes_per_row;
    for (int x = 0; x < image.width; ++x) ++histogram[row[x]];
  }
  int paper = 0;
  for (int level = 1; level < 256; ++level) {
    if (histogram[level] > histogram[paper]) paper = level;
  }
  std::size_t marked = 0;
  for (int level = 0; level < 256; ++level) {
    if (std::abs(level - paper) > kInkLevels) marked += histogram[level];
  }
  std::size_t pixels = static_cast<std::size_t>(image.width) * image.height;
  return marked * kSpecksPerPixel <= pixels;
}

}  // namespace moacheck
