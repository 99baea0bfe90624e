// The clause parser on real agreements (../shared/corpus; skipped when
// absent): the team's expected outlines (tests/data/outlines, written by
// reading the PDFs), top-level order on every text-layer PDF, and the older
// 2003-2017 openings.
#define BOOST_TEST_MODULE outline_corpus
#include <fmt/format.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"
#include "outline/numbering.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::CorpusDir;
using moacheck::testing::CorpusPdfs;
using moacheck::testing::SourceDir;

namespace {

moacheck::LoadOptions TextLayerOnly() {
  moacheck::LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;  // expectations read the text layer; OCR is its own test
  return options;
}

struct FlatSection {
  std::string path, label, title, kind;
  int page = 0;
};

void Flatten(const nlohmann::json& nodes, std::vector<FlatSection>* out) {
  for (const nlohmann::json& node : nodes) {
    out->push_back({node.value("path", ""), node.value("label", ""), node.value("title", ""),
                    node.value("kind", ""), node.value("page", 0)});
    if (node.contains("children")) Flatten(node["children"], out);
  }
}

int EditDistance(const std::string& a, const std::string& b) {
  std::vector<int> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min(
          {previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Titles compare on letters and digits only, forgiving scanner noise of
// about one character in five ("REPORTING REQUIREIVIENTS"): the expected
// title is what a reader sees, the parsed one what the text layer holds.
bool SameTitle(const std::string& expected, const std::string& actual) {
  auto key = [](const std::string& text) {
    std::string out;
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
    return out;
  };
  std::string a = key(expected), b = key(actual);
  return EditDistance(a, b) <= std::max<int>(1, static_cast<int>(a.size() / 5));
}

// Each corpus PDF is read once for all test cases.
const moacheck::Document& Load(const fs::path& pdf) {
  static std::map<fs::path, moacheck::Document> cache;
  auto found = cache.find(pdf);
  if (found != cache.end()) return found->second;
  auto document = moacheck::LoadDocument(pdf.string(), TextLayerOnly(), nullptr);
  BOOST_REQUIRE_MESSAGE(document.ok(), pdf.filename().string()
                                           << ": "
                                           << (document.ok() ? "" : document.error().message));
  return cache.emplace(pdf, std::move(document).value()).first->second;
}

// Differences between expected and parsed outline, one line each.
std::vector<std::string> Compare(const std::string& name, const std::vector<FlatSection>& expected,
                                 const std::vector<FlatSection>& actual) {
  std::vector<std::string> problems;
  std::size_t count = std::max(expected.size(), actual.size());
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= expected.size()) {
      problems.push_back(fmt::format("{}: extra section {} \"{}\" p.{}", name, actual[i].path,
                                     actual[i].title, actual[i].page));
      continue;
    }
    if (i >= actual.size()) {
      problems.push_back(fmt::format("{}: missing section {} \"{}\" p.{}", name, expected[i].path,
                                     expected[i].title, expected[i].page));
      continue;
    }
    const FlatSection& want = expected[i];
    const FlatSection& got = actual[i];
    if (want.path != got.path || want.label != got.label) {
      problems.push_back(fmt::format("{}: section {} (p.{}) expected {} [{}], parsed {} [{}]", name,
                                     i, want.page, want.path, want.label, got.path, got.label));
      break;  // everything after a shifted section differs too
    }
    if (!SameTitle(want.title, got.title)) {
      problems.push_back(fmt::format("{}: {} title \"{}\", parsed \"{}\"", name, want.path,
                                     want.title, got.title));
    }
    if (want.kind != got.kind) {
      problems.push_back(
          fmt::format("{}: {} kind {}, parsed {}", name, want.path, want.kind, got.kind));
    }
    if (want.page != got.page) {
      problems.push_back(
          fmt::format("{}: {} on page {}, parsed page {}", name, want.path, want.page, got.page));
    }
  }
  return problems;
}

}  // namespace

BOOST_AUTO_TEST_CASE(expected_outlines_match, MOACHECK_NEEDS_CORPUS) {
  fs::path expected_dir = SourceDir() / "tests" / "data" / "outlines";
  int documents = 0, exact = 0;
  std::vector<std::string> all_problems;
  for (const auto& entry : fs::directory_iterator(expected_dir)) {
    if (entry.path().extension() != ".json") continue;
    std::string name = entry.path().stem().string();
    fs::path pdf = CorpusDir() / (name + ".pdf");
    if (!fs::exists(pdf)) continue;
    ++documents;
    const moacheck::Document& document = Load(pdf);
    std::vector<FlatSection> expected, actual;
    Flatten(nlohmann::json::parse(moacheck::testing::ReadFile(entry.path())), &expected);
    Flatten(moacheck::OutlineToJson(
                moacheck::ParseOutline(document, moacheck::testing::BuiltInSectionKinds())),
            &actual);
    std::vector<std::string> problems = Compare(name, expected, actual);
    BOOST_TEST_MESSAGE(
        fmt::format("{}: {} ({} sections)", name,
                    problems.empty() ? "exact" : fmt::format("{} differences", problems.size()),
                    expected.size()));
    if (problems.empty()) ++exact;
    all_problems.insert(all_problems.end(), problems.begin(), problems.end());
  }
  BOOST_TEST_MESSAGE(
      fmt::format("outline: {} of {} corpus documents match exactly", exact, documents));
  for (const std::string& problem : all_problems) BOOST_ERROR(problem);
  BOOST_TEST(documents >= 10);
}

BOOST_AUTO_TEST_CASE(top_level_sections_are_in_order_on_every_text_pdf, MOACHECK_NEEDS_CORPUS) {
  for (const fs::path& pdf : CorpusPdfs()) {
    std::string name = pdf.stem().string();
    const moacheck::Document& document = Load(pdf);
    if (document.lines.size() < 100) {
      BOOST_TEST_MESSAGE(name << ": little or no text layer, skipped");
      continue;
    }
    moacheck::Outline outline =
        moacheck::ParseOutline(document, moacheck::testing::BuiltInSectionKinds());
    // Top-level Roman labels rise by one, except where a warning says why;
    // appendices rise A, B, C; nothing numbered follows the signatures
    // before an appendix.
    int previous_roman = 0;
    char previous_appendix = 0;
    bool after_signatures = false;
    int roman_count = 0;
    for (const moacheck::Section& section : outline.sections) {
      if (section.depth != 0) continue;
      std::string where =
          fmt::format("{} p.{}:{} {}", name, section.page, section.line, section.path);
      if (section.path == "Signatures") {
        after_signatures = true;
        continue;
      }
      if (section.path.rfind("App.", 0) == 0) {
        char letter = section.path[4];
        BOOST_TEST(letter > previous_appendix, where << ": appendix out of order");
        previous_appendix = letter;
        after_signatures = false;
        continue;
      }
      int roman = moacheck::outline::RomanValue(section.label);
      if (roman == 0) continue;
      ++roman_count;
      BOOST_TEST(!after_signatures, where << ": numbered section inside the signature block");
      BOOST_TEST(previous_appendix == 0, where << ": body section after an appendix");
      if (roman != previous_roman + 1) {
        bool warned = false;
        for (const std::string& warning : outline.warnings) {
          warned = warned || warning.find(fmt::format("{}:{}:", section.page, section.line)) == 0;
        }
        BOOST_TEST(warned, where << ": follows " << previous_roman << " without a warning");
      }
      previous_roman = roman;
    }
    BOOST_TEST(roman_count >= 3, name << ": only " << roman_count << " top-level sections");
  }
}

BOOST_AUTO_TEST_CASE(older_openings_parse_into_a_plausible_tree, MOACHECK_NEEDS_CORPUS) {
  int files = 0;
  for (const auto& entry : fs::directory_iterator(CorpusDir() / "older")) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    std::string name = entry.path().filename().string();
    auto document =
        moacheck::LoadDocument(entry.path().string(), {}, moacheck::MakeOcrRecognizer({}).get());
    BOOST_REQUIRE_MESSAGE(document.ok(),
                          name << ": " << (document.ok() ? "" : document.error().message));
    moacheck::Outline outline =
        moacheck::ParseOutline(*document, moacheck::testing::BuiltInSectionKinds());
    BOOST_TEST(!outline.sections.empty(), name << ": no section");
    BOOST_TEST(outline.section_of_line.size() == document->lines.size(), name);
    for (std::size_t i = 0; i < outline.sections.size(); ++i) {
      const moacheck::Section& section = outline.sections[i];
      BOOST_TEST(section.first_line < section.end_line,
                 name << " " << section.path << ": empty span");
      BOOST_TEST(section.end_line <= document->lines.size(), name << " " << section.path);
    }
    std::string tree;
    for (const moacheck::Section& section : outline.sections) tree += " " + section.path;
    BOOST_TEST_MESSAGE(name << ":" << tree);
  }
  BOOST_TEST(files > 0);
}
