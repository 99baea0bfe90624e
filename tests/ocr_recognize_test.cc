// OCR of the image-only sample through Tesseract and the page cache. Only
// page 1 of the sample is ever recognized, to keep this executable fast.
// The seam the parser calls is pinned in parser_page_recognizer_test.cc.
#define BOOST_TEST_MODULE ocr_recognize
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

#include "ocr/ocr_cache.h"
#include "ocr/recognize_pages.h"
#include "ocr/tesseract_engine.h"
#include "parser/page_image.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::OcrCache;
using moacheck::RecognizedPage;

namespace {

// A fresh cache folder per test, removed afterwards.
struct TemporaryDirectory {
  fs::path path;
  explicit TemporaryDirectory(const std::string& name)
      : path(fs::temp_directory_path() / ("moacheck-" + name + "-" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TemporaryDirectory() { fs::remove_all(path); }
};

std::unique_ptr<poppler::document> OpenPdf(const fs::path& path) {
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path.string()));
  BOOST_REQUIRE_MESSAGE(pdf, path << ": cannot open");
  return pdf;
}

// Lower-case words of letters and digits, counted; OCR and text layers
// then compare without caring about quotes, dashes or line breaks.
std::map<std::string, int> Words(const std::string& text) {
  std::map<std::string, int> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      ++words[word];
      word.clear();
    }
  }
  return words;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(scanned_page_is_recognized_then_served_from_cache) {
  fs::path scanned = moacheck::testing::SamplePdf("task-force-2025-scanned");
  moacheck::PdfPageImages pdf(OpenPdf(scanned));
  TemporaryDirectory cache_dir("ocr-cache");
  moacheck::OcrRunOptions options;
  options.cache_dir = cache_dir.path.string();
  const std::string sha256 = "f00d" + std::string(60, '0');

  auto first = moacheck::RecognizePages(pdf, sha256, {1}, options);
  BOOST_REQUIRE_EQUAL(first.size(), 1u);
  BOOST_REQUIRE_MESSAGE(first[0].text, "page 1 of " << scanned << ": " << first[0].error);
  BOOST_TEST(!first[0].from_cache);
  const RecognizedPage& page = *first[0].text;
  BOOST_TEST(page.confidence > 70.0, "page 1 mean confidence " << page.confidence);
  BOOST_TEST(page.confidence <= 100.0);

  // The words of the same page of the born-digital sample, recognized back.
  auto text_pdf = OpenPdf(moacheck::testing::SamplePdf("task-force-2025"));
  std::unique_ptr<poppler::page> text_page(text_pdf->create_page(0));
  poppler::byte_array utf8 = text_page->text().to_utf8();
  auto expected = Words(std::string(utf8.begin(), utf8.end()));
  auto recognized = Words(Joined(page.lines));
  int total = 0, found = 0;
  for (const auto& [word, count] : expected) {
    total += count;
    auto it = recognized.find(word);
    if (it != recognized.end()) found += std::min(count, it->second);
  }
  BOOST_TEST(total > 200);
  BOOST_TEST(found >= total * 95 / 100,
             "page 1: " << found << " of " << total << " words recognized");
  std::string ocr_text = Squeezed(Joined(page.lines));
  for (const char* phrase :
       {"MEMORANDUM OF AGREEMENT", "287(g) Task Force Model", "Tarpon Ridge County Sheriff",
        "Immigration and Customs Enforcement (ICE)", "I. PURPOSE"}) {
    BOOST_TEST(ocr_text.find(phrase) != std::string::npos, "page 1: \"" << phrase
                                                                        << "\" not in OCR text:\n"
                                                                        << ocr_text);
  }

  // Second run: the entry is on disk and Tesseract is not called.
  BOOST_TEST(OcrCache(cache_dir.path.string()).Measure()->entries == 1u);
  auto second = moacheck::RecognizePages(pdf, sha256, {1}, options);
  BOOST_REQUIRE(second[0].text);
  BOOST_TEST(second[0].from_cache);
  BOOST_TEST(second[0].text->lines == page.lines, "page 1: cached lines differ");
  BOOST_TEST(std::abs(second[0].text->confidence - page.confidence) < 0.01);

  // Other engine settings never reuse the entry.
  moacheck::OcrSettings other = options.settings;
  other.dpi = 200;
  BOOST_TEST(!OcrCache(cache_dir.path.string())
                  .Load(sha256, 1, moacheck::EngineSignature(other))
                  .has_value());

  auto cleared = OcrCache(cache_dir.path.string()).Clear();
  BOOST_REQUIRE(cleared.ok());
  BOOST_TEST(*cleared == 1u);
  BOOST_TEST(OcrCache(cache_dir.path.string()).Measure()->entries == 0u);
  BOOST_TEST(!OcrCache(cache_dir.path.string())
                  .Load(sha256, 1, moacheck::EngineSignature(options.settings))
                  .has_value());
}

BOOST_AUTO_TEST_CASE(missing_language_pack_is_a_clear_error) {
  auto pdf = OpenPdf(moacheck::testing::SamplePdf("task-force-2025-scanned"));
  auto image = moacheck::RenderPageGray(*pdf, 1, 30);
  BOOST_REQUIRE(image.ok());
  moacheck::OcrSettings settings;
  settings.language = "xx-not-installed";
  auto result = moacheck::RecognizeImage(*image, settings);
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().message.find("language pack 'xx-not-installed'") != std::string::npos,
             result.error().message);
}

BOOST_AUTO_TEST_CASE(rendering_yields_gray_page_at_requested_dpi) {
  auto pdf = OpenPdf(moacheck::testing::SamplePdf("task-force-2025-scanned"));
  auto image = moacheck::RenderPageGray(*pdf, 1, 72);
  BOOST_REQUIRE(image.ok());
  BOOST_TEST(image->width == 612);  // Letter: 8.5 in at 72 DPI
  BOOST_TEST(image->height == 792);
  BOOST_TEST(image->pixels.size() == static_cast<std::size_t>(image->bytes_per_row * 792));
  auto missing = moacheck::RenderPageGray(*pdf, 999, 72);
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().message.find("page 999") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(concurrent_cache_writers_leave_whole_entries) {
  TemporaryDirectory cache_dir("ocr-cache-race");
  OcrCache cache(cache_dir.path.string());
  const std::string sha256(64, 'a');
  std::vector<std::thread> writers;
  for (int writer = 0; writer < 4; ++writer) {
    writers.emplace_back([&cache, &sha256, writer] {
      RecognizedPage page;
      page.confidence = 90;
      for (int line = 0; line < 200; ++line)
        page.lines.push_back("writer " + std::to_string(writer));
      for (int round = 0; round < 20; ++round) cache.Store(sha256, 1, "engine", page);
    });
  }
  for (int read = 0; read < 200; ++read) {
    auto page = cache.Load(sha256, 1, "engine");
    if (!page) continue;  // not written yet
    BOOST_REQUIRE_EQUAL(page->lines.size(), 200u);
    BOOST_REQUIRE(page->lines.front() == page->lines.back());
  }
  for (std::thread& thread : writers) thread.join();
  BOOST_TEST(cache.Measure()->entries == 1u);
}
