// The clause parser on small snippets: sequence-aware numbering, headings
// that must not be headings, OCR-garbled numerals, numbering errors kept
// with a warning, appendices, signature blocks and section kinds.
#define BOOST_TEST_MODULE outline_unit
#include <boost/test/unit_test.hpp>
#include <string>

#include "common/embedded.h"
#include "moacheck/document.h"
#include "moacheck/outline.h"
#include "outline/section_kinds.h"
#include "test_support.h"

namespace {

using moacheck::Outline;
using moacheck::Section;

Outline Parse(const std::string& text) {
  auto document = moacheck::DocumentFromText(text, "snippet.txt", {});
  BOOST_REQUIRE_MESSAGE(document.ok(), (document.ok() ? "" : document.error().message));
  return moacheck::ParseOutline(*document, moacheck::testing::BuiltInSectionKinds());
}

// "path kind" of every section, in order, for compact comparisons.
std::string Paths(const Outline& outline) {
  std::string out;
  for (const Section& section : outline.sections) {
    out += (out.empty() ? "" : " ") + section.path;
  }
  return out;
}

const Section* Find(const Outline& outline, const std::string& path) {
  for (const Section& section : outline.sections) {
    if (section.path == path) return &section;
  }
  return nullptr;
}

constexpr const char* kBody = "The LEA will do what this section says.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(letter_i_after_h_is_a_subsection_not_roman_one) {
  std::string text = std::string("MEMORANDUM OF AGREEMENT\nI. PARTIES\n") + kBody +
                     "II. PURPOSE\n" + kBody + "III. AUTHORITY\n" + kBody +
                     "IV. RESPONSIBILITIES\n";
  for (char letter = 'A'; letter <= 'H'; ++letter) {
    text += std::string(1, letter) + ". ICE SUPERVISION\n" + kBody;
  }
  text += "I. CIVIL RIGHTS STANDARDS\n" + std::string(kBody) + "V. REPORTING AND DOCUMENTATION\n" +
          kBody;
  Outline outline = Parse(text);
  const Section* civil = Find(outline, "IV.I");
  BOOST_REQUIRE(civil != nullptr);
  BOOST_TEST(civil->title == "CIVIL RIGHTS STANDARDS");
  BOOST_TEST(civil->kind == "civil-rights");
  BOOST_TEST(civil->depth == 1);
  BOOST_TEST(outline.sections[civil->parent].path == "IV");
  BOOST_TEST(Find(outline, "V") != nullptr);
  BOOST_TEST(Find(outline, "V")->depth == 0);
  BOOST_TEST(outline.warnings.empty());
}

BOOST_AUTO_TEST_CASE(initials_and_abbreviations_are_not_headings) {
  std::string text =
      "I. PARTIES\nThis agreement is between\nU.S. Immigration and Customs Enforcement and the "
      "LEA.\n"
      "II. PURPOSE\nA. Smith reviewed this MOA under Section IV.B. of this MOA.\n"
      "IV.B. of this MOA applies as well.\n"
      "By signing this MOA, each party represents it is fully authorized to enter into this MOA.\n"
      "Date: 06/30/2020\nC. M. Cronen\nAssistant Director\nDate: 06/29/2020\nA. Smith\nSheriff\n";
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "I II Signatures");
  const Section* signatures = Find(outline, "Signatures");
  BOOST_REQUIRE(signatures != nullptr);
  BOOST_TEST(signatures->kind == "signatures");
  BOOST_TEST(signatures->line == 8);  // the first "Date:" line
  BOOST_TEST(signatures->end_line == outline.section_of_line.size());
}

BOOST_AUTO_TEST_CASE(list_items_and_numbered_sentences_are_not_headings) {
  std::string text =
      "I. PURPOSE\nThe notice will include, at a minimum:\n"
      "(1) an overview of the reason(s) that ICE is suspending the agreement;\n"
      "(2) the length of the temporary suspension; and\n"
      "A. Telephonically to the ICE OPR at the Joint Intake Center (JIC) in Washington, D.C.,\n"
      "B. Via mail as follows:\n1. the LEA will report to ICE within 48 hours.\n"
      "II. AUTHORITY\n" +
      std::string(kBody);
  BOOST_TEST(Paths(Parse(text)) == "I II");
}

