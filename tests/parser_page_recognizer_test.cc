// The page-recognizer seam of LoadDocument (moacheck/page_recognizer.h),
// with an in-memory recognizer: the parser asks for exactly the pages whose
// text layer is unusable (every page under --ocr force, none under --ocr
// never), puts the returned lines in their place with source kOcr and the
// returned confidence, keeps the other pages as extracted, and names in a
// warning the pages read, blank or failed. The test PDF interleaves two
// born-digital pages with two scanned ones (cut from the samples with qpdf).
#define BOOST_TEST_MODULE parser_page_recognizer
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/page_recognizer.h"
#include "parser/unreadable_pages.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::Document;
using moacheck::LoadDocument;
using moacheck::LoadOptions;
using moacheck::OcrMode;
using moacheck::PageRecognition;
using moacheck::PageSource;
using moacheck::RecognitionRequest;
using moacheck::RecognizedPage;

namespace {

const char* const kOrdinals[] = {"zero", "one", "two", "three", "four"};

// Reads page N as three sentences naming N, with confidence 40 + N; the
// pages listed in `blank` or `failing` come back blank or failed instead.
class FakeRecognizer : public moacheck::PageRecognizer {
 public:
  std::vector<int> blank;
  std::vector<int> failing;

  std::vector<PageRecognition> Recognize(const RecognitionRequest& request) const override {
    {
      std::lock_guard<std::mutex> hold(lock_);
      requests_.push_back(request);
    }
    std::vector<PageRecognition> results;
    for (int page : request.pages) {
      PageRecognition result;
      if (std::find(blank.begin(), blank.end(), page) != blank.end()) {
        result.blank = true;
      } else if (std::find(failing.begin(), failing.end(), page) != failing.end()) {
        result.error = "fake engine down";
      } else {
        RecognizedPage text;
        std::string ordinal = kOrdinals[page];
        text.lines = {"The fake engine read sheet " + ordinal + ", first sentence.", "",
                      "Its second sentence on sheet " + ordinal + " follows here.",
                      "And a third closes sheet " + ordinal + "."};
        text.confidence = 40 + page;
        result.text = text;
      }
      results.push_back(result);
    }
    return results;
  }

  std::vector<RecognitionRequest> requests() const {
    std::lock_guard<std::mutex> hold(lock_);
    return requests_;
  }

