// The generated sample PDFs (samples/README.md) match their sources and
// sidecars: one PDF per sample, the sidecar's page count, a text layer on
// every page (none at all on the image-only scan, whose pages carry ink),
// the sidecar's chosen lines on their pages, and the sidecar's hyphenations
// and letter-spaced phrases equal to what the generator actually laid out.
#define BOOST_TEST_MODULE samples
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::ReadFile;
using moacheck::testing::SamplePdf;
using moacheck::testing::SourceDir;

namespace {

fs::path SamplesSourceDir() { return SourceDir() / "samples"; }

// Names of samples/*.EXT (without EXT), sorted.
std::set<std::string> SampleNames(const std::string& extension) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(SamplesSourceDir())) {
    std::string file = entry.path().filename().string();
    if (file == "CMakeLists.txt" || file.size() <= extension.size()) continue;
    if (file.compare(file.size() - extension.size(), extension.size(), extension) == 0) {
      names.insert(file.substr(0, file.size() - extension.size()));
    }
  }
  return names;
}

nlohmann::json ReadJson(const fs::path& path) { return nlohmann::json::parse(ReadFile(path)); }

std::unique_ptr<poppler::document> OpenPdf(const fs::path& path) {
  return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path.string()));
}

std::string PageText(poppler::document& document, int page_number) {
  std::unique_ptr<poppler::page> page(document.create_page(page_number - 1));
  if (!page) return "";
  poppler::byte_array bytes =
      page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Whitespace collapsed to single spaces, so a sidecar line matches however
// poppler spaces the words of one printed line.
std::string CollapseSpaces(const std::string& text) {
  std::string collapsed;
  std::istringstream words(text);
  for (std::string word; words >> word;) {
    if (!collapsed.empty()) collapsed += ' ';
    collapsed += word;
  }
  return collapsed;
}

bool SomeLineContains(const std::string& page_text, const std::string& wanted) {
  std::istringstream lines(page_text);
  for (std::string line; std::getline(lines, line);) {
    if (CollapseSpaces(line).find(wanted) != std::string::npos) return true;
  }
  return false;
}

// Share of dark pixels on a low-resolution rendering of the page.
double InkShare(poppler::document& document, int page_number) {
  std::unique_ptr<poppler::page> page(document.create_page(page_number - 1));
  poppler::page_renderer renderer;
  poppler::image image = renderer.render_page(page.get(), 36, 36);
  if (!image.is_valid() || image.format() != poppler::image::format_argb32) return 0;
  size_t dark = 0, total = 0;
  for (int y = 0; y < image.height(); ++y) {
    const unsigned char* row =
        reinterpret_cast<const unsigned char*>(image.const_data()) + y * image.bytes_per_row();
    for (int x = 0; x < image.width(); ++x, ++total) {
      if (row[4 * x + 1] < 128) ++dark;  // green channel of BGRA
    }
  }
  return total ? static_cast<double>(dark) / total : 0;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_text_source_has_a_sidecar) {
  std::set<std::string> sidecars = SampleNames(".expect.json");
  std::set<std::string> texts = SampleNames(".txt");
  BOOST_TEST(texts.size() >= 7u);
  for (const std::string& name : texts) {
    BOOST_TEST_CONTEXT("samples/" << name << ".txt") { BOOST_TEST(sidecars.count(name) == 1u); }
  }
}

BOOST_AUTO_TEST_CASE(every_sample_pdf_has_the_sidecar_page_count_and_text_layer) {
  for (const std::string& name : SampleNames(".expect.json")) {
    BOOST_TEST_CONTEXT("sample " << name) {
      nlohmann::json sidecar = ReadJson(SamplesSourceDir() / (name + ".expect.json"));
      auto document = OpenPdf(SamplePdf(name));
      BOOST_REQUIRE_MESSAGE(document, SamplePdf(name) << " missing or unreadable");
      int pages = sidecar.at("pages").get<int>();
      BOOST_TEST(document->pages() == pages);
      bool text_layer = sidecar.at("extraction").at("text_layer").get<bool>();
      for (int page = 1; page <= document->pages(); ++page) {
        BOOST_TEST_CONTEXT("page " << page) {
          std::string text = CollapseSpaces(PageText(*document, page));
          if (text_layer) {
            BOOST_TEST(!text.empty());
          } else {
            BOOST_TEST(text.empty(), "image-only page has text: " << text.substr(0, 80));
            BOOST_TEST(InkShare(*document, page) > 0.0005);  // a signature page carries little ink
          }
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(sidecar_lines_appear_on_their_pages) {
  for (const std::string& name : SampleNames(".expect.json")) {
    nlohmann::json sidecar = ReadJson(SamplesSourceDir() / (name + ".expect.json"));
    if (!sidecar.at("extraction").at("text_layer").get<bool>()) continue;  // OCR's job
    auto document = OpenPdf(SamplePdf(name));
    BOOST_REQUIRE(document);
    for (const auto& expected : sidecar.at("extraction").at("contains")) {
      int page = expected.at("page").get<int>();
      std::string wanted = expected.at("contains").get<std::string>();
      BOOST_TEST(SomeLineContains(PageText(*document, page), wanted),
                 name << " page " << page << " lacks a line containing \"" << wanted << "\"");
    }
    std::string agency = sidecar.at("facts").at("agency").get<std::string>();
    BOOST_TEST(SomeLineContains(PageText(*document, 1), agency), name << ": agency not on page 1");
  }
}

// The generator reports what it hyphenated and letter-spaced; a sidecar that
// drifted from the layout (after a text edit) fails here, not in the parser.
BOOST_AUTO_TEST_CASE(sidecar_layout_repairs_match_the_generator) {
  for (const std::string& name : SampleNames(".expect.json")) {
    BOOST_TEST_CONTEXT("sample " << name) {
      nlohmann::json sidecar = ReadJson(SamplesSourceDir() / (name + ".expect.json"));
      nlohmann::json layout = ReadJson(BinaryDir() / "samples" / (name + ".layout.json"));
      BOOST_TEST(layout.at("pages") == sidecar.at("pages"));
      nlohmann::json reported = nlohmann::json::array();
      for (const auto& entry : layout.at("hyphenated")) {
        reported.push_back({{"page", entry.at("page")}, {"word", entry.at("word")}});
      }
      BOOST_TEST(reported == sidecar.at("extraction").at("hyphenated"),
                 "generator hyphenated " << reported.dump());
      BOOST_TEST(layout.at("letter_spaced") == sidecar.at("extraction").at("letter_spaced"),
                 "generator letter-spaced " << layout.at("letter_spaced").dump());
    }
  }
}

// A hyphenated word really is split on the page: its first part ends a line
// with "-" and the word itself is not printed whole on that line.
BOOST_AUTO_TEST_CASE(hyphenated_words_are_split_in_the_text_layer) {
  nlohmann::json layout = ReadJson(BinaryDir() / "samples" / "jail-enforcement-2020.layout.json");
  auto document = OpenPdf(SamplePdf("jail-enforcement-2020"));
  BOOST_REQUIRE(document);
  BOOST_REQUIRE(!layout.at("hyphenated").empty());
  for (const auto& entry : layout.at("hyphenated")) {
    std::string text = PageText(*document, entry.at("page").get<int>());
    std::string first = entry.at("first_part").get<std::string>() + "-";
    bool line_ends_with_first = false;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      std::string collapsed = CollapseSpaces(line);
      if (collapsed.size() >= first.size() &&
          collapsed.compare(collapsed.size() - first.size(), first.size(), first) == 0) {
        line_ends_with_first = true;
      }
    }
    BOOST_TEST(line_ends_with_first, "no line ends with " << first);
  }
}
