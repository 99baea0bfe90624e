// The model when no model name is printed (delegated powers and purpose
// clause), and the `template` and `template_revision` facts, on short
// agreement snippets written for these tests.
#define BOOST_TEST_MODULE facts_template
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "common/regex.h"
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

std::string Model(const Facts& facts) {
  if (facts.models.size() != 1) return facts.models.empty() ? "none" : "several";
  return facts.models.front().id;
}

// A string fact's value, "null" when it has none.
std::string Text(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  if (found == facts.scalars.end()) return "missing";
  if (const auto* text = std::get_if<std::string>(&found->second.value)) return *text;
  return "null";
}

bool Quoted(const std::vector<Evidence>& evidence, const std::string& words) {
  for (const Evidence& item : evidence)
    if (item.quote.find(words) != std::string::npos) return true;
  return false;
}

// The parts of a jail agreement; each names no model.
const char* kWarrantPurpose =
    "II. PURPOSE\n"
    "The purpose of this collaboration is to promote public safety by facilitating the custodial "
    "transfer of certain aliens in the Sheriff's jail to ICE at the time of their scheduled "
    "release from criminal custody.\n";
const char* kJailPurpose =
    "II. PURPOSE\n"
    "The purpose of this collaboration is to enhance community safety by identifying and "
    "processing removable aliens who have been arrested and booked into the LEA's jail.\n";
const char* kWarrantPowers =
    "APPENDIX A\nSTANDARD OPERATING PROCEDURES\n"
    "Participating LEA personnel are delegated the authorities listed below:\n"
    "• The power and authority to serve and execute warrants o f arrest for immigration "
    "violations on aliens in the jail;\n"
    "• The power and authority to serve warrants of removal on aliens in the jail.\n";
const char* kInterrogate = "• The power and authority to interrogate any alien in the jail;\n";
const char* kDetainers = "• The power and authority to issue immigration detainers;\n";

std::string Agreement(const std::string& purpose, const std::string& powers) {
  return "MEMORANDUM OF AGREEMENT\nI. PARTIES\nThis MOA is made between ICE and the LEA.\n" +
         purpose + powers;
}

}  // namespace

BOOST_AUTO_TEST_CASE(short_words_split_by_a_space_still_match) {
  auto regex = Regex::Compile(facts::OcrTolerantPattern("warrants of arrest"));
  BOOST_REQUIRE(regex.ok());
  BOOST_TEST(regex->Find("serve warrants o f arrest for"));
  BOOST_TEST(regex->Find("serve warrants ofarrest for"));
  BOOST_TEST(!regex->Find("serve warrants for arrest"));
}

BOOST_AUTO_TEST_CASE(a_removal_warrant_whose_word_is_garbled_is_still_served) {
  Facts facts = FactsOf(
      "APPENDIX A\nSTANDARD OPERATING PROCEDURES\n"
      "• The power and authority to serve w~ts ofremoval on aliens in the jail.\n");
  BOOST_TEST(std::any_of(facts.authorities.begin(), facts.authorities.end(),
                         [](const FactItem& item) { return item.id == "serve-removal-warrants"; }));
}

BOOST_AUTO_TEST_CASE(warrant_service_read_from_powers_and_purpose_with_the_clauses_quoted) {
  Facts facts = FactsOf(Agreement(kWarrantPurpose, kWarrantPowers));
  BOOST_REQUIRE_EQUAL(Model(facts), "warrant-service-officer");
  const std::vector<Evidence>& evidence = facts.models.front().evidence;
  BOOST_TEST(Quoted(evidence, "custodial transfer"), "the purpose clause is not quoted");
  BOOST_TEST(Quoted(evidence, "warrants o f arrest"), "the warrant power is not quoted");
}

BOOST_AUTO_TEST_CASE(warrant_service_from_the_two_powers_alone) {
  BOOST_TEST(Model(FactsOf(Agreement("", kWarrantPowers))) == "warrant-service-officer");
}

