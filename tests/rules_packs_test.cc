// Pack loading: names, files and directories; include and extends; local
// override files; the default selection; and the `rules` command line.
#define BOOST_TEST_MODULE rules_packs
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "moacheck/rules.h"
#include "test_support.h"

namespace {

using namespace moacheck;

std::string Packs(const std::string& name) {
  return (testing::SourceDir() / "tests/data/rulebooks/packs" / name).string();
}

std::shared_ptr<const Rulebooks> MustLoad(const std::vector<std::string>& specs,
                                          const std::string& override_file = "") {
  auto loaded = testing::LoadTestRulebooks(specs, override_file);
  BOOST_REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
  return *loaded;
}

const RuleSummary* Find(const std::vector<RuleSummary>& rules, const std::string& id) {
  for (const RuleSummary& rule : rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

BOOST_AUTO_TEST_CASE(include_loads_the_included_pack_as_its_own) {
  auto books = MustLoad({Packs("including.yaml")});
  std::vector<RulebookInfo> infos = books->Infos();
  BOOST_REQUIRE_EQUAL(infos.size(), 2u);
  BOOST_TEST(infos[0].name == "test-base");
  BOOST_TEST(infos[1].name == "test-including");
  BOOST_TEST(infos[1].version == "2.0");
  std::vector<RuleSummary> rules = books->Rules();
  BOOST_REQUIRE(Find(rules, "base-supervision") != nullptr);
  BOOST_TEST(Find(rules, "base-supervision")->pack == "test-base");
  BOOST_TEST(Find(rules, "including-steering")->pack == "test-including");
}

BOOST_AUTO_TEST_CASE(a_pack_reached_twice_is_loaded_once) {
  auto books = MustLoad({Packs("base.yaml"), Packs("including.yaml")});
  BOOST_TEST(books->Rules().size() == 3u);
}

BOOST_AUTO_TEST_CASE(extends_inherits_redefines_and_overrides) {
  auto books = MustLoad({Packs("extending.yaml")});
  BOOST_REQUIRE_EQUAL(books->Infos().size(), 1u);  // the base is not a pack of its own
  std::vector<RuleSummary> rules = books->Rules();
  BOOST_REQUIRE_EQUAL(rules.size(), 2u);
  BOOST_TEST(Find(rules, "base-supervision")->title == "ICE supervision, stricter wording");
  BOOST_TEST(Find(rules, "base-supervision")->pack == "test-extending");
  BOOST_TEST((Find(rules, "base-complaints")->severity == Severity::kError));
}

BOOST_AUTO_TEST_CASE(override_file_disables_and_changes_severity) {
  auto books =
      MustLoad({Packs("including.yaml")},
               (testing::SourceDir() / "tests/data/rulebooks/local_override.yaml").string());
  std::vector<RuleSummary> rules = books->Rules();
  BOOST_TEST((Find(rules, "base-supervision")->severity == Severity::kInfo));
  BOOST_TEST(Find(rules, "including-steering")->disabled);
  auto document = DocumentFromText("The steering committee meets. Supervised and directed by ICE.",
                                   "t.txt", LoadOptions{});
  BOOST_REQUIRE(document.ok());
  std::vector<Finding> findings = Evaluate(*books, *document, Outline{}, Facts{});
  BOOST_TEST(findings.size() == 2u);  // the disabled rule is not evaluated
  for (const Finding& finding : findings) BOOST_TEST(finding.rule != "including-steering");
}

BOOST_AUTO_TEST_CASE(directory_loads_every_yaml_file) {
  auto loaded =
      testing::LoadTestRulebooks({(testing::SourceDir() / "tests/data/rulebooks/packs").string()});
  // base.yaml and copy_of_base_rule.yaml share an id on purpose.
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().message.find("duplicate id") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(shipped_packs_load_by_name) {
  std::vector<std::string> shipped = ShippedPacks();
  BOOST_REQUIRE(std::find(shipped.begin(), shipped.end(), "example") != shipped.end());
  BOOST_TEST((std::find(shipped.begin(), shipped.end(), "defaults") == shipped.end()));
  auto books = MustLoad({"example"});
  BOOST_TEST(books->Infos().at(0).name == "example");
  BOOST_TEST(books->Rules().size() >= 5u);
}

BOOST_AUTO_TEST_CASE(default_selection_follows_defaults_yaml) {
  Facts facts;
  facts.models.push_back({"jail-enforcement", {}});
  facts.signed_.push_back({"lea", "2021-03-01", {}});
  facts.scalars["state"] = {std::string("FL"), {}};
  std::vector<std::string> packs =
      DefaultPacks(facts, testing::BuiltInContext().pack_defaults()).packs;
  // Only packs that exist are chosen; each must load.
  for (const std::string& pack : packs) {
    std::vector<std::string> shipped = ShippedPacks();
    BOOST_TEST((std::find(shipped.begin(), shipped.end(), pack) != shipped.end()), pack);
  }
  BOOST_TEST((std::find(packs.begin(), packs.end(), "example") == packs.end()));
  std::string defaults = testing::ReadFile(testing::SourceDir() / "rules/packs/defaults.yaml");
  // Every pack the defaults would name for this agreement that is shipped is chosen.
  for (std::string name :
       {"federal-statute", "federal-detainer", "governance", "template-jem-2020", "state-fl"}) {
    std::vector<std::string> shipped = ShippedPacks();
    bool is_shipped = std::find(shipped.begin(), shipped.end(), name) != shipped.end();
    bool chosen = std::find(packs.begin(), packs.end(), name) != packs.end();
    BOOST_TEST(is_shipped == chosen, name);
  }
  BOOST_TEST(defaults.find("template-{model}-{era}") != std::string::npos);
}

namespace {

bool Chose(const PackChoice& choice, const std::string& pack) {
  return std::find(choice.packs.begin(), choice.packs.end(), pack) != choice.packs.end();
}

std::string WhyLeftOut(const PackChoice& choice, const std::string& pack) {
  for (const PackLeftOut& left : choice.left_out)
    if (left.pack == pack) return left.why;
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(unknown_era_runs_the_era_independent_template_packs_and_says_so) {
  Facts facts;
  facts.models.push_back({"jail-enforcement", {}});  // no signing date, no template read
  facts.scalars["state"] = {std::string("FL"), {}};
  PackChoice choice = DefaultPacks(facts, testing::BuiltInContext().pack_defaults());
  BOOST_TEST(Chose(choice, "template-common"));
  BOOST_TEST(Chose(choice, "template-jem"));
  BOOST_TEST(!Chose(choice, "template-jem-2020"));
  BOOST_TEST(Chose(choice, "state-fl"));
  BOOST_TEST(WhyLeftOut(choice, "template-jem-{era}").find("era is not known") !=
             std::string::npos);
  BOOST_TEST(choice.left_out.size() == 1u);
}

BOOST_AUTO_TEST_CASE(missing_model_and_state_packs_are_listed_with_why) {
  Facts facts;  // nothing identified
  PackChoice choice = DefaultPacks(facts, testing::BuiltInContext().pack_defaults());
  BOOST_TEST(Chose(choice, "federal-statute"));
  BOOST_TEST(WhyLeftOut(choice, "template-{model}-{era}").find("model is not identified") !=
             std::string::npos);
  BOOST_TEST(WhyLeftOut(choice, "state-{state}").find("state is not identified") !=
             std::string::npos);

  facts.models.push_back({"task-force", {}});
  facts.signed_.push_back({"lea", "2025-03-01", {}});
  facts.scalars["state"] = {std::string("GA"), {}};  // no Georgia pack is shipped
  choice = DefaultPacks(facts, testing::BuiltInContext().pack_defaults());
  BOOST_TEST(Chose(choice, "template-tfm-2025"));
  BOOST_TEST(WhyLeftOut(choice, "state-ga").find("no rulebook of GA state law") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(left_out_packs_reach_the_json_report) {
  testing::CommandResult result = testing::RunMoacheck(
      {"check", (testing::SourceDir() / "samples/warrant-service-officer-2025.txt").string(),
       "--format", "json"});
  nlohmann::json record = nlohmann::json::parse(result.out);
  // An Arizona agreement: moacheck ships no Arizona pack.
  BOOST_REQUIRE_EQUAL(record["packs_left_out"].size(), 1u);
  BOOST_TEST(record["packs_left_out"][0]["pack"] == "state-az");
  BOOST_TEST(record["packs_left_out"][0]["why"].get<std::string>().find("AZ state law") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(rules_list_json_on_the_command_line) {
  testing::CommandResult result =
      testing::RunMoacheck({"rules", "list", "--format", "json", "example"});
  BOOST_REQUIRE_EQUAL(result.exit_code, 0);
  nlohmann::json rules = nlohmann::json::parse(result.out);
  BOOST_REQUIRE(rules.is_array());
  BOOST_REQUIRE(!rules.empty());
  for (const auto& rule : rules) {
    BOOST_TEST(rule["pack"] == "example");
    BOOST_TEST(rule["tests"].get<int>() >= 2);
    BOOST_TEST(!rule["sources"].empty());
  }
}

BOOST_AUTO_TEST_CASE(rules_lint_reports_a_broken_file_with_exit_2) {
  testing::CommandResult result = testing::RunMoacheck(
      {"rules", "lint",
       (testing::SourceDir() / "tests/data/rulebooks/bad/unknown_key.yaml").string()});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find("unknown key 'severty'") != std::string::npos, result.err);
  // Loads, but rules lack examples and rationale: exit 1 with advice.
  result = testing::RunMoacheck({"rules", "lint", Packs("base.yaml")});
  BOOST_TEST(result.exit_code == 1);
  BOOST_TEST(result.out.find("rule 'base-supervision': no test expects 'pass'") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(rules_test_reports_a_wrong_expectation) {
  testing::CommandResult result = testing::RunMoacheck(
      {"rules", "test",
       (testing::SourceDir() / "tests/data/rulebooks/wrong_expectation.yaml").string()});
  BOOST_TEST(result.exit_code == 1);
  BOOST_TEST(result.out.find("wrong_expectation.yaml:12:9: rule 'expects-too-much': expected "
                             "pass, got missing") != std::string::npos,
             result.out);
  BOOST_TEST(result.out.find("1 rules, 2 examples, 1 failed") != std::string::npos, result.out);
}

}  // namespace
