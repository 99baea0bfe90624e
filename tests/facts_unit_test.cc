// Each extractor on short agreement snippets: the spec's traps (complaint
// and revocation deadlines are not hold limits, denied powers are not
// delegated, unstated values are null), number words and units, and
// OCR-garbled wording.
#define BOOST_TEST_MODULE facts_unit
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "common/regex.h"
#include "facts/numbers.h"
#include "facts/ocr_pattern.h"
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

FactScalar Value(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  return found == facts.scalars.end() ? FactScalar{} : found->second.value;
}

double Number(const Facts& facts, const std::string& name) {
  FactScalar value = Value(facts, name);
  BOOST_REQUIRE_MESSAGE(std::holds_alternative<double>(value), name << " is not a number");
  return std::get<double>(value);
}

bool IsNull(const Facts& facts, const std::string& name) {
  return std::holds_alternative<std::monostate>(Value(facts, name));
}

bool HasAuthority(const Facts& facts, const std::string& id) {
  return std::any_of(facts.authorities.begin(), facts.authorities.end(),
                     [&](const FactItem& item) { return item.id == id; });
}

}  // namespace

BOOST_AUTO_TEST_CASE(number_words_and_digits) {
  using facts::ParseNumber;
  BOOST_TEST(*ParseNumber("forty-eight (48)") == 48);
  BOOST_TEST(*ParseNumber("ninety (90)") == 90);
  BOOST_TEST(*ParseNumber("two") == 2);
  BOOST_TEST(*ParseNumber("fourteen") == 14);
  BOOST_TEST(*ParseNumber("seventy two") == 72);
  BOOST_TEST(*ParseNumber("forty-eight (24)") == 24);  // the digits are what a drafter edits
  BOOST_TEST(!ParseNumber("several").has_value());
}

BOOST_AUTO_TEST_CASE(hold_limit_read_in_custody_context_with_number_words) {
  Facts facts = FactsOf(
      "Upon transfer of the alien's custody to ICE, the alien will continue to be held in the "
      "LEA's jail for no more than seventy-two (72) hours, excluding Saturdays, Sundays, and "
      "holidays.\n");
  BOOST_TEST(Number(facts, "detainer.max_hold_hours") == 72);
  BOOST_TEST(std::get<bool>(Value(facts, "detainer.excludes_weekends_holidays")) == true);
  BOOST_TEST(!facts.scalars.at("detainer.max_hold_hours").evidence.empty());
  BOOST_TEST(facts.scalars.at("detainer.max_hold_hours").evidence[0].page == 1);
}

BOOST_AUTO_TEST_CASE(hold_limit_in_days_is_converted_to_hours) {
  Facts facts =
      FactsOf("The LEA may detain the alien for no more than two days after the release date.\n");
  BOOST_TEST(Number(facts, "detainer.max_hold_hours") == 48);
  BOOST_TEST(std::get<bool>(Value(facts, "detainer.excludes_weekends_holidays")) == false);
}

BOOST_AUTO_TEST_CASE(trap_complaint_and_revocation_deadlines_are_not_hold_limits) {
  Facts facts = FactsOf(
      "The LEA shall make timely notification to an ICE officer within 48 hours of the LEA "
      "receiving notice of the complaint or allegation, excluding weekends.\n"
      "Such revocation will require notification to the other party to this MOA within 48 hours.\n"
      "Participating LEA personnel must notify ICE of any immigration detainer issued as soon as "
      "possible, but no longer than approximately 24 hours.\n");
  BOOST_TEST(IsNull(facts, "detainer.max_hold_hours"));
  BOOST_TEST(IsNull(facts, "detainer.excludes_weekends_holidays"));
}

BOOST_AUTO_TEST_CASE(listed_powers_are_delegated) {
  Facts facts = FactsOf(
      "Participating LEA personnel are delegated only those authorities listed below:\n"
      "• The power and authority to interrogate any alien as to his right to be or remain in the "
      "United States;\n"
      "• The power and authority to serve and execute warrants of arrest for immigration "
      "violations;\n"
      "• The power and authority to issue immigration detainers and I-213;\n");
  BOOST_TEST(HasAuthority(facts, "interrogate"));
  BOOST_TEST(HasAuthority(facts, "serve-arrest-warrants"));
  BOOST_TEST(HasAuthority(facts, "issue-detainers"));
  BOOST_TEST(!HasAuthority(facts, "arrest-without-warrant"));
  BOOST_TEST(!HasAuthority(facts, "serve-removal-warrants"));
}

