// Each check kind, scope, composition and outcome of the rule engine, on a
// small agreement read by DocumentFromText with a hand-built outline and
// facts (tests/data/rulebooks/checks.yaml), so each rule's result is known
// independently of the outline and facts extractors.
#define BOOST_TEST_MODULE rules_checks
#include <boost/test/unit_test.hpp>
#include <thread>

#include "moacheck/rules.h"
#include "test_support.h"

namespace {

using namespace moacheck;

const char* kAgreement =
    "MEMORANDUM OF AGREEMENT\n"
    "This agreement is between ICE and the Example County Sheriff's Office.\n"
    "XI. ICE SUPERVISION\n"
    "Participating LEA personnel shall be supervised and directed by ICE.\n"
    "XII. REPORTING REQUIREMENTS\n"
    "The LEA shall hold the alien for no more than 48 hours.\n"
    "APPENDIX B\n"
    "Complaints may be filed with the ICE point of contact or the LEA point\n"
    "of contact.\n"
    "SIGNATURES\n"
    "Sheriff, Example County\n";

std::size_t LineOf(const Document& document, const std::string& start) {
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    if (document.lines[i].text.rfind(start, 0) == 0) return i;
  }
  BOOST_FAIL("no line starts with " << start);
  return 0;
}

struct Fixture {
  Document document;
  Outline outline;
  Facts facts;
  std::vector<Finding> findings;

  Fixture() {
    auto loaded = DocumentFromText(kAgreement, "agreement.txt", LoadOptions{});
    BOOST_REQUIRE(loaded.ok());
    document = std::move(loaded).value();
    auto add = [&](std::string path, std::string title, std::string kind, const std::string& from,
                   const char* to) {
      Section section;
      section.path = path;
      section.label = path;
      section.title = std::move(title);
      section.kind = std::move(kind);
      section.first_line = LineOf(document, from);
      section.end_line = to == nullptr ? document.lines.size() : LineOf(document, to);
      outline.sections.push_back(section);
    };
    add("Preamble", "", "preamble", "MEMORANDUM", "XI.");
    add("XI", "ICE SUPERVISION", "supervision", "XI.", "XII.");
    add("XII", "REPORTING REQUIREMENTS", "reporting", "XII.", "APPENDIX B");
    add("App.B", "", "complaint-procedure", "APPENDIX B", "SIGNATURES");
    outline.sections.back().label = "APPENDIX B";
    add("Signatures", "", "signatures", "SIGNATURES", nullptr);
    outline.section_of_line.assign(document.lines.size(), -1);
    for (std::size_t s = 0; s < outline.sections.size(); ++s) {
      for (std::size_t l = outline.sections[s].first_line; l < outline.sections[s].end_line; ++l) {
        outline.section_of_line[l] = static_cast<int>(s);
      }
    }
    Evidence hold{1, 6, "XII", "The LEA shall hold the alien for no more than 48 hours."};
    facts.scalars["state"] = {std::string("FL"), {}};
    facts.scalars["agency"] = {std::string("Example County Sheriff's Office"), {}};
    facts.scalars["agency_kind"] = {std::string("sheriff"), {}};
    facts.scalars["detainer.max_hold_hours"] = {48.0, {hold}};
    facts.scalars["training.initial_hours"] = {160.0, {}};
    facts.scalars["termination.notice_days"] = {std::monostate{}, {}};
    facts.scalars["provisions.civil-rights"] = {true, {}};
    facts.scalars["provisions.steering-committee"] = {false, {}};
    facts.scalars["supervision.ice_directed"] = {true, {}};
    facts.models.push_back({"jail-enforcement", {}});
    facts.authorities.push_back({"arrest-without-warrant", {hold}});
    facts.signed_.push_back({"lea", "2020-06-08", {}});

    auto rulebooks = testing::LoadTestRulebooks(
        {(testing::SourceDir() / "tests/data/rulebooks/checks.yaml").string()});
    BOOST_REQUIRE_MESSAGE(rulebooks.ok(), (rulebooks.ok() ? "" : rulebooks.error().message));
    findings = Evaluate(**rulebooks, document, outline, facts);
  }

