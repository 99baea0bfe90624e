// The clause parser on the project's sample PDFs (build/samples), against
// the "outline" list of each samples/NAME.expect.json: labels, titles and
// order of every listed section, and of its children when the expectation
// lists them.
#define BOOST_TEST_MODULE outline_samples
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::ReadFile;
using moacheck::testing::SamplePdf;
using moacheck::testing::SourceDir;

namespace {

std::string Label(const nlohmann::json& node) {
  std::string label =
      node.contains("label") && node["label"].is_string() ? node["label"].get<std::string>() : "";
  while (!label.empty() && label.back() == '.') label.pop_back();  // "IV." as printed is IV
  return label;
}

// Titles compare on letters and digits: the scanned sample goes through OCR,
// which may add a stray period ("AND. TERMINATION").
std::string Title(const nlohmann::json& node) {
  std::string title =
      node.contains("title") && node["title"].is_string() ? node["title"].get<std::string>() : "";
  std::string key;
  for (char c : title) {
    if (std::isalnum(static_cast<unsigned char>(c))) key += c;
  }
  return key;
}

// A title page without a heading is a preamble the samples do not list.
bool IsBarePreamble(const nlohmann::json& node) {
  return node.value("path", "") == "Preamble" && node.value("kind", "") == "preamble";
}

void CompareLevel(const std::string& where, const nlohmann::json& expected,
                  const nlohmann::json& parsed) {
  nlohmann::json actual = nlohmann::json::array();
  for (const nlohmann::json& node : parsed) {
    if (!IsBarePreamble(node)) actual.push_back(node);
  }
  BOOST_TEST(expected.size() == actual.size(), where << ": " << expected.size()
                                                     << " sections expected, " << actual.size()
                                                     << " parsed");
  std::size_t count = std::min(expected.size(), actual.size());
  for (std::size_t i = 0; i < count; ++i) {
    std::string at = where + " #" + std::to_string(i + 1) + " " + Label(expected[i]);
    BOOST_TEST(Label(expected[i]) == Label(actual[i]), at << ": label");
    BOOST_TEST(Title(expected[i]) == Title(actual[i]), at << ": title");
    if (expected[i].value("kind", "") != actual[i].value("kind", "")) {
      BOOST_TEST_MESSAGE(at << ": kind " << expected[i].value("kind", "")
                            << " expected by the sample, parsed " << actual[i].value("kind", ""));
    }
    if (expected[i].contains("children")) {
      CompareLevel(at, expected[i]["children"], actual[i]["children"]);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(sample_outlines_match_their_expectations) {
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "samples")) {
    std::string file = entry.path().filename().string();
    const std::string suffix = ".expect.json";
    if (file.size() <= suffix.size() ||
        file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string name = file.substr(0, file.size() - suffix.size());
    nlohmann::json expect = nlohmann::json::parse(ReadFile(entry.path()));
    if (!expect.contains("outline") || !fs::exists(SamplePdf(name))) {
      BOOST_TEST_MESSAGE(name << ": no outline expectation or no generated PDF, skipped");
      continue;
    }
    auto document =
        moacheck::LoadDocument(SamplePdf(name).string(), {}, moacheck::MakeOcrRecognizer({}).get());
    BOOST_REQUIRE_MESSAGE(document.ok(),
                          name << ": " << (document.ok() ? "" : document.error().message));
    if (document->lines.empty()) {
      BOOST_TEST_MESSAGE(name << ": no text (image-only sample, OCR unavailable), skipped");
      continue;
    }
    ++compared;
    CompareLevel(name, expect["outline"],
                 moacheck::OutlineToJson(
                     moacheck::ParseOutline(*document, moacheck::testing::BuiltInSectionKinds())));
  }
  BOOST_TEST_MESSAGE(compared << " samples compared");
}
