// Termination per side (termination.by_lea, termination.by_ice) and the
// notice (termination.notice_days), read from the agreement's termination
// section only, in the wordings of ICE's templates and their variants; and
// the hold limit read past one OCR-garbled word.
#define BOOST_TEST_MODULE facts_termination
#include <boost/test/unit_test.hpp>

#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"
#include "test_support.h"

using namespace moacheck;

namespace {

const Vocabulary& Vocab() {
  static auto vocabulary = [] {
    auto loaded = LoadVocabulary();
    if (!loaded) BOOST_FAIL("vocabulary: " << loaded.error().message);
    return *loaded;
  }();
  return *vocabulary;
}

Facts FactsOf(const std::string& text) {
  auto document = DocumentFromText(text, "snippet.txt", LoadOptions{});
  if (!document.ok()) BOOST_FAIL("snippet: " << document.error().message);
  return ExtractFacts(*document, ParseOutline(*document, testing::BuiltInSectionKinds()), Vocab());
}

const FactValue& Fact(const Facts& facts, const std::string& name) {
  static const FactValue kMissing;
  auto found = facts.scalars.find(name);
  return found == facts.scalars.end() ? kMissing : found->second;
}

// The number a fact holds, or -1 when it is null (so a failure prints it).
double Days(const Facts& facts, const std::string& name) {
  const FactValue& value = Fact(facts, name);
  return value.is_null() ? -1 : std::get<double>(value.value);
}

std::string SectionOf(const Facts& facts, const std::string& name) {
  const FactValue& value = Fact(facts, name);
  return value.evidence.empty() ? "" : value.evidence[0].section;
}

// The body of a few sections before the termination one, with a clause on
// officers leaving the program that also speaks of termination and notice.
const std::string kBefore =
    "I. PURPOSE\n"
    "This MOA sets out the terms under which ICE delegates immigration officer functions.\n"
    "II. CERTIFICATION AND AUTHORIZATION\n"
    "Credentials shall be returned to ICE upon termination of this agreement, or when an officer "
    "ceases participation; the LEA shall give ICE 120 days' notice of the termination of an "
    "officer's participation.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(either_party_on_written_notice_counts_for_both_sides) {
  Facts facts = FactsOf(
      kBefore +
      "III. EFFECTIVE DATE AND TERMINATION OF THIS MOA\n"
      "This MOA becomes effective upon signature of both parties and will remain in effect until\n"
      "either party, upon 60-day written notice to the other party, provides notice of "
      "termination\n"
      "of the MOA. A termination notice by ICE shall be delivered by certified mail to the POC of\n"
      "the LEA and termination shall take effect 60-days after receipt of such notice. Notice of\n"
      "termination by the LEA shall be given to the FOD and termination shall take effect 60-days\n"
      "after receipt of such notice.\n");
  BOOST_TEST(Days(facts, "termination.by_lea") == 60);
  BOOST_TEST(Days(facts, "termination.by_ice") == 60);
  BOOST_TEST(Days(facts, "termination.notice_days") == 60);  // not the officer clause's 120
  BOOST_TEST(SectionOf(facts, "termination.notice_days") == "III");
  BOOST_TEST(SectionOf(facts, "termination.by_lea") == "III");
}

BOOST_AUTO_TEST_CASE(lea_writing_to_the_field_office_states_no_days_and_ice_gives_its_own) {
  Facts facts = FactsOf(
      kBefore +
      "III. EFFECTIVE DATE, SUSPENSION, AND TERMINATION OF THIS MOA\n"
      "This MOA becomes effective upon signature of both parties and will remain in effect until\n"
      "either party terminates or suspends the MOA. Termination by the LEA shall be provided, in\n"
      "writing, to the local Field Office.\n"
      "ICE may elect to immediately suspend the MOA pending investigation of misconduct.\n"
      "IfICE decides to move from suspension to termination, ICE will provide the LEA a 90-day\n"
      "notice in advance of the partnership being terminated.\n");
  BOOST_TEST(Days(facts, "termination.by_lea") == -1);  // in writing, but no time stated
  BOOST_TEST(Days(facts, "termination.by_ice") == 90);
  BOOST_TEST(Days(facts, "termination.notice_days") == 90);
  BOOST_TEST(Fact(facts, "termination.by_lea").evidence.empty());
}

BOOST_AUTO_TEST_CASE(termination_effective_immediately_upon_receipt_is_zero_days) {
  Facts facts = FactsOf(
      kBefore +
      "III. MODIFICATIONS/TERMINATION\n"
      "Termination by the LEA shall be effective immediately upon receipt of written notice by "
      "the\n"
      "Field Office Director. ICE may terminate this MOA upon thirty (30) days' written notice to\n"
      "the LEA.\n");
  BOOST_TEST(Days(facts, "termination.by_lea") == 0);
  BOOST_TEST(Days(facts, "termination.by_ice") == 30);
  BOOST_TEST(Days(facts, "termination.notice_days") == 30);
  BOOST_TEST(Fact(facts, "termination.by_lea").evidence.size() == 1u);
}

BOOST_AUTO_TEST_CASE(who_receives_the_notice_says_who_gives_it) {
  Facts facts = FactsOf(
      "VIII. TERMINATION\n"
      "A notice of termination shall be delivered by registered mail to the point of contact of\n"
      "the Sheriff's Office, and termination shall take effect 45 days after its receipt.\n"
      "A notice of termination given to the FOD shall take effect 15 days after its receipt.\n");
  BOOST_TEST(Days(facts, "termination.by_ice") == 45);
  BOOST_TEST(Days(facts, "termination.by_lea") == 15);
  BOOST_TEST(Days(facts, "termination.notice_days") == 45);
}

BOOST_AUTO_TEST_CASE(a_side_the_agreement_does_not_name_is_null) {
  Facts facts = FactsOf(
      "VIII. TERMINATION\n"
      "This agreement may be terminated upon 30 days written notice.\n");
  BOOST_TEST(Days(facts, "termination.notice_days") == 30);
  BOOST_TEST(Days(facts, "termination.by_lea") == -1);
  BOOST_TEST(Days(facts, "termination.by_ice") == -1);
}

BOOST_AUTO_TEST_CASE(hold_limit_read_past_one_garbled_word) {
  Facts facts = FactsOf(
      "APPENDIX A\n"
      "Upon transfer of custody, the alien will continue to be held in the LEA's jail for no\n"
      "rnorc , : 72 pours unless there exists an agreement for a reimbursable fee.\n");
  BOOST_TEST(Days(facts, "detainer.max_hold_hours") == 72);
  BOOST_TEST(std::get<bool>(Fact(facts, "detainer.excludes_weekends_holidays").value) == false);
}

BOOST_AUTO_TEST_CASE(hold_limit_is_not_invented_from_more_noise_or_other_units) {
  // Three lost words are more than one unreadable word.
  Facts lost =
      FactsOf("APPENDIX A\nThe alien will be held in the jail for no xq zr wv 72 hours.\n");
  BOOST_TEST(Days(lost, "detainer.max_hold_hours") == -1);
  // The number must be followed by an hour word, misread or not.
  Facts other =
      FactsOf("APPENDIX A\nThe alien will be held in the jail for no motp , : 72 peoples.\n");
  BOOST_TEST(Days(other, "detainer.max_hold_hours") == -1);
}
