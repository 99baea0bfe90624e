// docs/facts.md is the facts reference the CLI's errors point to: every
// fact of FactCatalog and every model, authority and provision id of the
// built-in vocabulary has a row there, and the facts JSON has every fact.
#define BOOST_TEST_MODULE facts_reference
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "moacheck/facts.h"
#include "test_support.h"

using namespace moacheck;

namespace {

std::string Reference() {
  std::ifstream in(std::string(MOACHECK_SOURCE_DIR) + "/docs/facts.md");
  BOOST_REQUIRE_MESSAGE(in, "docs/facts.md is missing");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A table row whose first cell is `name`.
bool HasRow(const std::string& reference, const std::string& name) {
  return reference.find("\n| `" + name + "` |") != std::string::npos;
}

const Vocabulary& Vocab() {
  static auto vocabulary = [] {
    auto loaded = LoadVocabulary();
    if (!loaded) BOOST_FAIL("vocabulary: " << loaded.error().message);
    return *loaded;
  }();
  return *vocabulary;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_fact_has_a_row) {
  std::string reference = Reference();
  for (const FactSpec& spec : FactCatalog()) {
    std::string name = spec.name;
    if (name.rfind("provisions.", 0) == 0) name = "provisions.<id>";
    BOOST_CHECK_MESSAGE(HasRow(reference, name), "docs/facts.md has no row for " << spec.name);
  }
}

BOOST_AUTO_TEST_CASE(every_vocabulary_id_has_a_row) {
  std::string reference = Reference();
  const IdWordings& wording = Wording(Vocab());
  for (const auto* ids : {&wording.models, &wording.authorities, &wording.provisions})
    for (const IdWording& id : *ids)
      BOOST_CHECK_MESSAGE(HasRow(reference, id.id), "docs/facts.md has no row for id " << id.id);
  for (const FactSpec& spec : FactCatalog()) {
    if (spec.name.rfind("provisions.", 0) != 0) continue;
    std::string id = spec.name.substr(11);
    BOOST_CHECK_MESSAGE(HasRow(reference, id), "docs/facts.md has no provision id " << id);
  }
}

BOOST_AUTO_TEST_CASE(json_has_every_fact) {
  auto document = DocumentFromText("MEMORANDUM OF AGREEMENT\n", "empty.txt", LoadOptions{});
  BOOST_REQUIRE(document.ok());
  Facts facts =
      ExtractFacts(*document, ParseOutline(*document, testing::BuiltInSectionKinds()), Vocab());
  nlohmann::json json = FactsToJson(facts);
  for (const FactSpec& spec : FactCatalog()) {
    std::string path = "/" + spec.name;
    for (char& c : path)
      if (c == '.') c = '/';
    BOOST_CHECK_MESSAGE(json.contains(nlohmann::json::json_pointer(path)),
                        "facts JSON has no " << spec.name);
  }
}
