// The default rulebooks on the labeled real agreements (../shared/corpus):
// no error-level finding may say the opposite of the hand-made labels (a
// 48-hour hold reported as over 48 hours, a complaint procedure that is there
// reported missing, ...). Every error-level rule must say which label speaks
// to it, or that none does, so a new error rule cannot slip past this test.
// Skips cleanly when the corpus is absent.
#define BOOST_TEST_MODULE rulebooks_corpus
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "moacheck/batch.h"
#include "moacheck/check.h"
#include "moacheck/rules.h"
#include "test_support.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// True when the label says the agreement complies with the rule, so an
// error-level fail or missing finding contradicts it.
using LabelSaysCompliant = std::function<bool(const json& label)>;

bool Provision(const json& label, const std::string& id) {
  return label["provisions"].value(id, false);
}

bool HasAuthority(const json& label, const std::string& id) {
  for (const auto& item : label["authorities"]) {
    if (item.get<std::string>() == id) return true;
  }
  return false;
}

bool LabelState(const json& label, const std::string& code) {
  return label["state"].is_string() && label["state"].get<std::string>() == code;
}

// Rules the labels cannot speak to map to nullptr.
const std::map<std::string, LabelSaysCompliant>& Contradictions() {
  static const std::map<std::string, LabelSaysCompliant> table = {
      {"stat-written-agreement", [](const json& l) { return !l["signed"].empty(); }},
      {"stat-knowledge-of-federal-law", nullptr},
      {"stat-training-certification", nullptr},
      {"stat-training-before-authority", nullptr},
      {"stat-direction-supervision",
       [](const json& l) { return l["supervision"].value("ice_directed", false); }},
      {"stat-specific-powers", [](const json& l) { return !l["authorities"].empty(); }},
      {"stat-supervising-position",
       [](const json& l) { return l["supervision"]["supervisor_position"].is_string(); }},
      {"stat-federal-employee-ftca-only",
       [](const json& l) { return Provision(l, "liability-ftca"); }},
      {"det-48h-cap",
       [](const json& l) {
         const json& hold = l["detainer"]["max_hold_hours"];
         return hold.is_null() || hold.get<double>() <= 48;
       }},
      {"tpl-complaint-procedure",
       [](const json& l) { return Provision(l, "complaint-procedure"); }},
      {"tpl-termination-terms",
       [](const json& l) { return !l["termination"]["notice_days"].is_null(); }},
      {"jem-jail-only",
       [](const json& l) {
         return !HasAuthority(l, "arrest-without-warrant") &&
                !HasAuthority(l, "arrest-felony-without-warrant");
       }},
      {"wso-two-warrant-powers-only",
       [](const json& l) {
         for (const auto& item : l["authorities"]) {
           std::string id = item.get<std::string>();
           if (id != "serve-arrest-warrants" && id != "serve-removal-warrants") return false;
         }
         return true;
       }},
      {"wso-jail-at-release", nullptr},
      // State rules apply only in their state: firing elsewhere contradicts
      // the labeled state.
      {"ca-287g-prohibited", [](const json& l) { return !LabelState(l, "CA"); }},
      {"ca-no-hold-requests", [](const json& l) { return !LabelState(l, "CA"); }},
      {"ca-no-civil-warrant-arrests", [](const json& l) { return !LabelState(l, "CA"); }},
      {"ca-no-dedicated-office-space", [](const json& l) { return !LabelState(l, "CA"); }},
      {"il-287g-prohibited", [](const json& l) { return !LabelState(l, "IL"); }},
      {"il-no-detainer-holds", [](const json& l) { return !LabelState(l, "IL"); }},
      {"wa-no-civil-immigration-agreements", [](const json& l) { return !LabelState(l, "WA"); }},
      {"wa-no-hold-requests", [](const json& l) { return !LabelState(l, "WA"); }},
      {"or-287g-prohibited", [](const json& l) { return !LabelState(l, "OR"); }},
      {"nj-287g-prohibited", [](const json& l) { return !LabelState(l, "NJ"); }},
      {"ny-287g-prohibited", [](const json& l) { return !LabelState(l, "NY"); }},
      {"ny-no-detainer-arrest-authority", [](const json& l) { return !LabelState(l, "NY"); }},
      {"ma-no-detainer-arrest-authority", [](const json& l) { return !LabelState(l, "MA"); }},
      {"co-no-detainer-holds", [](const json& l) { return !LabelState(l, "CO"); }},
      {"vt-governor-approval", [](const json& l) { return !LabelState(l, "VT"); }},
  };
  return table;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_error_rule_states_its_label) {
  std::vector<std::string> packs = moacheck::ShippedPacks();
  packs.erase(std::remove(packs.begin(), packs.end(), "example"), packs.end());
  auto books = moacheck::testing::LoadTestRulebooks(packs);
  if (!books) BOOST_FAIL(books.error().message);
  for (const moacheck::RuleSummary& rule : (*books)->Rules()) {
    if (rule.severity != moacheck::Severity::kError) continue;
    BOOST_CHECK_MESSAGE(Contradictions().count(rule.id) == 1,
                        rule.id << " (" << rule.origin
                                << ") is error-level but tests/rulebooks_corpus_test.cc does not "
                                   "say which label contradicts it (nullptr if none)");
  }
}

BOOST_AUTO_TEST_CASE(no_error_finding_contradicts_the_labels, MOACHECK_NEEDS_CORPUS) {
  std::vector<fs::path> pdfs = moacheck::testing::CorpusPdfs();
  std::vector<std::string> paths;
  for (const fs::path& pdf : pdfs) paths.push_back(pdf.string());
  moacheck::CheckOptions options;  // the default packs for each agreement
  auto results = moacheck::CheckFiles(paths, options, /*jobs=*/2);
  if (!results) BOOST_FAIL(results.error().message);

  int compared = 0;
  for (const moacheck::CheckResult& result : *results) {
    fs::path label_path = fs::path(result.file).replace_extension(".json");
    if (!fs::exists(label_path)) continue;
    BOOST_REQUIRE_MESSAGE(result.ok, result.file << ": " << result.error.message);
    json label = json::parse(moacheck::testing::ReadFile(label_path));
    ++compared;
    for (const moacheck::Finding& finding : result.findings) {
      bool raised = finding.outcome == moacheck::Outcome::kFail ||
                    finding.outcome == moacheck::Outcome::kMissing;
      if (!raised || finding.severity != moacheck::Severity::kError) continue;
      auto entry = Contradictions().find(finding.rule);
      if (entry == Contradictions().end() || !entry->second) continue;
      BOOST_CHECK_MESSAGE(!entry->second(label), label_path.filename().string()
                                                     << ": error '" << finding.rule << "' ("
                                                     << finding.message
                                                     << ") contradicts the label");
    }
  }
  BOOST_TEST_MESSAGE("compared " << compared << " labeled agreements");
  BOOST_TEST(compared > 0);
}
