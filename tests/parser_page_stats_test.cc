// The per-page OCR decision (parser/page_stats.h) on text snippets and on the
// real pages of the sample PDFs (and of the corpus, when ../shared is there).
#define BOOST_TEST_MODULE parser_page_stats
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <set>
#include <sstream>

#include "parser/page_stats.h"
#include "test_support.h"

using moacheck::MeasurePageText;
using moacheck::OcrMode;
using moacheck::PageNeedsOcr;
using moacheck::PageStats;

namespace {

// Each page's text layer as the parser reads it.
std::vector<std::vector<std::string>> PageLines(const std::filesystem::path& pdf_path) {
  std::vector<std::vector<std::string>> pages;
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(pdf_path.string()));
  BOOST_REQUIRE_MESSAGE(pdf, pdf_path << ": cannot open");
  for (int index = 0; index < pdf->pages(); ++index) {
    std::unique_ptr<poppler::page> page(pdf->create_page(index));
    poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    std::istringstream stream(std::string(utf8.begin(), utf8.end()));
    std::vector<std::string> lines;
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    pages.push_back(lines);
  }
  return pages;
}

const std::vector<std::string> kClause = {
    "The LEA agrees that its participating LEA personnel will carry out designated functions",
    "under 8 U.S.C. § 1357(g) and Form I-247A, in accordance with the 287(g) Program’s",
    "standards, pursuant to which ICE delegates to nominated, trained, and certified officers",
    "or employees of the Sheriff’s Office (BCSO) the authority to perform immigration functions."};

}  // namespace

BOOST_AUTO_TEST_CASE(agreement_text_is_usable) {
  PageStats stats = MeasurePageText(kClause);
  BOOST_TEST(stats.words > 50u);
  BOOST_TEST(stats.garbage_words == 0u, "garbage in a clean clause: " << stats.garbage_words);
  BOOST_TEST(!PageNeedsOcr(stats));
}

BOOST_AUTO_TEST_CASE(scanner_ocr_text_layer_is_still_usable) {
  // Typical slips of a scanner's own OCR: read, not re-recognized.
  std::vector<std::string> lines = kClause;
  lines.push_back(
      "The LEA will perfonn the te1ms of this MOA; Ill. derainers, charling documenbl.");
  BOOST_TEST(!PageNeedsOcr(MeasurePageText(lines)));
}

BOOST_AUTO_TEST_CASE(empty_or_stamp_only_page_needs_ocr) {
  BOOST_TEST(PageNeedsOcr(MeasurePageText({})));
  BOOST_TEST(PageNeedsOcr(MeasurePageText({"", "   "})));
  // A digital-signature stamp laid over a scanned page is all its text layer holds.
  BOOST_TEST(
      PageNeedsOcr(MeasurePageText({"CALEB", "VITELLO", "Digitally signed by", "CALEB VITELLO",
                                    "Date: 2025.02.14", "08:23:40 -05'00'"})));
}

BOOST_AUTO_TEST_CASE(broken_font_encoding_needs_ocr) {
  // A font without a Unicode map: letters shifted by one ("Caleb Vitello").
  std::vector<std::string> lines;
  for (int i = 0; i < 12; ++i) {
    lines.push_back("$BMFC7JUFMMP \"DUJOH%JSFDUPS 64*NNJHSBUJPOBOE$VTUPNT &OGPSDFNFOU");
  }
  PageStats stats = MeasurePageText(lines);
  BOOST_TEST(stats.chars >= 160u);
  BOOST_TEST(stats.GarbageRatio() > 0.5, "garbage ratio " << stats.GarbageRatio());
  BOOST_TEST(PageNeedsOcr(stats));
}

BOOST_AUTO_TEST_CASE(replacement_characters_need_ocr) {
  std::vector<std::string> lines = kClause;
  for (std::string& line : lines) {
    for (std::size_t at = 0; at < line.size(); at += 8) line.replace(at, 1, "\uFFFD");
  }
  PageStats stats = MeasurePageText(lines);
  BOOST_TEST(stats.replacement_chars > 20u);
  BOOST_TEST(PageNeedsOcr(stats));
}

BOOST_AUTO_TEST_CASE(modes_override_the_decision) {
  PageStats empty = MeasurePageText({});
  PageStats clause = MeasurePageText(kClause);
  BOOST_TEST(!moacheck::ShouldOcrPage(OcrMode::kNever, empty));
  BOOST_TEST(moacheck::ShouldOcrPage(OcrMode::kForce, clause));
  BOOST_TEST(moacheck::ShouldOcrPage(OcrMode::kAuto, empty));
  BOOST_TEST(!moacheck::ShouldOcrPage(OcrMode::kAuto, clause));
}

BOOST_AUTO_TEST_CASE(sample_pdfs_decide_per_page) {
  auto text_pages = PageLines(moacheck::testing::SamplePdf("task-force-2025"));
  auto scanned_pages = PageLines(moacheck::testing::SamplePdf("task-force-2025-scanned"));
  BOOST_REQUIRE(!text_pages.empty());
  BOOST_TEST(scanned_pages.size() == text_pages.size());
  for (std::size_t i = 0; i < text_pages.size(); ++i) {
    BOOST_TEST(!PageNeedsOcr(MeasurePageText(text_pages[i])),
               "task-force-2025.pdf page " << i + 1 << " judged unreadable");
  }
  for (std::size_t i = 0; i < scanned_pages.size(); ++i) {
    BOOST_TEST(PageNeedsOcr(MeasurePageText(scanned_pages[i])),
               "task-force-2025-scanned.pdf page " << i + 1 << " judged readable");
  }
}

BOOST_AUTO_TEST_CASE(corpus_scans_and_text_pages_are_told_apart, MOACHECK_NEEDS_CORPUS) {
  const std::set<std::string> image_only = {"2025-tfm-florida-dle-fl.pdf",
                                            "2025-tfm-jacksonville-so-fl.pdf"};
  for (const auto& pdf : moacheck::testing::CorpusPdfs()) {
    auto pages = PageLines(pdf);
    for (std::size_t i = 0; i < pages.size(); ++i) {
      PageStats stats = MeasurePageText(pages[i]);
      std::string name = pdf.filename().string();
      if (image_only.count(name) != 0) {
        BOOST_TEST(PageNeedsOcr(stats), name << " page " << i + 1 << " is a scan, judged readable");
      } else if (stats.chars >= 1000) {
        // A page full of text-layer text is read as it is, scanner OCR slips and all.
        BOOST_TEST(!PageNeedsOcr(stats), name << " page " << i + 1 << " (" << stats.chars
                                              << " chars, garbage " << stats.GarbageRatio()
                                              << ") judged unreadable");
      }
    }
  }
}