BOOST_AUTO_TEST_CASE(trap_denied_powers_are_not_delegated) {
  Facts facts = FactsOf(
      "The power and authority to serve warrants of removal on designated aliens.\n"
      "Participating LEA personnel are not authorized to arrest without a warrant any alien.\n"
      "ICE does not delegate the power and authority to issue immigration detainers.\n");
  BOOST_TEST(HasAuthority(facts, "serve-removal-warrants"));
  BOOST_TEST(!HasAuthority(facts, "arrest-without-warrant"));
  BOOST_TEST(!HasAuthority(facts, "issue-detainers"));
}

BOOST_AUTO_TEST_CASE(trap_denial_in_lead_in_reaches_every_item) {
  Facts facts = FactsOf(
      "Participating LEA personnel are not authorized to perform the following functions:\n"
      "• The power and authority to interrogate any alien;\n"
      "• The power and authority to administer oaths and to take and consider evidence.\n");
  BOOST_TEST(!HasAuthority(facts, "interrogate"));
  BOOST_TEST(!HasAuthority(facts, "administer-oaths"));
}

BOOST_AUTO_TEST_CASE(ocr_garbled_functions_are_still_read) {
  Facts facts = FactsOf(
      "• The power and authority to prepare charling documenbl, 8 U.S.C. 1229;\n"
      "• The power and authority to issue immigration derainers, 8 C.F.R. 287.7;\n"
      "• The power and authority to serve and execute warrants ofarrest for immigration "
      "violations;\n");
  BOOST_TEST(HasAuthority(facts, "prepare-charging-documents"));
  BOOST_TEST(HasAuthority(facts, "issue-detainers"));
  BOOST_TEST(HasAuthority(facts, "serve-arrest-warrants"));
}

BOOST_AUTO_TEST_CASE(ocr_tolerant_pattern_keeps_groups_and_matches_confusions) {
  std::string pattern = facts::OcrTolerantPattern("(?<verb>perform) the terms");
  auto regex = Regex::Compile(pattern);
  BOOST_REQUIRE(regex.ok());
  BOOST_TEST(regex->NamedGroup("verb") >= 0);
  BOOST_TEST(regex->Find("shall perfonn the te1ms"));
  BOOST_TEST(regex->Find("shall perform the terms"));
  BOOST_TEST(!regex->Find("shall review the budget"));
}

BOOST_AUTO_TEST_CASE(training_lengths_and_refresher_intervals) {
  Facts weeks = FactsOf(
      "Nominees must complete a two (2) week training course provided by ICE.\n"
      "Refresher training will be completed every two years.\n");
  BOOST_TEST(Number(weeks, "training.initial_hours") == 80);
  BOOST_TEST(Number(weeks, "training.refresher_months") == 24);
  Facts days = FactsOf(
      "The initial training will consist of five days of instruction.\n"
      "Approximately one year after the participating LEA personnel are trained "
      "and certified, ICE may provide additional updated training.\n");
  BOOST_TEST(Number(days, "training.initial_hours") == 40);
  BOOST_TEST(Number(days, "training.refresher_months") == 12);
  Facts none = FactsOf("Participating LEA personnel must complete training provided by ICE.\n");
  BOOST_TEST(IsNull(none, "training.initial_hours"));
  BOOST_TEST(IsNull(none, "training.refresher_months"));
}

BOOST_AUTO_TEST_CASE(authorization_term_and_open_ended_authorization) {
  Facts fixed = FactsOf(
      "ICE will provide the participating LEA personnel with a signed authorization to perform "
      "specified functions of an immigration officer for an initial period of two years from the "
      "date of the authorization.\n");
  BOOST_TEST(Number(fixed, "authorization.term_months") == 24);
  Facts open = FactsOf(
      "The letter of authorization issued to LEA personnel will remain valid until revoked.\n"
      "All candidates must have at least two years of LEA work experience.\n");
  BOOST_TEST(IsNull(open, "authorization.term_months"));
}

BOOST_AUTO_TEST_CASE(agreement_term_and_review_period) {
  Facts fixed = FactsOf(
      "This MOA shall remain in effect for a period of three (3) years from the date of "
      "signature.\n");
  BOOST_TEST(std::get<bool>(Value(fixed, "duration.expires")) == true);
  BOOST_TEST(Number(fixed, "duration.term_months") == 36);
  Facts open = FactsOf(
      "This MOA becomes effective upon signature of both parties and will remain in effect until "
      "either party terminates or suspends the MOA.\n"
      "ICE reserves the right to conduct an internal review of this MOA every three years.\n");
  BOOST_TEST(std::get<bool>(Value(open, "duration.expires")) == false);
  BOOST_TEST(IsNull(open, "duration.term_months"));
}