  const Finding& Get(const std::string& id) const {
    for (const Finding& finding : findings) {
      if (finding.rule == id) return finding;
    }
    BOOST_FAIL("no finding for rule " << id);
    return findings.front();
  }
  void Expect(const std::string& id, Outcome outcome) const {
    const Finding& finding = Get(id);
    BOOST_TEST(OutcomeName(finding.outcome) == OutcomeName(outcome),
               "rule " << id << ": " << finding.message);
  }
};

BOOST_FIXTURE_TEST_SUITE(checks, Fixture)

BOOST_AUTO_TEST_CASE(require_in_section_kind_passes_with_evidence) {
  Expect("t-require-kind", Outcome::kPass);
  const Finding& finding = Get("t-require-kind");
  BOOST_REQUIRE_EQUAL(finding.evidence.size(), 1u);
  BOOST_TEST(finding.evidence[0].section == "XI");
  BOOST_TEST(finding.evidence[0].page == 1);
  BOOST_TEST(finding.evidence[0].quote.find("supervised and directed by ICE") != std::string::npos);
  BOOST_TEST(finding.message == "Found in XI: supervised and directed");
  BOOST_TEST(finding.pack == "test-checks");
}

BOOST_AUTO_TEST_CASE(missing_names_the_expected_section) {
  Expect("t-require-kind-missing", Outcome::kMissing);
  BOOST_TEST(Get("t-require-kind-missing").expected_section == "XI ICE SUPERVISION");
  Expect("t-require-absent-kind", Outcome::kMissing);
  BOOST_TEST(Get("t-require-absent-kind").expected_section ==
             "a section of kind 'steering-committee' (no such section found in this agreement)");
  BOOST_TEST(Get("t-fact-missing").expected_section == "Effective Date and Termination");
  BOOST_TEST(Get("t-fact-missing").message.find("Effective Date and Termination") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(forbid_fails_with_quote_and_section) {
  Expect("t-forbid", Outcome::kFail);
  BOOST_TEST(Get("t-forbid").message == "Hold clause \"hold the alien\" in XII");
  Expect("t-forbid-pass", Outcome::kPass);
}

BOOST_AUTO_TEST_CASE(scopes_select_the_right_text) {
  Expect("t-path", Outcome::kMissing);
  Expect("t-title", Outcome::kPass);
  Expect("t-appendix-b", Outcome::kPass);
  Expect("t-any-appendix", Outcome::kPass);
  Expect("t-signatures", Outcome::kPass);
  Expect("t-preamble", Outcome::kPass);
}

BOOST_AUTO_TEST_CASE(patterns_match_across_line_breaks) {
  // "point\nof contact" is joined by a space before matching.
  Expect("t-count-min", Outcome::kPass);
  BOOST_TEST(Get("t-count-min").message == "2 contacts");
  Expect("t-count-max", Outcome::kFail);
}

BOOST_AUTO_TEST_CASE(fact_comparisons_convert_units) {
  Expect("t-at-most-pass", Outcome::kPass);
  BOOST_TEST(Get("t-at-most-pass").message == "Holds: 48 hours; state FL");
  BOOST_TEST(Get("t-at-most-pass").evidence.at(0).section == "XII");
  Expect("t-at-most-fail", Outcome::kFail);
  Expect("t-less-than", Outcome::kFail);
  Expect("t-more-than", Outcome::kPass);
  Expect("t-training-weeks", Outcome::kPass);  // 4 working weeks = 160 hours
  Expect("t-fact-missing", Outcome::kMissing);
}

BOOST_AUTO_TEST_CASE(fact_presence_and_equality) {
  Expect("t-present", Outcome::kPass);
  Expect("t-present-false", Outcome::kMissing);
  Expect("t-absent", Outcome::kPass);
  Expect("t-equals-string", Outcome::kPass);
  Expect("t-equals-bool", Outcome::kPass);
}

BOOST_AUTO_TEST_CASE(set_contains_and_excludes) {
  Expect("t-contains", Outcome::kPass);
  Expect("t-contains-missing", Outcome::kMissing);
  Expect("t-excludes", Outcome::kFail);
  BOOST_TEST(Get("t-excludes").message == "Delegates arrest-without-warrant");
  BOOST_TEST(Get("t-excludes").evidence.at(0).line == 6);
}

BOOST_AUTO_TEST_CASE(composition) {
  Expect("t-all-missing", Outcome::kMissing);
  Expect("t-all-fail", Outcome::kFail);
  Expect("t-any", Outcome::kPass);
  Expect("t-none", Outcome::kFail);
  BOOST_TEST(Get("t-none").evidence.at(0).section == "XII");
}

BOOST_AUTO_TEST_CASE(conditionals_and_applies_to) {
  Expect("t-if-not-met", Outcome::kNotApplicable);
  Expect("t-if-then", Outcome::kMissing);
  Expect("t-applies-other-state", Outcome::kNotApplicable);
  BOOST_TEST(Get("t-applies-other-state").message ==
             "Does not apply: applies in CA; this agreement's state: FL");
  Expect("t-applies-this-state", Outcome::kPass);
  Expect("t-applies-model", Outcome::kNotApplicable);
}

BOOST_AUTO_TEST_CASE(named_groups_fill_the_message) {
  Expect("t-named-group", Outcome::kPass);
  BOOST_TEST(Get("t-named-group").message == "48h in XII");
}

// One compiled rulebook shared by several threads gives each the same
// findings as a single thread does.
BOOST_AUTO_TEST_CASE(shared_rulebooks_evaluate_the_same_on_every_thread) {
  auto rulebooks = testing::LoadTestRulebooks(
      {(testing::SourceDir() / "tests/data/rulebooks/checks.yaml").string()});
  BOOST_REQUIRE(rulebooks.ok());
  std::shared_ptr<const Rulebooks> shared = *rulebooks;
  std::vector<std::vector<Finding>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&, out = &result] {
      for (int i = 0; i < 20; ++i) *out = Evaluate(*shared, document, outline, facts);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    BOOST_REQUIRE_EQUAL(result.size(), findings.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
      BOOST_TEST(result[i].message == findings[i].message, findings[i].rule);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(runaway_pattern_is_stopped_and_names_the_rule) {
  std::string text(4000, 'a');
  for (std::size_t i = 7; i < text.size(); i += 8) text[i] = ' ';
  text += "!";
  auto document = DocumentFromText(text, "runaway.txt", LoadOptions{});
  BOOST_REQUIRE(document.ok());
  auto rulebooks = testing::LoadTestRulebooks(
      {(testing::SourceDir() / "tests/data/rulebooks/runaway.yaml").string()});
  BOOST_REQUIRE_MESSAGE(rulebooks.ok(), (rulebooks.ok() ? "" : rulebooks.error().message));
  std::vector<Finding> findings = Evaluate(**rulebooks, *document, Outline{}, Facts{});
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(OutcomeName(findings[0].outcome) == "fail");
  BOOST_TEST(findings[0].message.find("rule 'catastrophic-pattern' could not be checked") == 0u,
             findings[0].message);
  BOOST_TEST(findings[0].message.find("runaway.yaml:") != std::string::npos);
}

}  // namespace

// The prefilter may only skip text that cannot match: every literal it
// requires must be in every match.
#include "rules/engine/pattern.h"

namespace {

BOOST_AUTO_TEST_CASE(prefilter_literals_are_certain_parts_of_every_match) {
  using moacheck::rules::RequiredLiterals;
  using Literals = std::vector<std::string>;
  BOOST_TEST((RequiredLiterals("Supervised and directed by ICE") ==
              Literals{"supervised and directed by ice"}));
  BOOST_TEST((RequiredLiterals("detainers? (is|are) mandatory") == Literals{"mandatory"}));
  BOOST_TEST((RequiredLiterals("supervis\\w* and direct|direct\\w* and supervis") ==
              Literals{"and direct", "and supervis"}));
  BOOST_TEST((RequiredLiterals("no more than (?<hours>\\d+) hours") == Literals{"no more than"}));
  BOOST_TEST((RequiredLiterals("hold{1,2}ing") == Literals{"hol"}));
  BOOST_TEST(RequiredLiterals("judicial|\\bho").empty());  // one branch proves nothing
  BOOST_TEST(RequiredLiterals("(task force|tfm) model?").empty() == false);
  BOOST_TEST(RequiredLiterals("(?x) task force").empty());  // spaces do not count
  BOOST_TEST(RequiredLiterals("[a-z]+ (a|b)").empty());
}

}  // namespace
