// The agency, agency_kind and state facts on short agreement snippets
// written for these tests: the place appended to the name, blanks and OCR
// splits, each source of the state in its order (explicit mentions, ICE's
// offices, the county table, the LEA's contact and signature lines), and
// the kinds of agency.
#define BOOST_TEST_MODULE facts_parties
#include <boost/test/unit_test.hpp>
#include <string>

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

// A string fact, or "<null>".
std::string Text(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  if (found == facts.scalars.end() || found->second.is_null()) return "<null>";
  return std::get<std::string>(found->second.value);
}

// The 2020 template's parties clause naming `agency`, and `rest` after it.
std::string Agreement(const std::string& agency, const std::string& rest = "") {
  return "I. PARTIES\n"
         "This Memorandum of Agreement (MOA) constitutes an agreement between U.S. Immigration "
         "and Customs Enforcement (ICE), a component of the Department of Homeland Security "
         "(DHS), and the " +
         agency + ", hereinafter the law enforcement agency (LEA).\n" + rest;
}

// The state and the quote of its evidence.
std::pair<std::string, std::string> StateOf(const std::string& text) {
  Facts facts = FactsOf(text);
  const FactValue& state = facts.scalars.at("state");
  if (state.is_null()) return {"<null>", ""};
  BOOST_REQUIRE(!state.evidence.empty());
  return {std::get<std::string>(state.value), state.evidence.front().quote};
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_place_after_the_name_is_dropped_and_names_the_state) {
  Facts facts = FactsOf(Agreement("Seaside Police Department, Holbrook, Arizona"));
  BOOST_TEST(Text(facts, "agency") == "Seaside Police Department");
  BOOST_TEST(Text(facts, "state") == "AZ");
  facts = FactsOf(Agreement("Jasper County Sheriffs Office, SC"));
  BOOST_TEST(Text(facts, "agency") == "Jasper County Sheriffs Office");
  BOOST_TEST(Text(facts, "state") == "SC");
  BOOST_TEST(Text(FactsOf(Agreement("Beaverhead County Montana Sheriffs Office")), "agency") ==
             "Beaverhead County Sheriffs Office");
  // A state that begins the name is part of it.
  BOOST_TEST(Text(FactsOf(Agreement("Nevada Department of Public Safety")), "agency") ==
             "Nevada Department of Public Safety");
}

BOOST_AUTO_TEST_CASE(blanks_splits_and_a_glued_article_are_not_the_name) {
  std::string blank =
      "This Memorandum of Agreement (MOA) constitutes an agreement between United States "
      "Immigration and Customs Enforcement (ICE), a component of the Department of Homeland "
      "Security (DHS), and the____________________,\n"
      "Seaside Police Svs Dept (SPSD) pursuant to which ICE delegates to nominated officers.\n";
  BOOST_TEST(Text(FactsOf(blank), "agency") == "Seaside Police Svs Dept");
  BOOST_TEST(Text(FactsOf(Agreement("Lake County Sherif f's Office")), "agency") ==
             "Lake County Sheriff's Office");
  BOOST_TEST(Text(FactsOf(Agreement("Lake County Sheriff' s Office")), "agency") ==
             "Lake County Sheriff's Office");
  std::string glued =
      "Security (DHS), and theSeaside Police Department, pursuant to which ICE delegates.\n";
  BOOST_TEST(Text(FactsOf("Immigration and Customs Enforcement (ICE), a component of the "
                          "Department of Homeland " +
                          glued),
                  "agency") == "Seaside Police Department");
}

BOOST_AUTO_TEST_CASE(a_name_typed_below_the_blank_is_read_where_it_landed) {
  std::string text =
      "This Memorandum of Agreement (MOA) constitutes an agreement between United States "
      "Immigration and Customs Enforcement (ICE), a component of the Department of Homeland "
      "Security (DHS), and the____________________, pursuant to which ICE delegates to "
      "nominated,\nVillage of Seaside, Department of Public Safety; Florida\n"
      "trained, and certified officers or employees of the Village (hereinafter the LEA).\n";
  Facts facts = FactsOf(text);
  BOOST_TEST(Text(facts, "agency") == "Village of Seaside, Department of Public Safety");
  BOOST_TEST(Text(facts, "agency_kind") == "municipal-police");
  BOOST_TEST(Text(facts, "state") == "FL");
}

BOOST_AUTO_TEST_CASE(a_county_name_lost_to_ocr_is_taken_from_the_repeated_name) {
  std::string text = Agreement("County Sheriff's Office",
                               "The Lake County Sheriff's Office shall provide space.\n"
                               "For the LEA: Lake County Sheriff's Office\n");
  BOOST_TEST(Text(FactsOf(text), "agency") == "Lake County Sheriff's Office");
}

BOOST_AUTO_TEST_CASE(ice_offices_narrow_a_county_name_several_states_share) {
  // Lake County: a dozen states; Salt Lake City's region has one of them.
  auto [state, quote] =
      StateOf(Agreement("Lake County Sheriff's Office",
                        "The ICE Field Office Director (FOD) in Salt Lake City will provide "
                        "the authorization letter.\n"));
  BOOST_TEST(state == "MT");
  BOOST_TEST(quote.find("Salt Lake City") != std::string::npos);
  BOOST_TEST(Text(FactsOf(Agreement("Lake County Sheriff's Office")), "state") == "<null>");
  // Jasper County is in GA and SC, both in the Atlanta office's region:
  // the office's own state, unless the agreement names the state.
  const std::string atlanta =
      "ICE Office of the Chief Counsel at 100 Peachtree St., Atlanta, GA 30303. The\n";
  BOOST_TEST(StateOf(Agreement("Jasper County Sheriff's Office", atlanta)).first == "GA");
  BOOST_TEST(StateOf(Agreement("Jasper County Sheriff's Office, SC", atlanta)).first == "SC");
  // An office never overrides a county only one state has.
  BOOST_TEST(StateOf(Agreement("Beaverhead County Sheriff's Office", atlanta)).first == "MT");
}

