// Real agreement text edited clause by clause, as a drafter would: each
// edit of a sample's text (samples/NAME.txt, markup turned into the plain
// lines a PDF would give) must flip exactly the fact it changes. Guards
// against values filled from a template instead of read from the text.
#define BOOST_TEST_MODULE facts_edits
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"
#include "test_support.h"

using namespace moacheck;

namespace {

// The sample as plain text (test_support's SamplePlainText).
std::string Sample(const std::string& name) { return testing::SamplePlainText(name); }

// Replaces every `from` (which must occur) by `to`.
std::string Edit(std::string text, const std::string& from, const std::string& to) {
  std::size_t count = 0;
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos;
       at += to.size(), ++count)
    text.replace(at, from.size(), to);
  BOOST_REQUIRE_MESSAGE(count > 0, "edit: '" << from << "' not in the sample text");
  return text;
}

// Deletes from `begin` up to (not including) `end`.
std::string Cut(std::string text, const std::string& begin, const std::string& end) {
  std::size_t from = text.find(begin);
  BOOST_REQUIRE_MESSAGE(from != std::string::npos, "cut: '" << begin << "' not in the sample text");
  std::size_t to = text.find(end, from);
  BOOST_REQUIRE_MESSAGE(to != std::string::npos,
                        "cut: '" << end << "' not after '" << begin << "'");
  return text.erase(from, to - from);
}

Facts FactsOf(const std::string& text) {
  static auto vocabulary = [] {
    auto loaded = LoadVocabulary();
    if (!loaded) BOOST_FAIL("vocabulary: " << loaded.error().message);
    return *loaded;
  }();
  auto document = DocumentFromText(text, "edited.txt", LoadOptions{});
  if (!document.ok()) BOOST_FAIL("edited text: " << document.error().message);
  return ExtractFacts(*document, ParseOutline(*document, testing::BuiltInSectionKinds()),
                      *vocabulary);
}

FactScalar Value(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  return found == facts.scalars.end() ? FactScalar{} : found->second.value;
}

bool HasAuthority(const Facts& facts, const std::string& id) {
  return std::any_of(facts.authorities.begin(), facts.authorities.end(),
                     [&](const FactItem& item) { return item.id == id; });
}

const std::string kJem = "jail-enforcement-2020";
const std::string kTfm = "task-force-2025";

}  // namespace

BOOST_AUTO_TEST_CASE(unedited_text_reads_as_the_sidecar_says) {
  Facts jem = FactsOf(Sample(kJem));
  BOOST_TEST(std::get<double>(Value(jem, "detainer.max_hold_hours")) == 48);
  BOOST_TEST(std::get<double>(Value(jem, "termination.notice_days")) == 90);
  BOOST_TEST(std::get<bool>(Value(jem, "duration.expires")) == false);
  BOOST_TEST(std::get<bool>(Value(jem, "provisions.complaint-procedure")) == true);
  BOOST_TEST(std::get<bool>(Value(jem, "provisions.steering-committee")) == true);
  BOOST_TEST(HasAuthority(jem, "interrogate"));
  BOOST_TEST(std::get<std::string>(Value(jem, "state")) == "AR");
  Facts tfm = FactsOf(Sample(kTfm));
  BOOST_TEST(std::get<bool>(Value(tfm, "provisions.steering-committee")) == false);
}

BOOST_AUTO_TEST_CASE(changed_hold_limit_is_read) {
  Facts facts = FactsOf(
      Edit(Sample(kJem), "for no more than 48 hours", "for no more than seventy-two (72) hours"));
  BOOST_TEST(std::get<double>(Value(facts, "detainer.max_hold_hours")) == 72);
}

BOOST_AUTO_TEST_CASE(changed_termination_notice_is_read) {
  Facts facts = FactsOf(Edit(Sample(kJem), "a 90-day notice", "a 180-day notice"));
  BOOST_TEST(std::get<double>(Value(facts, "termination.notice_days")) == 180);
}

BOOST_AUTO_TEST_CASE(removed_power_is_not_delegated) {
  std::string text = Cut(Sample(kJem), "• The power and authority to interrogate",
                         "• The power and authority to serve and execute warrants of arrest");
  Facts facts = FactsOf(text);
  BOOST_TEST(!HasAuthority(facts, "interrogate"));
  BOOST_TEST(HasAuthority(facts, "serve-arrest-warrants"));
}

BOOST_AUTO_TEST_CASE(expressly_denied_power_is_not_delegated) {
  Facts facts = FactsOf(Edit(Sample(kJem), "• The power and authority to interrogate",
                             "• Participating LEA personnel are not authorized to interrogate"));
  BOOST_TEST(!HasAuthority(facts, "interrogate"));
  BOOST_TEST(HasAuthority(facts, "serve-arrest-warrants"));
}

BOOST_AUTO_TEST_CASE(fixed_term_makes_the_agreement_expire) {
  Facts facts = FactsOf(Edit(
      Sample(kJem), "will remain in effect until either\nparty terminates or suspends the MOA.",
      "will remain in effect for a period of three (3) years from the date of "
      "signature, unless either\nparty terminates or suspends the MOA earlier."));
  BOOST_TEST(std::get<bool>(Value(facts, "duration.expires")) == true);
  BOOST_TEST(std::get<double>(Value(facts, "duration.term_months")) == 36);
}

BOOST_AUTO_TEST_CASE(added_steering_committee_is_found) {
  Facts facts = FactsOf(Edit(Sample(kTfm), "XI. ICE SUPERVISION",
                             "The LEA and ICE will establish a steering committee that will meet "
                             "periodically to review the 287(g) activities under this MOA.\n\n"
                             "XI. ICE SUPERVISION"));
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.steering-committee")) == true);
}

BOOST_AUTO_TEST_CASE(deleted_complaint_procedure_is_absent) {
  Facts facts = FactsOf(Cut(Sample(kJem), "APPENDIX B\nCOMPLAINT PROCEDURE", "APPENDIX C"));
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.complaint-procedure")) == false);
}