BOOST_AUTO_TEST_CASE(termination_notice_is_the_longest_stated) {
  Facts facts = FactsOf(
      "Either party may terminate this MOA upon thirty (30) days written notice to the other "
      "party.\n"
      "If ICE decides to move from suspension to termination, ICE will provide the LEA a 60-day "
      "notice in advance of the partnership being terminated.\n"
      "It is expected that any complaint received will be resolved within 90 days.\n");
  BOOST_TEST(Number(facts, "termination.notice_days") == 60);
}

BOOST_AUTO_TEST_CASE(provisions_present_absent_and_denied) {
  Facts facts = FactsOf(
      "The LEA, in coordination with ICE, will engage, as necessary, in Steering Committee "
      "meetings.\n"
      "Participating LEA personnel will be treated as Federal employees for purposes of the "
      "Federal "
      "Tort Claims Act.\n"
      "This MOA does not, is not intended to, and may not be relied upon to create any rights, "
      "substantive or procedural, enforceable at law by any person.\n"
      "Modifications to this MOA must be proposed in writing and approved by the signatories.\n");
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.steering-committee")) == true);
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.liability-ftca")) == true);
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.no-private-rights")) == true);
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.modification-in-writing")) == true);
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.suspension")) == false);
  BOOST_TEST(std::get<bool>(Value(facts, "provisions.federal-reimbursement")) == false);
  Facts denied = FactsOf("The parties will not establish a steering committee under this MOA.\n");
  BOOST_TEST(std::get<bool>(Value(denied, "provisions.steering-committee")) == false);
}

BOOST_AUTO_TEST_CASE(agency_state_and_model_from_preamble_and_title) {
  Facts facts = FactsOf(
      "MEMORANDUM OF AGREEMENT\n287(g) Task Force Model\n"
      "This Memorandum of Agreement constitutes an agreement between U.S. Immigration and Customs "
      "Enforcement (ICE), a component of the Department of Homeland Security (DHS), and the "
      "Example "
      "County Sheriff's Office, hereinafter the law enforcement agency (LEA).\n"
      "For the LEA:\nSheriff Jane Doe\n100 Main Street\nSpringfield, OR 97477\n");
  BOOST_TEST(std::get<std::string>(Value(facts, "agency")) == "Example County Sheriff's Office");
  BOOST_TEST(std::get<std::string>(Value(facts, "state")) == "OR");
  BOOST_REQUIRE(facts.models.size() == 1u);
  BOOST_TEST(facts.models[0].id == "task-force");
}

namespace {
std::string Preamble(const std::string& agency) {
  return "This Memorandum of Agreement constitutes an agreement between U.S. Immigration and "
         "Customs "
         "Enforcement (ICE), a component of the Department of Homeland Security (DHS), and " +
         agency + ", hereinafter the law enforcement agency (LEA).\n";
}
std::string Text(const Facts& facts, const std::string& name) {
  FactScalar value = Value(facts, name);
  return std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : "<null>";
}
}  // namespace

BOOST_AUTO_TEST_CASE(ocr_garbled_and_abbreviated_agency_names_are_repaired) {
  BOOST_TEST(Text(FactsOf(Preamble("B ay County Sheriffs Office")), "agency") ==
             "Bay County Sheriffs Office");
  BOOST_TEST(Text(FactsOf(Preamble("Ellis Countv Sheriffs Office")), "agency") ==
             "Ellis County Sheriffs Office");
  BOOST_TEST(Text(FactsOf(Preamble("Marion Countv Sheriff's 0ffice")), "agency") ==
             "Marion County Sheriff's Office");
  BOOST_TEST(Text(FactsOf(Preamble("FL Fish & Wildlife Conservation Commission")), "agency") ==
             "Florida Fish and Wildlife Conservation Commission");
  // Handwriting read by OCR is no name; nothing is better than noise.
  BOOST_TEST(Text(FactsOf(Preamble("the Qevgodviece Sint. lhe bes")), "agency") == "<null>");
  // A parenthesis or quote OCR'd as a stray mark before "hereinafter" is
  // not part of the name; a possessive apostrophe is.
  BOOST_TEST(Text(FactsOf(Preamble("Butler County Sheriff's Office '")), "agency") ==
             "Butler County Sheriff's Office");
  BOOST_TEST(Text(FactsOf(Preamble("Lake County Sheriff's Office \" -")), "agency") ==
             "Lake County Sheriff's Office");
  BOOST_TEST(Text(FactsOf(Preamble("Board of County Commissioners'")), "agency") ==
             "Board of County Commissioners'");
  BOOST_TEST(Text(FactsOf(Preamble("Plymouth County Sheriffs Depaitment")), "agency") ==
             "Plymouth County Sheriffs Department");
}

