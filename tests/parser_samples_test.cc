// The parser on every generated sample PDF, judged by the sample's sidecar
// (samples/NAME.expect.json, "extraction"): page count, chosen lines on
// their pages, running headers/footers and page numbers out of the body
// (never left inside a sentence; the agency's name may still head an
// address block),
// end-of-line hyphenation and letter spacing repaired.
#define BOOST_TEST_MODULE parser_samples
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "moacheck/document.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::Document;
using moacheck::Line;
using moacheck::testing::ReadFile;
using moacheck::testing::SamplePdf;
using moacheck::testing::SourceDir;

namespace {

struct Sample {
  std::string name;
  nlohmann::json sidecar;
  Document document;
};

std::vector<Sample> LoadSamples() {
  std::vector<Sample> samples;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "samples")) {
    std::string file = entry.path().filename().string();
    const std::string suffix = ".expect.json";
    if (file.size() <= suffix.size() ||
        file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string name = file.substr(0, file.size() - suffix.size());
    fs::path pdf = SamplePdf(name);
    BOOST_TEST_REQUIRE(fs::exists(pdf), pdf.string() << " missing: build the samples target");
    moacheck::LoadOptions options;
    options.ocr = moacheck::OcrMode::kNever;  // the text layer is what is judged here
    auto document = moacheck::LoadDocument(pdf.string(), options, nullptr);
    if (!document.ok()) BOOST_FAIL(name + ": " + document.error().message);
    samples.push_back(
        {name, nlohmann::json::parse(ReadFile(entry.path())), std::move(document).value()});
  }
  BOOST_TEST_REQUIRE(!samples.empty(), "no samples/*.expect.json");
  return samples;
}

const std::vector<Sample>& Samples() {
  static const std::vector<Sample> samples = LoadSamples();
  return samples;
}

const nlohmann::json& Extraction(const Sample& sample) { return sample.sidecar.at("extraction"); }

// The body line of `page` whose text contains `needle`, or nullptr.
const Line* LineContaining(const Document& document, int page, const std::string& needle) {
  for (const Line& line : document.lines) {
    if (line.page == page && line.text.find(needle) != std::string::npos) return &line;
  }
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(page_counts_match_the_sidecars) {
  for (const Sample& sample : Samples()) {
    BOOST_TEST(sample.document.pages.size() == sample.sidecar.at("pages").get<std::size_t>(),
               sample.name);
    bool text_layer = Extraction(sample).at("text_layer").get<bool>();
    BOOST_TEST(sample.document.lines.empty() == !text_layer, sample.name);
    for (const auto& page : sample.document.pages) {
      BOOST_TEST((page.text_chars > 0) == text_layer, sample.name << " page " << page.number);
    }
  }
}

BOOST_AUTO_TEST_CASE(chosen_lines_are_on_their_pages_with_provenance) {
  for (const Sample& sample : Samples()) {
    if (!Extraction(sample).at("text_layer").get<bool>()) continue;
    for (const auto& expected : Extraction(sample).at("contains")) {
      int page = expected.at("page").get<int>();
      std::string text = expected.at("contains").get<std::string>();
      const Line* line = LineContaining(sample.document, page, text);
      BOOST_TEST(line != nullptr,
                 sample.name << " page " << page << ": no line contains \"" << text << "\"");
      if (line == nullptr) continue;
      // The line number points back at the extracted line holding the text.
      std::string raw_collapsed;
      for (char c : line->raw) {
        if (c != ' ' || (!raw_collapsed.empty() && raw_collapsed.back() != ' ')) raw_collapsed += c;
      }
      BOOST_TEST(raw_collapsed.find(text.substr(0, 12)) != std::string::npos,
                 sample.name << " " << page << ":" << line->line << " raw line is \"" << line->raw
                             << "\"");
    }
  }
}

BOOST_AUTO_TEST_CASE(running_headers_footers_and_page_numbers_leave_the_body) {
  for (const Sample& sample : Samples()) {
    if (!Extraction(sample).at("text_layer").get<bool>()) continue;
    for (const auto& expected : Extraction(sample).at("furniture")) {
      std::string text = expected.at("text").get<std::string>();
      const std::vector<Line>& lines = sample.document.lines;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        bool left_in_sentence =
            lines[i].text == text && moacheck::testing::InsideSentenceAtPageBreak(lines, i);
        BOOST_TEST(!left_in_sentence, sample.name << " " << lines[i].page << ":" << lines[i].line
                                                  << " is furniture inside a sentence: " << text);
      }
      std::set<int> pages_found;
      for (const Line& line : sample.document.furniture) {
        if (line.text.find(text) != std::string::npos) pages_found.insert(line.page);
      }
      for (int page : expected.at("pages")) {
        BOOST_TEST(pages_found.count(page) == 1u, sample.name << " page " << page << ": \"" << text
                                                              << "\" not recognized as furniture");
      }
    }
    // Body and furniture lines together keep distinct page:line numbers.
    std::set<std::pair<int, int>> seen;
    for (const auto* lines : {&sample.document.lines, &sample.document.furniture}) {
      for (const Line& line : *lines) {
        BOOST_TEST(seen.insert({line.page, line.line}).second,
                   sample.name << " " << line.page << ":" << line.line << " numbered twice");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(hyphenated_words_are_joined) {
  for (const Sample& sample : Samples()) {
    if (!Extraction(sample).at("text_layer").get<bool>()) continue;
    for (const auto& expected : Extraction(sample).at("hyphenated")) {
      int page = expected.at("page").get<int>();
      std::string word = expected.at("word").get<std::string>();
      BOOST_TEST(LineContaining(sample.document, page, word) != nullptr,
                 sample.name << " page " << page << ": \"" << word << "\" not rejoined");
      for (std::size_t split = 2; split + 2 <= word.size(); ++split) {
        std::string broken = word.substr(0, split) + "-";
        for (const Line& line : sample.document.lines) {
          bool ends_broken =
              line.text.size() >= broken.size() &&
              line.text.compare(line.text.size() - broken.size(), broken.size(), broken) == 0;
          BOOST_TEST(!ends_broken, sample.name << " " << line.page << ":" << line.line
                                               << " still ends with \"" << broken << "\"");
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(letter_spaced_phrases_are_rejoined) {
  for (const Sample& sample : Samples()) {
    if (!Extraction(sample).at("text_layer").get<bool>()) continue;
    for (const auto& expected : Extraction(sample).at("letter_spaced")) {
      int page = expected.at("page").get<int>();
      std::string phrase = expected.at("phrase").get<std::string>();
      BOOST_TEST(LineContaining(sample.document, page, phrase) != nullptr,
                 sample.name << " page " << page << ": \"" << phrase << "\" not rejoined");
    }
  }
}