BOOST_AUTO_TEST_CASE(warrant_service_from_the_purpose_when_the_powers_are_unreadable) {
  std::string garbled =
      "APPENDIX A\nSTANDARD OPERATING PROCEDURES\n• Tbe p0wcr ,,nd aulhoril) "
      "lo .cne ,, arrants on designated aliens.\n";
  BOOST_TEST(Model(FactsOf(Agreement(kWarrantPurpose, garbled))) == "warrant-service-officer");
}

BOOST_AUTO_TEST_CASE(serving_warrants_does_not_make_a_jail_enforcement_agreement_warrant_service) {
  std::string powers = std::string(kWarrantPowers) + kInterrogate + kDetainers;
  BOOST_TEST(Model(FactsOf(Agreement(kJailPurpose, powers))) == "jail-enforcement");
  BOOST_TEST(Model(FactsOf(Agreement("", powers))) == "jail-enforcement");
  // Interrogation without detainers fits neither model's powers.
  BOOST_TEST(Model(FactsOf(Agreement("", std::string(kWarrantPowers) + kInterrogate))) == "none");
}

BOOST_AUTO_TEST_CASE(jail_purpose_outweighs_a_garbled_powers_list) {
  BOOST_TEST(Model(FactsOf(Agreement(kJailPurpose, kWarrantPowers))) == "jail-enforcement");
}

BOOST_AUTO_TEST_CASE(a_purpose_the_powers_contradict_or_two_purposes_give_no_model) {
  std::string powers = std::string(kWarrantPowers) + kInterrogate + kDetainers;
  BOOST_TEST(Model(FactsOf(Agreement(kWarrantPurpose, powers))) == "none");
  std::string both = std::string(kWarrantPurpose) + kJailPurpose;
  BOOST_TEST(Model(FactsOf(Agreement(both, kWarrantPowers))) == "none");
}

BOOST_AUTO_TEST_CASE(a_printed_model_name_still_decides) {
  std::string titled = "287(g) Jail Enforcement Model\n" + Agreement(kWarrantPurpose, "");
  BOOST_TEST(Model(FactsOf(titled)) == "jail-enforcement");
}

namespace {
// Pages of a 2025-style agreement with a running footer on each.
std::string FooteredPages(const std::string& body, const std::vector<std::string>& footers) {
  std::string text;
  for (std::size_t page = 0; page < footers.size(); ++page) {
    if (page > 0) text += '\f';
    text += page == 0 ? body
                      : "The LEA will keep records of page " + std::to_string(page + 1) +
                            " of this agreement.\n";
    text += footers[page] + "\n";
  }
  return text;
}
const char* kSteering2019 =
    "C. COMMUNITY OUTREACH\nThe LEA will, if necessary, engage in Steering Committee meetings "
    "to assess the immigration enforcement activities of its personnel.\n";
const char* kSteering2020 =
    "C. COMMUNITY OUTREACH\nThe LEA, in coordination with the local ICE Field Office, will "
    "engage, as necessary, in Steering Committee meetings to enhance support for the program.\n";
}  // namespace

BOOST_AUTO_TEST_CASE(revision_footer_dates_the_template_and_one_misread_copy_does_not) {
  std::string body = Agreement(kWarrantPurpose, kWarrantPowers) + "For the LEA: For ICE:\n";
  Facts facts = FactsOf(FooteredPages(body, {"Revised 02/15/2025", "Revised 02/15/2025",
                                             "Revised 02/45/2025", "Revised 02/15/2025"}));
  BOOST_TEST(Text(facts, "template_revision") == "2025-02-15");
  BOOST_TEST(Quoted(facts.scalars["template_revision"].evidence, "Revised 02/15/2025"));
  BOOST_TEST(Text(facts, "template") == "wso-2025");
  BOOST_TEST(Quoted(facts.scalars["template"].evidence, "For the LEA: For ICE:"));
  Facts short_year = FactsOf(FooteredPages(body, {"Rev. 2/14/25", "Rev. 2/14/25"}));
  BOOST_TEST(Text(short_year, "template_revision") == "2025-02-14");
}