BOOST_AUTO_TEST_CASE(a_city_police_department_is_placed_by_the_field_office_alone) {
  auto [state, quote] = StateOf(Agreement("Seaside Police Department",
                                          "For the LEA: Chief of Police\n"
                                          "For DHS: Miami Field Office Director\n"));
  BOOST_TEST(state == "FL");
  BOOST_TEST(quote.find("Miami") != std::string::npos);
  BOOST_TEST(StateOf(Agreement("Seaside Police Department")).first == "<null>");
  // ICE's headquarters is in every agreement and places no one.
  BOOST_TEST(StateOf(Agreement("Seaside Police Department",
                               "For ICE:\nU.S. Immigration and Customs Enforcement\n"
                               "Washington, DC 20536\n"))
                 .first == "<null>");
}

BOOST_AUTO_TEST_CASE(the_leas_phone_and_titles_narrow_what_is_left) {
  auto [state, quote] = StateOf(Agreement("Hamilton County Sheriff's Office",
                                          "For the LEA:\nPat Doe\n(352) 555-0100\n"
                                          "For ICE:\nWashington, DC 20536\n202-555-0100\n"));
  BOOST_TEST(state == "FL");
  BOOST_TEST(quote.find("352") != std::string::npos);
  // An ICE number is not the LEA's.
  BOOST_TEST(StateOf(Agreement("Hamilton County Sheriff's Office",
                               "For ICE:\nPublic Affairs\n352-555-0100\n"))
                 .first == "<null>");
  BOOST_TEST(
      StateOf(Agreement("Grant County Detention Center", "For the LEA: Jailer Pat Doe\nFor DHS:\n"))
          .first == "KY");
}

BOOST_AUTO_TEST_CASE(addresses_with_a_period_after_the_state_count) {
  BOOST_TEST(StateOf(Agreement("Seaside Police Department",
                               "For the LEA:\n12 Main St.\nSeaside, FL. 33000\n"))
                 .first == "FL");
}

BOOST_AUTO_TEST_CASE(an_address_where_the_county_does_not_exist_is_a_disagreement) {
  BOOST_TEST(StateOf(Agreement("Beaverhead County Sheriff's Office",
                               "For the LEA:\n12 Main St.\nSeaside, OR 97000\n"))
                 .first == "<null>");
  BOOST_TEST(StateOf(Agreement("Beaverhead County Sheriff's Office",
                               "For the LEA:\n12 Main St.\nDillon, MT 59725\n"))
                 .first == "MT");
}

BOOST_AUTO_TEST_CASE(agency_kind_from_the_name) {
  for (auto [name, kind] : {std::pair{"Lake County Sheriff's Office", "sheriff"},
                            {"Grant County Detention Center", "corrections"},
                            {"Nevada Department of Corrections", "corrections"},
                            {"Seaside Police Department", "municipal-police"},
                            {"Village of Seaside, Department of Public Safety", "municipal-police"},
                            {"Virginia Beach Police Department", "municipal-police"},
                            {"Nevada Highway Patrol", "state-agency"},
                            {"Nevada Department of Public Safety", "state-agency"},
                            {"Oregon State Police", "state-agency"},
                            {"Office of the Nevada Attorney General", "attorney-general"},
                            {"Nevada National Guard", "national-guard"},
                            {"Seaside Township Constable Office", "other"}}) {
    Facts facts = FactsOf(Agreement(name));
    BOOST_TEST(Text(facts, "agency_kind") == kind, name);
    BOOST_TEST(!facts.scalars.at("agency_kind").evidence.empty(), name);
  }
  BOOST_TEST(Text(FactsOf("No parties are named here.\n"), "agency_kind") == "<null>");
}

BOOST_AUTO_TEST_CASE(a_county_named_like_an_office_city_is_no_office) {
  // Dallas County (AL, AR, IA, MO, TX) is not ICE's Dallas office (OK, TX):
  // New Orleans' region leaves AL and AR open.
  BOOST_TEST(StateOf(Agreement("Dallas County Sheriff's Office",
                               "The Dallas County Sheriff's Office and the FOD shall meet.\n"
                               "For DHS: New Orleans Field Office Director\n"))
                 .first == "<null>");
  // Either spelling of an office with two.
  BOOST_TEST(StateOf(Agreement("Seaside Police Department",
                               "For DHS: Saint Louis Field Office Director\n"))
                 .first == "MO");
  BOOST_TEST(
      StateOf(Agreement("Seaside Police Department", "For DHS: St. Louis Field Office\n")).first ==
      "MO");
}

BOOST_AUTO_TEST_CASE(a_passing_mention_of_another_state_does_not_undo_the_county) {
  BOOST_TEST(StateOf(Agreement("Beaverhead County Sheriff's Office",
                               "Training is held at the academy in Glynco, GA 31524.\n"))
                 .first == "MT");
}