BOOST_AUTO_TEST_CASE(garbled_numerals_are_recovered_from_position) {
  std::string text = std::string("I. PARTIES\n") + kBody + "11. PURPOSE\n" + kBody +
                     "Ill. AUTHORITY\n" + kBody + "JV . RESPONSIBILITIES\n" + kBody +
                     "A. DESIGNATION OF AUTHORIZED FUNCTIONS\n" + kBody +
                     "8. NOMINATION OF PERSONNEL\n" + kBody + "<;:. TRAINING OF PERSO:'\\NEL\n" +
                     kBody + "V. EFFECTIVE DATE AND TERMijNATION OF THIS MOA\n" + kBody;
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "I II III IV IV.A IV.B IV.C V");
  BOOST_TEST(Find(outline, "III")->label == "III");
  BOOST_TEST(Find(outline, "IV.C")->kind == "training");
  BOOST_TEST(Find(outline, "V")->kind == "duration-termination");
  BOOST_TEST(outline.warnings.empty());
}

BOOST_AUTO_TEST_CASE(roman_twenty_one_read_as_xxl) {
  std::string text;
  for (int value = 1; value <= 20; ++value) {
    static const char* kRoman[] = {"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                   "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                   "XV",   "XVI", "XVII", "XVIII", "XIX", "XX"};
    text += std::string(kRoman[value - 1]) + ". SECTION TITLE\n" + kBody;
  }
  text += "XXL. MODIFICATION OF THIS MOA\n" + std::string(kBody);
  Outline outline = Parse(text);
  BOOST_REQUIRE(Find(outline, "XXI") != nullptr);
  BOOST_TEST(Find(outline, "XXI")->kind == "modification");
}

BOOST_AUTO_TEST_CASE(source_numbering_errors_are_kept_with_a_warning) {
  std::string text = std::string("XIV. LIABILITY AND RESPONSIBILITY\n") + kBody +
                     "XV. COMPLAINT PROCEDURES\n" + kBody + "XV. CIVIL RIGHTS STANDARDS\n" + kBody +
                     "XVI. MODIFICATION OF THIS MOA\n" + kBody +
                     "XIX. EFFECTIVE DATE, SUSPENSION, AND TERMINATION OF THIS MOA\n" + kBody;
  Outline outline = Parse(text);
  std::vector<std::string> labels;
  for (const Section& section : outline.sections) labels.push_back(section.label);
  BOOST_TEST(labels == (std::vector<std::string>{"XIV", "XV", "XV", "XVI", "XIX"}),
             boost::test_tools::per_element());
  // XIV first (fragment), the repeated XV and the jump to XIX: page:line each.
  BOOST_REQUIRE(outline.warnings.size() == 3u);
  BOOST_TEST(outline.warnings[1].find("1:5:") == 0u);
  BOOST_TEST(outline.warnings[1].find("XV where XVI was expected") != std::string::npos);
  BOOST_TEST(outline.warnings[2].find("XIX where XVII was expected") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(appendices_number_their_own_sections) {
  std::string text = std::string("I. PURPOSE\n") + kBody + "APPENDIXB\nCOMPLAINT PROCEDURE\n" +
                     kBody + "1. Complaint Reporting Procedures\n" + kBody +
                     "2. Review of Complaints\n" + kBody + "3. Complaint Resolution Procedures\n" +
                     kBody + "A. Referral of Complaints to LEA Internal Affairs Division.\n" +
                     kBody + "B. Interim Action Pending Complaint Resolution\n" + kBody +
                     "APPENDIX      C\nPUBLIC INFORMATION POINTS OF CONTACT\n" + kBody;
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "I App.B App.B.1 App.B.2 App.B.3 App.B.3.A App.B.3.B App.C");
  const Section* appendix = Find(outline, "App.B");
  BOOST_TEST(appendix->label == "APPENDIX B");
  BOOST_TEST(appendix->title == "COMPLAINT PROCEDURE");
  BOOST_TEST(appendix->kind == "complaint-procedure");
  BOOST_TEST(Find(outline, "App.B.3.A")->depth == 2);
  BOOST_TEST(Find(outline, "App.B.3.A")->title ==
             "Referral of Complaints to LEA Internal Affairs Division");
  BOOST_TEST(Find(outline, "App.C")->kind == "points-of-contact");
}

BOOST_AUTO_TEST_CASE(inline_heading_title_stops_at_the_first_sentence) {
  std::string text =
      "I. PURPOSE\nA. Training. The LEA will send officers to ICE training.\n"
      "B. Supervision. ICE will supervise them.\n";
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "I I.A I.B");
  BOOST_TEST(Find(outline, "I.A")->title == "Training");
  BOOST_TEST(Find(outline, "I.A")->kind == "training");
}

