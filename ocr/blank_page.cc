// IsBlankImage: a gray-level histogram of the preview.
#include "ocr/blank_page.h"

#include <array>
#include <cstdlib>

namespace moacheck {
namespace {

// A mark differs from the paper by more than this many gray levels; JPEG
// noise and paper tint in scans stay within it once averaged at preview size.
constexpr int kInkLevels = 32;
// Marked pixels tolerated on a blank page: one per 20,000 (about six on a
// Letter preview), so a stray speck is not a page of text.
constexpr std::size_t kSpecksPerPixel = 20000;

}  // namespace

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
