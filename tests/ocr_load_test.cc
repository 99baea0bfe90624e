// OCR through the whole loading path and the CLI: a mixed PDF (page 1 born
// digital, page 2 a scan) keeps its text page, reads its scanned page by
// OCR with provenance, serves the re-run from the cache, and reports a
// missing language pack or --ocr never as warnings naming the page. Each
// recognizer is given its cache folder; a CLI child is given its
// XDG_CACHE_HOME in its own environment. The
// mixed PDF is cut from the samples with qpdf so only one page is recognized.
#define BOOST_TEST_MODULE ocr_load
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>

#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::RunMoacheck;

namespace {

struct MixedPdf : moacheck::testing::SamplePagesPdf {
  MixedPdf()
      : SamplePagesPdf("ocr-load", {{"task-force-2025", 1}, {"task-force-2025-scanned", 1}}) {}
};

std::string PageText(const moacheck::Document& document, int page) {
  std::string text;
  for (const auto& line : document.lines) {
    if (line.page == page) text += line.text + "\n";
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(mixed_pdf_reads_scan_by_ocr_then_from_cache, MOACHECK_NEEDS_QPDF) {
  MixedPdf mixed;
  // The library and the CLI children share one cache: the folder the CLI
  // finds through XDG_CACHE_HOME.
  moacheck::OcrOptions ocr;
  ocr.cache_dir = (mixed.folder / "moacheck").string();
  const std::vector<std::string> cache_home = {"XDG_CACHE_HOME=" + mixed.folder.string()};
  moacheck::LoadOptions options;
  options.jobs = 2;
  auto document =
      moacheck::LoadDocument(mixed.pdf.string(), options, moacheck::MakeOcrRecognizer(ocr).get());
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_REQUIRE_EQUAL(document->pages.size(), 2u);
  BOOST_TEST((document->pages[0].source == moacheck::PageSource::kTextLayer));
  BOOST_TEST(document->pages[0].ocr_confidence == -1);
  BOOST_TEST((document->pages[1].source == moacheck::PageSource::kOcr));
  BOOST_TEST(document->pages[1].ocr_confidence > 70.0);
  BOOST_TEST(document->OcrPages() == std::vector<int>{2});
  for (const auto& line : document->lines) {
    BOOST_TEST(line.ocr == (line.page == 2),
               "mixed.pdf page " << line.page << " line " << line.line << " ocr flag wrong");
  }
  // Both pages are page 1 of the same agreement: the OCR page reads like the
  // text page (its title lines are repeated at the same place on both pages,
  // so they count as running headers and leave the body).
  std::string scanned_text = PageText(*document, 2);
  BOOST_TEST(scanned_text.find("Tarpon Ridge County Sheriff") != std::string::npos, scanned_text);
  BOOST_TEST(scanned_text.find("participating LEA personnel") != std::string::npos, scanned_text);
  bool warned = false;
  for (const auto& warning : document->warnings) {
    warned |= warning.rfind("page 2: no usable text layer; read by OCR", 0) == 0;
  }
  BOOST_TEST(warned, "no OCR warning naming page 2");

  // The CLI re-run is served from the cache: same text, one entry on disk.
  auto first_text = RunMoacheck({"text", mixed.pdf.string()}, "", cache_home);
  BOOST_REQUIRE_EQUAL(first_text.exit_code, 0);
  BOOST_TEST(first_text.out.find("2:") != std::string::npos);
  auto info = RunMoacheck({"cache", "info"}, "", cache_home);
  BOOST_TEST(info.exit_code == 0);
  BOOST_TEST(info.out.find((mixed.folder / "moacheck").string()) != std::string::npos, info.out);
  BOOST_TEST(info.out.find("entries: 1 OCR pages") != std::string::npos, info.out);

  auto clear = RunMoacheck({"cache", "clear"}, "", cache_home);
  BOOST_TEST(clear.exit_code == 0);
  BOOST_TEST(clear.out.find("removed 1 OCR pages") != std::string::npos, clear.out);
  info = RunMoacheck({"cache", "info"}, "", cache_home);
  BOOST_TEST(info.out.find("entries: 0 OCR pages") != std::string::npos, info.out);
}

BOOST_AUTO_TEST_CASE(ocr_never_keeps_text_page_and_names_the_scanned_one, MOACHECK_NEEDS_QPDF) {
  MixedPdf mixed;
  auto result = RunMoacheck({"text", mixed.pdf.string(), "--ocr", "never"});
  BOOST_REQUIRE_EQUAL(result.exit_code, 0);
  BOOST_TEST(result.out.find("1:") != std::string::npos);
  BOOST_TEST(result.out.find("\n2:") == std::string::npos, "page 2 has text under --ocr never");
  BOOST_TEST(result.err.find("page 2: no usable text layer, and OCR is off (--ocr never)") !=
                 std::string::npos,
             result.err);
}

BOOST_AUTO_TEST_CASE(missing_language_pack_is_a_warning_and_the_rest_is_read, MOACHECK_NEEDS_QPDF) {
  MixedPdf mixed;
  // Tesseract looks for eng.traineddata in an empty folder.
  fs::path empty_tessdata = mixed.folder / "tessdata";
  fs::create_directories(empty_tessdata);
  moacheck::OcrOptions ocr;
  ocr.use_cache = false;
  ocr.tessdata_dir = empty_tessdata.string();
  auto document = moacheck::LoadDocument(mixed.pdf.string(), moacheck::LoadOptions{},
                                         moacheck::MakeOcrRecognizer(ocr).get());
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST(!PageText(*document, 1).empty(), "mixed.pdf page 1 lost");
  BOOST_TEST(PageText(*document, 2).empty(), "mixed.pdf page 2 has text without an engine");
  // Not read: no text layer to fall back on, so nothing is taken as absent there.
  BOOST_TEST((document->pages[1].source == moacheck::PageSource::kNone));
  std::string warnings;
  for (const auto& warning : document->warnings) warnings += warning + "\n";
  BOOST_TEST(warnings.find("page 2: OCR unavailable") != std::string::npos, warnings);
  BOOST_TEST(warnings.find("language pack 'eng'") != std::string::npos, warnings);
}
