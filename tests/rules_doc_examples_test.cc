// A rule written from docs/rulebook.md alone works: the YAML examples of the
// document are cut out of it at test time (so the document and this test
// cannot drift apart), loaded as rulebooks, their own examples run, and the
// worked examples are checked on the sample agreements through the whole
// pipeline.
#define BOOST_TEST_MODULE rules_doc_examples
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "moacheck/facts.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"
#include "moacheck/rules.h"
#include "test_support.h"

namespace {

using namespace moacheck;
namespace fs = std::filesystem;

// The ```yaml blocks of the document between `from_heading` and the next
// "## " heading.
std::vector<std::string> YamlBlocks(const std::string& from_heading) {
  std::string doc = testing::ReadFile(testing::SourceDir() / "docs/rulebook.md");
  std::size_t start = doc.find("\n" + from_heading + "\n");
  BOOST_REQUIRE_MESSAGE(start != std::string::npos, "docs/rulebook.md lacks " << from_heading);
  std::size_t end = doc.find("\n## ", start + from_heading.size() + 1);
  std::string part = doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
  std::vector<std::string> blocks;
  for (std::size_t open = part.find("```yaml\n"); open != std::string::npos;
       open = part.find("```yaml\n", open + 1)) {
    std::size_t body = open + 8;
    std::size_t close = part.find("```", body);
    blocks.push_back(part.substr(body, close - body));
  }
  return blocks;
}

fs::path WriteTemp(const std::string& name, const std::string& text) {
  fs::path path =
      fs::temp_directory_path() / ("moacheck_doc_" + std::to_string(getpid()) + "_" + name);
  std::ofstream(path) << text;
  return path;
}

// The worked examples as one rulebook.
std::string WorkedExamplesBook() {
  std::string book = "name: from-doc\nversion: \"1\"\nrules:\n";
  for (const std::string& block : YamlBlocks("## Worked examples")) book += block;
  return book;
}

void ExpectExamplesPass(const fs::path& path, int minimum_examples) {
  auto rulebooks = testing::LoadTestRulebooks({path.string()});
  BOOST_REQUIRE_MESSAGE(rulebooks.ok(), (rulebooks.ok() ? "" : rulebooks.error().message));
  RuleTestReport report = TestRulebooks(**rulebooks, testing::BuiltInContext());
  for (const RuleTestFailure& failure : report.failures) {
    BOOST_ERROR(failure.origin << ": rule '" << failure.rule << "': " << failure.message);
  }
  BOOST_TEST(report.examples >= minimum_examples);
}

BOOST_AUTO_TEST_CASE(first_rule_of_the_document_loads_and_its_examples_pass) {
  std::vector<std::string> blocks = YamlBlocks("## A first rule");
  BOOST_REQUIRE(!blocks.empty());
  fs::path path = WriteTemp("first.yaml", blocks[0]);
  ExpectExamplesPass(path, 2);
  fs::remove(path);
}

BOOST_AUTO_TEST_CASE(worked_examples_load_and_their_examples_pass) {
  fs::path path = WriteTemp("worked.yaml", WorkedExamplesBook());
  auto rulebooks = testing::LoadTestRulebooks({path.string()});
  BOOST_REQUIRE_MESSAGE(rulebooks.ok(), (rulebooks.ok() ? "" : rulebooks.error().message));
  BOOST_TEST((*rulebooks)->Rules().size() == 4u);
  ExpectExamplesPass(path, 7);
  fs::remove(path);
}

BOOST_AUTO_TEST_CASE(override_example_of_the_document_applies) {
  std::vector<std::string> blocks = YamlBlocks("## Packs, include, extends and overrides");
  auto override_block = std::find_if(blocks.begin(), blocks.end(), [](const std::string& block) {
    return block.rfind("overrides:", 0) == 0;
  });
  BOOST_REQUIRE(override_block != blocks.end());
  // The document's override file names shipped rules; point it at ours.
  std::string text = *override_block;
  text.replace(text.find("det-48h-basis-stated"), 20, "city-hold-limit");
  text.replace(text.find("gov-fixed-term-sunset"), 21, "city-steering-committee");
  fs::path book = WriteTemp("worked2.yaml", WorkedExamplesBook());
  fs::path local = WriteTemp("local.yaml", text);
  auto rulebooks = testing::LoadTestRulebooks({book.string()}, local.string());
  BOOST_REQUIRE_MESSAGE(rulebooks.ok(), (rulebooks.ok() ? "" : rulebooks.error().message));
  for (const RuleSummary& rule : (*rulebooks)->Rules()) {
    if (rule.id == "city-hold-limit") BOOST_TEST(rule.disabled);
    if (rule.id == "city-steering-committee") BOOST_TEST((rule.severity == Severity::kError));
  }
  fs::remove(book);
  fs::remove(local);
}

// The worked examples on the generated sample agreements, through the whole
// pipeline: file -> Document -> Outline -> Facts -> Findings.
BOOST_AUTO_TEST_CASE(worked_examples_on_sample_agreements) {
  fs::path path = WriteTemp("worked3.yaml", WorkedExamplesBook());
  auto rulebooks = testing::LoadTestRulebooks({path.string()});
  BOOST_REQUIRE(rulebooks.ok());
  auto vocabulary = LoadVocabulary();
  BOOST_REQUIRE(vocabulary.ok());
  auto outcome = [&](const std::string& sample, const std::string& rule) -> std::string {
    fs::path pdf = testing::SamplePdf(sample);
    auto document = LoadDocument(pdf.string(), LoadOptions{}, MakeOcrRecognizer({}).get());
    BOOST_REQUIRE_MESSAGE(document.ok(), pdf << " unreadable");
    Outline outline = ParseOutline(*document, testing::BuiltInSectionKinds());
    Facts facts = ExtractFacts(*document, outline, **vocabulary);
    for (const Finding& finding : Evaluate(**rulebooks, *document, outline, facts)) {
      if (finding.rule == rule) {
        BOOST_TEST_MESSAGE(sample << " " << rule << ": " << finding.message);
        return OutcomeName(finding.outcome);
      }
    }
    return "no finding";
  };
  BOOST_TEST(outcome("jail-enforcement-2020", "city-no-task-force") == "pass");
  BOOST_TEST(outcome("task-force-2025", "city-no-task-force") == "fail");
  BOOST_TEST(outcome("jail-enforcement-2020", "city-hold-limit") == "pass");
  BOOST_TEST(outcome("jail-enforcement-72h-hold", "city-hold-limit") == "fail");
  BOOST_TEST(outcome("jail-enforcement-2020", "city-judicial-warrant-for-holds") == "missing");
  BOOST_TEST(outcome("jail-enforcement-2020", "city-steering-committee") == "pass");
  BOOST_TEST(outcome("warrant-service-officer-2025", "city-steering-committee") == "missing");
  fs::remove(path);
}

}  // namespace