BOOST_AUTO_TEST_CASE(agency_name_ends_where_the_sentence_goes_on) {
  // Extension addenda: "... (ICE) and the Galveston County Sheriff's Office,
  // hereby agree to extend the Memorandum of Agreement (MOA) ...".
  std::string addendum =
      "U.S. Immigration and Customs Enforcement (ICE) and the Galveston County Sheriff's Office, "
      "hereby agree to extend the Memorandum of Agreement (MOA) that was effective.\n";
  BOOST_TEST(Text(FactsOf(addendum), "agency") == "Galveston County Sheriff's Office");
  // The 2009 standard MOA names the role before the agency.
  std::string standard =
      "This Memorandum of Agreement (MOA) constitutes an agreement between United States "
      "Immigration and Customs Enforcement (ICE), a component of the Department of Homeland "
      "Security (DHS), and the Law Enforcement Agency, the Maricopa County Sheriff's Office "
      "(MCSO), pursuant to which ICE delegates authority.\n";
  BOOST_TEST(Text(FactsOf(standard), "agency") == "Maricopa County Sheriff's Office");
}

BOOST_AUTO_TEST_CASE(a_county_named_like_a_state_does_not_name_the_state) {
  // Washington County is in Arkansas, Oregon and two dozen other states.
  Facts facts = FactsOf(Preamble("Washington County Sheriff's Office"));
  BOOST_TEST(Text(facts, "state") != "WA");
  // The state's own name still counts.
  BOOST_TEST(Text(FactsOf(Preamble("Washington State Patrol")), "state") == "WA");
}

BOOST_AUTO_TEST_CASE(state_from_the_agency_name_and_ice_offices) {
  // A state named in the agency's name.
  BOOST_TEST(Text(FactsOf(Preamble("Alaska Department of Corrections")), "state") == "AK");
  BOOST_TEST(Text(FactsOf(Preamble("FL Fish & Wildlife Conservation Commission")), "state") ==
             "FL");
  // A county only one state has.
  BOOST_TEST(Text(FactsOf(Preamble("Hernando County Sheriffs Office")), "state") == "FL");
  BOOST_TEST(Text(FactsOf(Preamble("County of Volusia, Division of Corrections")), "state") ==
             "FL");
  const std::string ice_office =
      "Requests for representation go to the ICE Office of the Principal Legal Advisor, 125 E. "
      "John "
      "Carpenter Freeway, Irving, TX 75062.\n";
  // ICE's office never overrides a county only one state has ...
  BOOST_TEST(Text(FactsOf(Preamble("Hernando County Sheriffs Office") + ice_office), "state") ==
             "FL");
  // ... but chooses among the states that have the agency's county.
  BOOST_TEST(Text(FactsOf(Preamble("Ellis County Sheriffs Office") + ice_office), "state") == "TX");
  BOOST_TEST(Text(FactsOf(Preamble("Ellis County Sheriffs Office")), "state") == "<null>");
  // The LEA's own address outweighs the county list.
  BOOST_TEST(Text(FactsOf(Preamble("Bay County Sheriffs Office") +
                          "For the LEA:\nSheriff\n3421 N. Main St.\n"
                          "Bay City, MI 48706\n"),
                  "state") == "MI");
}

BOOST_AUTO_TEST_CASE(supervision_read_from_text_or_false) {
  Facts directed = FactsOf(
      "Immigration enforcement activities conducted by participating LEA personnel will be "
      "supervised and directed by ICE. The ICE Field Office Director will oversee the program.\n");
  BOOST_TEST(std::get<bool>(Value(directed, "supervision.ice_directed")) == true);
  BOOST_TEST(std::get<std::string>(Value(directed, "supervision.supervisor_position")) ==
             "Field Office Director");
  Facts undirected =
      FactsOf("The LEA retains supervision of all aspects of the employment of its personnel.\n");
  BOOST_TEST(std::get<bool>(Value(undirected, "supervision.ice_directed")) == false);
  BOOST_TEST(IsNull(undirected, "supervision.supervisor_position"));
}

BOOST_AUTO_TEST_CASE(signature_dates_and_parties) {
  Facts facts = FactsOf(
      "By signing this MOA, each party represents it is fully authorized to enter into this MOA.\n"
      "Date: 2020.06.30 16:47:50 -04'00'\nDigitally signed by ICE OFFICIAL\n"
      "Assistant Director, Enforcement and Removal Operations\n\n\n\n\n\n\n"
      "Date: 7/16/2020\nSheriff\n");
  BOOST_REQUIRE(facts.signed_.size() == 2u);
  BOOST_TEST(facts.signed_[0].party == "ice");
  BOOST_TEST(facts.signed_[0].date == "2020-06-30");
  BOOST_TEST(facts.signed_[1].party == "lea");
  BOOST_TEST(facts.signed_[1].date == "2020-07-16");
}