BOOST_AUTO_TEST_CASE(two_footer_dates_as_often_leave_the_revision_unknown) {
  std::string body = Agreement(kWarrantPurpose, kWarrantPowers);
  Facts facts = FactsOf(FooteredPages(body, {"Revised 02/15/2025", "Revised 03/07/2025"}));
  BOOST_TEST(Text(facts, "template_revision") == "null");
}

BOOST_AUTO_TEST_CASE(template_from_wording_that_changed_between_templates) {
  Facts first = FactsOf(Agreement(kWarrantPurpose, kWarrantPowers) + kSteering2019);
  BOOST_TEST(Text(first, "template") == "wso-2019");
  BOOST_TEST(Quoted(first.scalars["template"].evidence, "to assess the immigration"));
  BOOST_TEST(Text(first, "template_revision") == "null");
  Facts renewal = FactsOf(Agreement(kWarrantPurpose, kWarrantPowers) + kSteering2020);
  BOOST_TEST(Text(renewal, "template") == "wso-2020");
  std::string jail =
      Agreement(kJailPurpose, std::string(kWarrantPowers) + kInterrogate + kDetainers) +
      kSteering2020;
  BOOST_TEST(Text(FactsOf(jail), "template") == "jem-2020");
}

BOOST_AUTO_TEST_CASE(template_is_null_without_marks_with_two_templates_marks_or_no_model) {
  BOOST_TEST(Text(FactsOf(Agreement(kWarrantPurpose, kWarrantPowers)), "template") == "null");
  std::string both = Agreement(kWarrantPurpose, kWarrantPowers) + kSteering2019 + kSteering2020;
  BOOST_TEST(Text(FactsOf(both), "template") == "null");
  std::string no_model = "MEMORANDUM OF AGREEMENT\n" + std::string(kSteering2020);
  BOOST_TEST(Text(FactsOf(no_model), "template") == "null");
}

BOOST_AUTO_TEST_CASE(an_agreement_with_a_fixed_term_is_not_an_open_ended_template) {
  std::string text =
      Agreement(kJailPurpose, std::string(kWarrantPowers) + kInterrogate + kDetainers) +
      kSteering2020 +
      "This MOA shall remain in effect for a period of three (3) years from the "
      "date of signature.\n";
  BOOST_TEST(Text(FactsOf(text), "template") == "null");
}

BOOST_AUTO_TEST_CASE(vocabulary_refuses_unknown_authorities_and_models) {
  auto dir = std::filesystem::temp_directory_path() / "moacheck_facts_template_test";
  std::filesystem::create_directories(dir);
  auto load_error = [&](const std::string& yaml) {
    std::ofstream(dir / "models.yaml", std::ios::trunc) << yaml;
    auto loaded = LoadVocabulary(dir.string());
    BOOST_REQUIRE_MESSAGE(!loaded.ok(), "loaded without an error: " << yaml);
    return loaded.error().message;
  };
  std::string authority = load_error(
      "models:\n  - id: task-force\n    label: 'Task Force Model'\n    plain: 'In the field.'\n"
      "    implied_by: [arrest-at-will]\n");
  BOOST_TEST(authority.find("models.yaml:2") != std::string::npos, authority);
  BOOST_TEST(authority.find("arrest-at-will") != std::string::npos, authority);
  std::string model =
      load_error("templates:\n  - id: abc-2025\n    model: abc\n    markers: [x]\n");
  BOOST_TEST(model.find("models.yaml:2") != std::string::npos, model);
  BOOST_TEST(model.find("'abc'") != std::string::npos, model);
  std::string groups = load_error("revision_patterns: ['\\brevised (?<year>[0-9]{4})']\n");
  BOOST_TEST(groups.find("month") != std::string::npos, groups);
  std::filesystem::remove_all(dir);
}
