// Signature dates (`signed`): each date given to the party whose column or
// block it stands in, never the other's; stamps OCR garbled; addendum
// signatures marked as such. Layouts as ICE's templates print them: 2019
// date stamps over side-by-side blocks, 2020 digital stamps beside "Date:"
// lines, 2025 "For the LEA: / For ICE:" columns.
#define BOOST_TEST_MODULE facts_signatures
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "moacheck/document.h"
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

// "party date part" of each signature, sorted.
std::set<std::string> Signed(const Facts& facts) {
  std::set<std::string> out;
  for (const Signature& signature : facts.signed_)
    out.insert(signature.party + " " + signature.date + " " + signature.part);
  return out;
}

std::string Show(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "[" + item + "] ";
  return out;
}

const std::string kBySigning =
    "VIII. EFFECTIVE DATE AND TERMINATION OF THIS MOA\n"
    "This MOA becomes effective upon signature of both parties.\n"
    "By signing this MOA, each party represents it is fully authorized to enter into this MOA.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(side_by_side_columns_give_each_date_to_its_column) {
  Facts facts =
      FactsOf(kBySigning +
              "For the LEA:                                       For ICE:\n"
              "                                                       March 3, 2025\n"
              "Date: 02/27/2025                                   Date:\n"
              "Signature:                                         Signature:\n"
              "Title: Sheriff                                     Title: Acting Director\n");
  std::set<std::string> want = {"lea 2025-02-27 agreement", "ice 2025-03-03 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}

BOOST_AUTO_TEST_CASE(unreadable_lea_date_does_not_pass_ice_date_to_the_lea) {
  // OCR squeezed both columns into one line and garbled the LEA's
  // handwriting; the title line only names the LEA's side legibly.
  Facts facts = FactsOf(kBySigning +
                        "For the LEA: For ICE:\n"
                        "Date: : (\\S\\DAR_ Date: February 24, 2025\n"
                        "Signature: jy | Signature: 4 Ge __\n"
                        "Title: Sheriff / Title: cting Dircctor\n");
  std::set<std::string> want = {"ice 2025-02-24 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}

BOOST_AUTO_TEST_CASE(digital_stamp_left_and_handwritten_date_right) {
  // The stamp lost its century to OCR; the titles below name both columns.
  Facts facts = FactsOf(kBySigning +
                        "Date:   JOHN Q       Digitallysignedby JOHN Q\n"
                        "        PUBLIC       ~~~020.06.0914:37:04              Date:     7/16/20\n"
                        "J. Q. Public                                           Robert Roe\n"
                        "Assistant Director, Enforcement                        Sheriff\n"
                        "Enforcement and Removal Operations                     Example County\n");
  std::set<std::string> want = {"ice 2020-06-09 agreement", "lea 2020-07-16 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}

BOOST_AUTO_TEST_CASE(right_column_date_goes_to_the_right_column_title) {
  // The nearest line naming one party alone is the left (ICE) column's; the
  // date stands in the right one.
  Facts facts = FactsOf(kBySigning +
                        "Date: _______                                   Date:     5/4/20\n"
                        "John Q. Public                                  Robert Roe\n"
                        "Executive Associate Director                    Deputy Commissioner\n"
                        "U.S. Immigration and Customs Enforcement\n");
  std::set<std::string> want = {"lea 2020-05-04 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}

BOOST_AUTO_TEST_CASE(date_stamp_with_split_day_is_read) {
  Facts facts = FactsOf(kBySigning +
                        "            NOV 1 2 2019\n"
                        "Date:\n"
                        "        -----------                Date: _ _ 0__,/_ / _/ 1\n"
                        "John Q. Public                     Robert Roe\n"
                        "Acting Executive Associate Director         Sheriff, Example County\n");
  std::set<std::string> want = {"ice 2019-11-12 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}

BOOST_AUTO_TEST_CASE(addendum_signatures_are_kept_and_marked) {
  Facts facts = FactsOf(kBySigning +
                        "Date: 2020.06.09 09:22:05 -04'00'\n"
                        "Digitally signed by JOHN Q PUBLIC\n"
                        "Assistant Director, Enforcement\n"
                        "\f"
                        "ADDENDUM TO MODIFY MEMORANDUM OF AGREEMENT\n"
                        "The parties agree to amend the MOA as follows.\n"
                        "By signing this addendum, each party represents it is fully authorized.\n"
                        "JANE DOE     Digitally signed by JANE DOE\n"
                        "             Date: 2020.07.16 10:46:26 -04'00'\n"
                        "Executive Associate Director\n"
                        "Enforcement and Removal Operations\n"
                        "U.S. Immigration and Customs Enforcement\n");
  std::set<std::string> want = {"ice 2020-06-09 agreement", "ice 2020-07-16 addendum"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
  nlohmann::json json = FactsToJson(facts);
  BOOST_REQUIRE(json["signed"].size() == 2u);
  BOOST_TEST(json["signed"][1]["part"] == "addendum");
  BOOST_TEST(json["signed"][1]["evidence"][0]["page"] == 2);
}

BOOST_AUTO_TEST_CASE(revision_footer_beside_a_signature_is_not_a_signature) {
  Facts facts = FactsOf(kBySigning +
                        "For the LEA:                                       For ICE:\n"
                        "Date: February 14, 2025                            Date:\n"
                        "Title: Sheriff                     Revised 02/12/2025\n");
  std::set<std::string> want = {"lea 2025-02-14 agreement"};
  BOOST_TEST(Signed(facts) == want, Show(Signed(facts)));
}
