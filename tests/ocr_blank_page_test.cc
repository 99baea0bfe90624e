// Blank pages are told apart from a low-DPI preview and never reach
// Tesseract (ocr/blank_page.h IsBlankImage): a PDF of thousands of empty
// pages under --ocr auto would otherwise cost a second or more per page.
// Every page of the sample agreements, text layer or scan, must still count
// as marked.
#define BOOST_TEST_MODULE ocr_blank_page
#include <poppler/cpp/poppler-document.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <memory>

#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "ocr/blank_page.h"
#include "ocr/recognize_pages.h"
#include "parser/page_image.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::GrayImage;
using moacheck::IsBlankImage;
using moacheck::kBlankPreviewDpi;

namespace {

// A Letter page at preview size, one gray level everywhere.
GrayImage Paper(std::uint8_t level) {
  GrayImage image;
  image.width = 306;
  image.height = 396;
  image.bytes_per_row = 308;  // padded rows, as poppler may give them
  image.dpi = kBlankPreviewDpi;
  image.pixels.assign(static_cast<std::size_t>(image.bytes_per_row) * image.height, level);
  return image;
}

void Ink(GrayImage& image, int x, int y, int width, int height, std::uint8_t level) {
  for (int row = y; row < y + height; ++row)
    for (int column = x; column < x + width; ++column)
      image.pixels[static_cast<std::size_t>(row) * image.bytes_per_row + column] = level;
}

std::unique_ptr<poppler::document> OpenPdf(const fs::path& path) {
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path.string()));
  BOOST_REQUIRE_MESSAGE(pdf, path << ": cannot open");
  return pdf;
}

fs::path WriteEmptyPagesPdf(const std::string& name, int pages) {
  fs::path path = moacheck::testing::BinaryDir() / name;
  std::ofstream(path, std::ios::binary) << moacheck::testing::EmptyPagesPdf(pages);
  return path;
}

}  // namespace

BOOST_AUTO_TEST_CASE(uniform_paper_is_blank_whatever_its_tint) {
  BOOST_TEST(IsBlankImage(Paper(255)));
  BOOST_TEST(IsBlankImage(Paper(214)));  // a grayish scan of an empty sheet
  GrayImage specks = Paper(250);
  Ink(specks, 10, 10, 1, 1, 0);
  Ink(specks, 200, 300, 2, 2, 30);
  BOOST_TEST(IsBlankImage(specks));
  // Padding bytes beyond the width are not part of the image.
  GrayImage padded = Paper(255);
  for (int row = 0; row < padded.height; ++row)
    Ink(padded, padded.width, row, padded.bytes_per_row - padded.width, 1, 0);
  BOOST_TEST(IsBlankImage(padded));
}

BOOST_AUTO_TEST_CASE(a_short_line_or_a_faint_rule_is_not_blank) {
  GrayImage word = Paper(255);
  Ink(word, 40, 50, 12, 4, 90);  // one short antialiased word at 36 DPI
  BOOST_TEST(!IsBlankImage(word));
  GrayImage rule = Paper(255);
  Ink(rule, 30, 300, 200, 1, 190);  // a thin signature line, lightened by antialiasing
  BOOST_TEST(!IsBlankImage(rule));
}

BOOST_AUTO_TEST_CASE(every_sample_page_is_marked_and_empty_pages_are_blank) {
  for (const char* name :
       {"warrant-service-officer-2025", "jail-enforcement-2020", "task-force-2025-scanned"}) {
    auto pdf = OpenPdf(moacheck::testing::SamplePdf(name));
    for (int page = 1; page <= pdf->pages(); ++page) {
      auto preview = moacheck::RenderPageGray(*pdf, page, kBlankPreviewDpi);
      BOOST_REQUIRE_MESSAGE(preview, name << " page " << page);
      BOOST_TEST(!IsBlankImage(*preview), name << " page " << page << " taken for blank");
    }
  }
  auto empty = OpenPdf(WriteEmptyPagesPdf("ocr_blank_page_3.pdf", 3));
  BOOST_REQUIRE(empty->pages() == 3);
  for (int page = 1; page <= 3; ++page) {
    auto preview = moacheck::RenderPageGray(*empty, page, kBlankPreviewDpi);
    BOOST_REQUIRE(preview);
    BOOST_TEST(IsBlankImage(*preview), "empty page " << page);
  }
}

BOOST_AUTO_TEST_CASE(blank_pages_are_not_recognized_or_cached) {
  moacheck::PdfPageImages empty(OpenPdf(WriteEmptyPagesPdf("ocr_blank_page_5.pdf", 5)));
  moacheck::OcrRunOptions options;
  options.use_cache = false;
  options.jobs = 2;
  auto results = moacheck::RecognizePages(empty, "not-a-digest", {1, 2, 3, 4, 5}, options);
  BOOST_REQUIRE(results.size() == 5u);
  for (const auto& result : results) {
    BOOST_TEST(result.blank, "page " << result.page);
    BOOST_TEST(!result.text.has_value());
    BOOST_TEST(result.error.empty());
  }
}

BOOST_AUTO_TEST_CASE(an_empty_pages_pdf_loads_under_ocr_auto_with_one_warning) {
  fs::path path = WriteEmptyPagesPdf("ocr_blank_page_40.pdf", 40);
  moacheck::LoadOptions options;
  options.ocr = moacheck::OcrMode::kAuto;
  moacheck::OcrOptions no_cache;
  no_cache.use_cache = false;
  auto document =
      moacheck::LoadDocument(path.string(), options, moacheck::MakeOcrRecognizer(no_cache).get());
  BOOST_REQUIRE_MESSAGE(document, (document ? "" : document.error().message));
  BOOST_TEST(document->pages.size() == 40u);
  for (const auto& page : document->pages)
    BOOST_TEST((page.source != moacheck::PageSource::kOcr), "page " << page.number);
  bool warned = false;
  for (const std::string& warning : document->warnings)
    warned |= warning == "pages 1-40: blank, nothing to read";
  BOOST_TEST(warned);
}