BOOST_AUTO_TEST_CASE(heading_with_lost_numeral_gets_position_and_kind) {
  std::string text = std::string("V. REPORTING AND DOCUMENTATION\n") + kBody +
                     "A. COMPLAINT PROCEDURES\n" + kBody + "B. COMMUNICATION\n" + kBody +
                     "COMMUNITY OUTREACH\n" + kBody +
                     "D. RELEASE OF INFORMATION TO\n.\nTHIRD PARTIES\n" + kBody +
                     "VI. MODIFICATIONS TO THIS MOA\n" + kBody;
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "V V.A V.B V.C V.D VI");
  BOOST_TEST(Find(outline, "V.C")->kind == "community-outreach");
  BOOST_TEST(Find(outline, "V.D")->title == "RELEASE OF INFORMATION TO THIRD PARTIES");
  BOOST_TEST(outline.warnings.size() >= 1u);
}

BOOST_AUTO_TEST_CASE(preamble_spans_and_section_of_line_is_innermost) {
  std::string text = std::string("MEMORANDUM OF AGREEMENT\n287(g) Jail Enforcement Model\n") +
                     "I. PARTIES\n" + kBody + "II. RESPONSIBILITIES\nA. ICE SUPERVISION\n" + kBody;
  Outline outline = Parse(text);
  BOOST_TEST(Paths(outline) == "Preamble I II II.A");
  BOOST_TEST(outline.sections[0].kind == "preamble");
  BOOST_TEST(outline.sections[0].end_line == 2u);
  BOOST_TEST(outline.section_of_line[0] == 0);
  BOOST_TEST(outline.section_of_line[4] == 2);  // the "II." heading line
  BOOST_TEST(outline.section_of_line[6] == 3);  // body of II.A
  BOOST_TEST(outline.sections[2].end_line == 7u);
}

BOOST_AUTO_TEST_CASE(json_nests_children_under_their_parents) {
  Outline outline =
      Parse("I. PARTIES\nII. RESPONSIBILITIES\nA. ICE SUPERVISION\nB. COSTS AND EXPENDITURES\n");
  nlohmann::json json = moacheck::OutlineToJson(outline);
  BOOST_REQUIRE(json.size() == 2u);
  BOOST_TEST(json[1]["path"] == "II");
  BOOST_REQUIRE(json[1]["children"].size() == 2u);
  BOOST_TEST(json[1]["children"][1]["label"] == "B");
  BOOST_TEST(json[1]["children"][1]["kind"] == "costs");
  BOOST_TEST(json[1]["children"][1]["page"] == 1);
}

BOOST_AUTO_TEST_CASE(kind_table_is_valid_and_forgives_ocr_noise) {
  auto text = moacheck::EmbeddedFile("rules/vocabulary/section_kinds.yaml");
  BOOST_REQUIRE(text.has_value());
  auto table = moacheck::SectionKindTable::Parse(*text, "section_kinds.yaml");
  BOOST_REQUIRE_MESSAGE(table.ok(), (table.ok() ? "" : table.error().message));
  BOOST_TEST(moacheck::SectionKindNames(moacheck::testing::BuiltInSectionKinds()).size() ==
             table->kinds().size());
  BOOST_TEST(table->KindOfTitle("REPORTINGANDDOCUMENTATION") == "reporting");
  BOOST_TEST(table->KindOfTitle("EFFECTIVE DATE AND TERMijNATION OF THIS MOA") ==
             "duration-termination");
  BOOST_TEST(table->KindOfTitle("LIABILITY AND RESPONSIBILITY") == "liability");
  BOOST_TEST(table->KindOfTitle("RESPONSIBILITIES") == "responsibilities");
  BOOST_TEST(table->KindOfTitle("STANDARD OPERATING PROCEDURES (SOP)") ==
             "standard-operating-procedure");
  BOOST_TEST(table->KindOfTitle("MEMORANDUM OF AGREEMENT") == "");
  auto bad = moacheck::SectionKindTable::Parse("kinds: [{phrases: [x]}]", "bad.yaml");
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().message.find("bad.yaml") == 0u);
}
