// The real agreements in ../shared/corpus (when present): every PDF loads;
// no line equal to one the parser detected as page furniture is left inside
// a sentence of the body, and the Hernando 2025 task-force MOA's footer "Revised 02/12/2025"
// is gone from its clauses. Skipped when the corpus is absent.
#define BOOST_TEST_MODULE corpus_text
#include <boost/test/unit_test.hpp>
#include <set>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "test_support.h"

namespace {

using moacheck::Document;
using moacheck::Line;
using moacheck::LoadDocument;
using moacheck::LoadOptions;

// OCR is another stage's business (and slow); these tests judge the text layer.
LoadOptions TextLayerOnly() {
  LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;
  return options;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_corpus_pdf_loads_without_furniture_in_its_body, MOACHECK_NEEDS_CORPUS) {
  auto pdfs = moacheck::testing::CorpusPdfs();
  for (const auto& pdf : pdfs) {
    auto document = LoadDocument(pdf.string(), TextLayerOnly(), nullptr);
    if (!document.ok()) BOOST_FAIL(pdf.filename().string() + ": " + document.error().message);
    BOOST_TEST(!document->pages.empty(), pdf.filename().string());
    std::set<std::string> furniture;
    for (const auto& line : document->furniture) furniture.insert(line.text);
    std::size_t text_chars = 0;
    for (const auto& page : document->pages) text_chars += page.text_chars;
    // Image-only scans have (almost) no text layer; nothing to check there.
    if (text_chars < 1000) continue;
    BOOST_TEST(!document->lines.empty(), pdf.filename().string());
    const std::vector<Line>& lines = document->lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      bool left_in_sentence = furniture.count(lines[i].text) > 0 &&
                              moacheck::testing::InsideSentenceAtPageBreak(lines, i);
      BOOST_TEST(!left_in_sentence,
                 pdf.filename().string()
                     << " page " << lines[i].page << " line " << lines[i].line
                     << " is a furniture line inside a sentence: " << lines[i].text);
    }
  }
}

BOOST_AUTO_TEST_CASE(hernando_2025_section_xi_has_no_revision_footer, MOACHECK_NEEDS_CORPUS) {
  auto dir = moacheck::testing::CorpusDir();
  std::string path = (dir / "2025-tfm-hernando-county-so-fl.pdf").string();
  auto document = LoadDocument(path, TextLayerOnly(), nullptr);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST(document->folded_text.find("Revised 02/12/2025") == std::string::npos);
  BOOST_TEST(document->folded_text.find("XI. ICE SUPERVISION") != std::string::npos);
  int footers = 0;
  for (const auto& line : document->furniture) footers += line.text == "Revised 02/12/2025";
  BOOST_TEST(footers >= 10, "footer found on " << footers << " pages only");
}