BOOST_AUTO_TEST_CASE(json_shape_follows_the_contract) {
  Facts facts = FactsOf("The alien will be held for no more than 48 hours.\n");
  nlohmann::json json = FactsToJson(facts);
  BOOST_TEST(json["detainer"]["max_hold_hours"]["value"] == 48);
  BOOST_TEST(json["detainer"]["max_hold_hours"]["evidence"][0]["page"] == 1);
  BOOST_TEST(json["training"]["initial_hours"]["value"].is_null());
  BOOST_TEST(json["provisions"]["suspension"]["value"] == false);
  BOOST_TEST(json["authorities"].is_array());
  BOOST_TEST(json["file"] == "snippet.txt");
}

// A legal editor adding an id cannot forget the words the reports use for it.
BOOST_AUTO_TEST_CASE(vocabulary_id_without_its_wording_names_file_and_line) {
  auto dir = std::filesystem::temp_directory_path() / "moacheck_facts_wording_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto load_error = [&](const std::string& yaml) {
    std::ofstream(dir / "authorities.yaml", std::ios::trunc) << yaml;
    auto loaded = LoadVocabulary(dir.string());
    BOOST_REQUIRE_MESSAGE(!loaded.ok(), "loaded without an error: " << yaml);
    return loaded.error().message;
  };
  std::string no_plain = load_error(
      "authorities:\n  - id: interrogate\n    citation: 'INA 287(a)(1)'\n"
      "    patterns: ['\\binterrogate\\b']\n");
  BOOST_TEST(no_plain.find("authorities.yaml:2") != std::string::npos, no_plain);
  BOOST_TEST(no_plain.find("'plain'") != std::string::npos, no_plain);
  BOOST_TEST(no_plain.find("interrogate") != std::string::npos, no_plain);
  std::string no_citation = load_error(
      "authorities:\n  - id: interrogate\n    plain: 'question people'\n"
      "    patterns: ['\\binterrogate\\b']\n");
  BOOST_TEST(no_citation.find("authorities.yaml:2") != std::string::npos, no_citation);
  BOOST_TEST(no_citation.find("'citation'") != std::string::npos, no_citation);
  std::string no_label = load_error(
      "models:\n  - id: task-force\n    plain: 'Task Force Model: in the field.'\n"
      "    patterns: ['\\btask force\\b']\n");
  BOOST_TEST(no_label.find("authorities.yaml:2") != std::string::npos, no_label);
  BOOST_TEST(no_label.find("'label'") != std::string::npos, no_label);
  std::string empty_plain = load_error(
      "provisions:\n  - id: suspension\n    plain: ''\n    patterns: ['\\bsuspend\\b']\n");
  BOOST_TEST(empty_plain.find("authorities.yaml:3") != std::string::npos, empty_plain);
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(vocabulary_errors_name_file_and_line) {
  auto dir = std::filesystem::temp_directory_path() / "moacheck_facts_vocab_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "bad.yaml")
        << "provisions:\n  - id: x\n    patterns: ['ok']\n    colour: red\n";
  }
  auto unknown = LoadVocabulary(dir.string());
  BOOST_REQUIRE(!unknown.ok());
  BOOST_TEST(unknown.error().message.find("bad.yaml:4") != std::string::npos);
  BOOST_TEST(unknown.error().message.find("colour") != std::string::npos);
  {
    std::ofstream(dir / "bad.yaml") << "provisions:\n  - id: x\n    patterns:\n      - 'hold(s'\n";
  }
  auto regex = LoadVocabulary(dir.string());
  BOOST_REQUIRE(!regex.ok());
  BOOST_TEST(regex.error().message.find("bad.yaml:4") != std::string::npos);
  {
    std::ofstream(dir / "bad.yaml") << "provisions:\n  - id: lunch-breaks\n    plain: 'breaks'\n"
                                       "    patterns: ['\\blunch\\b']\n";
  }
  auto not_a_fact = LoadVocabulary(dir.string());
  BOOST_REQUIRE(!not_a_fact.ok());
  BOOST_TEST(not_a_fact.error().message.find("provisions.lunch-breaks") != std::string::npos,
             not_a_fact.error().message);
  BOOST_TEST(not_a_fact.error().message.find("docs/facts.md") != std::string::npos);
  std::filesystem::remove_all(dir);
}
