#include "samples/generator/render.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cmath>
#include <cstdint>

namespace moacheck::samples {
namespace {

// Fixed metadata so the same source gives the same bytes on every build.
constexpr const char* kFixedDate = "2025-01-01T00:00:00Z";

std::string Expand(std::string text, int page, int pages) {
  for (auto [key, value] : {std::pair<std::string, int>{"{page}", page}, {"{pages}", pages}}) {
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key)) {
      text.replace(at, key.size(), std::to_string(value));
    }
  }
  return text;
}

void DrawPieceText(cairo_t* context, const DrawPiece& piece) {
  cairo_select_font_face(context, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                         piece.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(context, piece.size);
  if (piece.tracking <= 0) {
    cairo_move_to(context, piece.x, piece.y);
    cairo_show_text(context, piece.text.c_str());
    return;
  }
  // Letter-spaced: every character its own show_text, as real PDFs do.
  double x = piece.x;
  for (size_t i = 0; i < piece.text.size();) {
    size_t length = 1;
    while (i + length < piece.text.size() && (piece.text[i + length] & 0xC0) == 0x80) ++length;
    std::string character = piece.text.substr(i, length);
    if (character != " ") {
      cairo_move_to(context, x, piece.y);
      cairo_show_text(context, character.c_str());
    }
    x += SpacedAdvance(character, piece.bold, piece.size, piece.tracking);
    i += length;
  }
}

void DrawFurniture(cairo_t* context, const Furniture& furniture, double baseline, int page,
                   int pages) {
  cairo_select_font_face(context, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(context, kFurnitureSize);
  std::string left = Expand(furniture.left, page, pages);
  std::string center = Expand(furniture.center, page, pages);
  std::string right = Expand(furniture.right, page, pages);
  if (!left.empty()) {
    cairo_move_to(context, kMarginLeft, baseline);
    cairo_show_text(context, left.c_str());
  }
  if (!center.empty()) {
    cairo_move_to(context, (kPageWidth - TextWidth(center, false, kFurnitureSize)) / 2, baseline);
    cairo_show_text(context, center.c_str());
  }
  if (!right.empty()) {
    double x = kPageWidth - kMarginRight - TextWidth(right, false, kFurnitureSize);
    cairo_move_to(context, x, baseline);
    cairo_show_text(context, right.c_str());
  }
}

void DrawPage(cairo_t* context, const SampleSource& source, const PageLayout& page, int number,
              int pages) {
  cairo_set_source_rgb(context, 0, 0, 0);
  if (number >= source.header_from_page) {
    DrawFurniture(context, source.header, kHeaderBaseline, number, pages);
  }
  DrawFurniture(context, source.footer, kFooterBaseline, number, pages);
  for (const DrawPiece& piece : page.pieces) DrawPieceText(context, piece);
}

// Deterministic pseudo-random numbers (the scan noise must not change
// between builds).
class Noise {
 public:
  explicit Noise(uint32_t seed) : state_(seed) {}
  uint32_t Next() {
    state_ = state_ * 1664525u + 1013904223u;
    return state_ >> 8;
  }
  double Unit() { return (Next() & 0xFFFF) / 65536.0; }

 private:
  uint32_t state_;
};

// Renders one page as a gray raster: slightly rotated, with sparse specks
// of scanner dust, then paints it onto the PDF page.
void DrawScannedPage(cairo_t* pdf, const SampleSource& source, const PageLayout& page, int number,
                     int pages, double dpi) {
  double scale = dpi / 72.0;
  int width = static_cast<int>(std::lround(kPageWidth * scale));
  int height = static_cast<int>(std::lround(kPageHeight * scale));
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* context = cairo_create(image);
  cairo_set_source_rgb(context, 1, 1, 1);
  cairo_paint(context);
  cairo_scale(context, scale, scale);
  Noise noise(0x5eed0000u + static_cast<uint32_t>(number));
  double degrees = (noise.Unit() - 0.5) * 0.8;  // within +/-0.4 degree
  cairo_translate(context, kPageWidth / 2, kPageHeight / 2);
  cairo_rotate(context, degrees * M_PI / 180);
  cairo_translate(context, -kPageWidth / 2, -kPageHeight / 2);
  DrawPage(context, source, page, number, pages);
  cairo_identity_matrix(context);
  cairo_set_source_rgb(context, 0.35, 0.35, 0.35);
  for (int speck = 0; speck < 400; ++speck) {
    double x = noise.Unit() * width;
    double y = noise.Unit() * height;
    cairo_rectangle(context, std::floor(x), std::floor(y), 1 + (noise.Next() & 1), 1);
  }
  cairo_fill(context);
  cairo_destroy(context);
  cairo_surface_flush(image);

  cairo_save(pdf);
  cairo_scale(pdf, 1 / scale, 1 / scale);
  cairo_set_source_surface(pdf, image, 0, 0);
  cairo_paint(pdf);
  cairo_restore(pdf);
  cairo_surface_destroy(image);
}

}  // namespace

bool RenderPdf(const SampleSource& source, const Layout& layout, const RenderOptions& options,
               const std::string& output_path, std::string& error) {
  cairo_surface_t* surface = cairo_pdf_surface_create(output_path.c_str(), kPageWidth, kPageHeight);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    error = output_path +
            ": cannot create PDF: " + cairo_status_to_string(cairo_surface_status(surface));
    cairo_surface_destroy(surface);
    return false;
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, options.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "moacheck sample generator");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, kFixedDate);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, kFixedDate);
  cairo_t* context = cairo_create(surface);
  int pages = static_cast<int>(layout.pages.size());
  for (int number = 1; number <= pages; ++number) {
    const PageLayout& page = layout.pages[number - 1];
    if (options.scanned) {
      DrawScannedPage(context, source, page, number, pages, options.scan_dpi);
    } else {
      DrawPage(context, source, page, number, pages);
    }
    cairo_show_page(context);
  }
  cairo_destroy(context);
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    error = output_path + ": cannot write PDF: " + cairo_status_to_string(status);
    return false;
  }
  return true;
}

}  // namespace moacheck::samples