 private:
  mutable std::mutex lock_;
  mutable std::vector<RecognitionRequest> requests_;
};

// Pages 1 and 3 have a text layer, pages 2 and 4 are scans.
struct MixedPdf : moacheck::testing::SamplePagesPdf {
  MixedPdf()
      : SamplePagesPdf("recognizer", {{"task-force-2025", 1},
                                      {"task-force-2025-scanned", 2},
                                      {"task-force-2025", 3},
                                      {"task-force-2025-scanned", 4}}) {}
};

std::string PageText(const Document& document, int page) {
  std::string text;
  for (const auto& line : document.lines) {
    if (line.page == page) text += line.text + "\n";
  }
  return text;
}

bool HasWarning(const Document& document, const std::string& wanted) {
  for (const std::string& warning : document.warnings) {
    if (warning == wanted) return true;
  }
  return false;
}

std::string Warnings(const Document& document) {
  std::string all;
  for (const std::string& warning : document.warnings) all += warning + "\n";
  return all;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ocr_auto_sends_only_unreadable_pages_and_uses_what_comes_back) {
  MixedPdf mixed;
  FakeRecognizer recognizer;
  LoadOptions options;
  options.jobs = 3;
  auto document = LoadDocument(mixed.pdf.string(), options, &recognizer);
  if (!document.ok()) BOOST_FAIL(document.error().message);

  std::vector<RecognitionRequest> requests = recognizer.requests();
  BOOST_REQUIRE_EQUAL(requests.size(), 1u);
  BOOST_TEST(requests[0].pages == (std::vector<int>{2, 4}));
  BOOST_TEST(requests[0].sha256 == document->sha256);
  BOOST_TEST(requests[0].jobs == 3);
  BOOST_TEST(requests[0].images != nullptr);

  BOOST_REQUIRE_EQUAL(document->pages.size(), 4u);
  for (int page : {1, 3}) {
    const auto& info = document->pages[static_cast<std::size_t>(page - 1)];
    BOOST_TEST((info.source == PageSource::kTextLayer), "mixed.pdf page " << page);
    BOOST_TEST(info.ocr_confidence == -1, "mixed.pdf page " << page);
    BOOST_TEST(PageText(*document, page).find("fake engine") == std::string::npos,
               "mixed.pdf page " << page << " replaced by recognized text");
    BOOST_TEST(!PageText(*document, page).empty(), "mixed.pdf page " << page << " lost its text");
  }
  for (int page : {2, 4}) {
    const auto& info = document->pages[static_cast<std::size_t>(page - 1)];
    BOOST_TEST((info.source == PageSource::kOcr), "mixed.pdf page " << page);
    BOOST_TEST(info.ocr_confidence == 40.0 + page, "mixed.pdf page " << page);
    std::string text = PageText(*document, page);
    BOOST_TEST(text.find(std::string("The fake engine read sheet ") + kOrdinals[page]) !=
                   std::string::npos,
               "mixed.pdf page " << page << ": " << text);
  }
  for (const auto& line : document->lines) {
    BOOST_TEST(line.ocr == (line.page == 2 || line.page == 4),
               "mixed.pdf page " << line.page << " line " << line.line << ": ocr flag wrong");
  }
  BOOST_TEST(document->OcrPages() == (std::vector<int>{2, 4}));
  BOOST_TEST(
      HasWarning(*document, "pages 2, 4: no usable text layer; read by OCR, mean confidence 43"),
      Warnings(*document));
}

BOOST_AUTO_TEST_CASE(ocr_force_sends_every_page) {
  MixedPdf mixed;
  FakeRecognizer recognizer;
  LoadOptions options;
  options.ocr = OcrMode::kForce;
  auto document = LoadDocument(mixed.pdf.string(), options, &recognizer);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_REQUIRE_EQUAL(recognizer.requests().size(), 1u);
  BOOST_TEST(recognizer.requests()[0].pages == (std::vector<int>{1, 2, 3, 4}));
  for (const auto& info : document->pages) {
    BOOST_TEST((info.source == PageSource::kOcr), "mixed.pdf page " << info.number);
    BOOST_TEST(info.ocr_confidence == 40.0 + info.number, "mixed.pdf page " << info.number);
  }
  BOOST_TEST(HasWarning(*document, "pages 1-4: read by OCR (--ocr force), mean confidence 43"),
             Warnings(*document));
}

BOOST_AUTO_TEST_CASE(ocr_never_does_not_call_the_recognizer) {
  MixedPdf mixed;
  FakeRecognizer recognizer;
  LoadOptions options;
  options.ocr = OcrMode::kNever;
  auto document = LoadDocument(mixed.pdf.string(), options, &recognizer);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST(recognizer.requests().empty());
  BOOST_TEST(document->OcrPages().empty());
  BOOST_TEST(PageText(*document, 2).empty());
  BOOST_TEST(document->PagesRead(moacheck::PageReading::kNotRead) == (std::vector<int>{2, 4}));
  BOOST_TEST(
      HasWarning(*document, "pages 2, 4: no usable text layer, and OCR is off (--ocr never)"),
      Warnings(*document));
}

BOOST_AUTO_TEST_CASE(no_recognizer_names_the_pages_left_unread) {
  MixedPdf mixed;
  auto document = LoadDocument(mixed.pdf.string(), LoadOptions{}, nullptr);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST(document->OcrPages().empty());
  BOOST_TEST(!PageText(*document, 1).empty());
  BOOST_TEST(HasWarning(*document, "pages 2, 4: no usable text layer, and no OCR engine was given"),
             Warnings(*document));
}

BOOST_AUTO_TEST_CASE(blank_and_failed_pages_keep_their_text_layer_with_a_warning) {
  MixedPdf mixed;
  FakeRecognizer recognizer;
  recognizer.blank = {2};
  recognizer.failing = {4};
  auto document = LoadDocument(mixed.pdf.string(), LoadOptions{}, &recognizer);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST(document->OcrPages().empty());
  // A blank page was read (there is nothing on it); a scan the engine
  // failed on had no usable text layer to fall back on, so it is not read.
  for (const auto& info : document->pages) {
    PageSource expected = info.number == 4 ? PageSource::kNone : PageSource::kTextLayer;
    BOOST_TEST((info.source == expected), "mixed.pdf page " << info.number);
  }
  BOOST_TEST(document->PagesRead(moacheck::PageReading::kNotRead) == std::vector<int>{4});
  BOOST_TEST(HasWarning(*document, "page 2: blank, nothing to read"), Warnings(*document));
  BOOST_TEST(
      HasWarning(*document, "page 4: fake engine down; the page's text layer, if any, is used"),
      Warnings(*document));
}

BOOST_AUTO_TEST_CASE(page_lists_read_as_ranges) {
  BOOST_TEST(moacheck::DescribePages({4}) == "page 4");
  BOOST_TEST(moacheck::DescribePages({1, 2, 3, 5, 7, 8}) == "pages 1-3, 5, 7-8");
}
