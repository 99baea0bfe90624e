// moacheck diff on real agreement pairs from ../shared/corpus (skipped when
// the corpus is absent): one agency across models, and two agencies' copies
// of one template.
#define BOOST_TEST_MODULE diff_corpus
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "moacheck/diff.h"
#include "test_support.h"

namespace {

using moacheck::AgreementDiff;
using moacheck::CheckOptions;
using moacheck::FactChange;

AgreementDiff DiffCorpus(const std::string& old_name, const std::string& new_name) {
  auto dir = moacheck::testing::CorpusDir();
  const moacheck::CheckContext& context = moacheck::testing::BuiltInContext();
  auto old_side = moacheck::LoadDiffSide((dir / old_name).string(), CheckOptions{}, context);
  auto new_side = moacheck::LoadDiffSide((dir / new_name).string(), CheckOptions{}, context);
  BOOST_TEST_REQUIRE(old_side.ok(), old_name);
  BOOST_TEST_REQUIRE(new_side.ok(), new_name);
  BOOST_TEST_REQUIRE(
      moacheck::EvaluateBothSides(*old_side, *new_side, CheckOptions{}, context).ok());
  return moacheck::DiffAgreements(*old_side, *new_side, context.vocabulary());
}

bool HasFact(const AgreementDiff& diff, const std::string& fact, FactChange::Kind kind,
             const std::string& value = "") {
  return std::any_of(diff.facts.begin(), diff.facts.end(), [&](const FactChange& change) {
    return change.fact == fact && change.kind == kind &&
           (value.empty() || change.new_value == value || change.old_value == value);
  });
}

}  // namespace

BOOST_AUTO_TEST_CASE(hernando_jail_2020_to_task_force_2025, MOACHECK_NEEDS_CORPUS) {
  auto diff =
      DiffCorpus("2020-jem-hernando-county-so-fl.pdf", "2025-tfm-hernando-county-so-fl.pdf");
  BOOST_TEST(HasFact(diff, "authorities", FactChange::Kind::kAdded, "arrest-without-warrant"),
             "Hernando 2025 TFM: new warrantless arrest power not reported");
  BOOST_TEST(HasFact(diff, "provisions.steering-committee", FactChange::Kind::kRemoved),
             "Hernando 2025 TFM: dropped steering committee not reported");
  BOOST_TEST(diff.facts.front().fact == "authorities");
  BOOST_TEST(!diff.same_template_text);
  // 2020 IV.F ICE SUPERVISION is 2025 XI. ICE SUPERVISION.
  bool supervision_aligned =
      std::any_of(diff.sections.begin(), diff.sections.end(), [](const auto& s) {
        return s.old_section && s.new_section && s.old_section->path == "IV.F" &&
               s.new_section->path == "XI";
      });
  BOOST_TEST(supervision_aligned);
}

BOOST_AUTO_TEST_CASE(two_agencies_of_the_2020_jail_template_differ_only_in_names,
                     MOACHECK_NEEDS_CORPUS) {
  // Checked by reading both texts: the wording is the same; agency names,
  // signatures, dates, contacts and OCR misreadings differ.
  auto diff = DiffCorpus("2020-jem-hernando-county-so-fl.pdf", "2020-jem-jacksonville-so-fl.pdf");
  BOOST_TEST(diff.same_template_text, diff.summary);
  BOOST_TEST(diff.summary == "Same template text; only agency names, dates and signatures differ");
  BOOST_TEST(diff.identity_changes > 0);
  std::string text = moacheck::RenderDiff(diff, moacheck::ReportFormat::kText);
  BOOST_TEST(text.find("Wording changes") == std::string::npos, text);
}
