// Text quality is part of the result: each page's source and quality
// (parser/page_quality.cc), and what the rules make of pages not read or
// read poorly (rules/engine/evaluate.cc): an absence there is "unknown",
// while a value read stays a real fail.
#define BOOST_TEST_MODULE page_reading
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "moacheck/check.h"
#include "moacheck/rules.h"
#include "parser/page_quality.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::Document;
using moacheck::Finding;
using moacheck::LoadOptions;
using moacheck::Outcome;
using moacheck::PageReading;

namespace {

// Sentences in the style of the ICE templates, written for these tests.
const char* kCleanSentences[] = {
    "The LEA agrees that participating personnel will be supervised and directed by ICE when "
    "they perform immigration officer functions under this MOA.",
    "Participating LEA personnel must complete the required training before they exercise any "
    "authority delegated by this agreement.",
    "The parties will review the terms of this MOA and may amend them in writing with the "
    "agreement of ICE and the LEA.",
    "Complaints about the conduct of participating personnel will be reported to the ICE Office "
    "of Professional Responsibility.",
};

// A page of `sentences` repeated until it holds about `words` words.
std::string Page(int words) {
  std::string page;
  int count = 0;
  for (int i = 0; count < words; ++i) {
    std::string sentence = kCleanSentences[i % 4];
    page += sentence + "\n";
    count += static_cast<int>(std::count(sentence.begin(), sentence.end(), ' ')) + 1;
  }
  return page;
}

// The same page as a text layer that printed every other space as a letter
// ("personnel will" -> "personnelewill"), as broken PDF fonts do.
std::string Garbled(const std::string& page) {
  std::string out;
  bool odd = false;
  for (char c : page) {
    if (c == ' ' && (odd = !odd)) {
      out += 'e';
    } else {
      out += c;
    }
  }
  return out;
}

Document FromText(const std::string& text) {
  auto document = moacheck::DocumentFromText(text, "sample.txt", LoadOptions{});
  if (!document.ok()) BOOST_FAIL(document.error().message);
  return std::move(document).value();
}

// A rulebook of three rules written for these tests: a clause required
// anywhere (steering committee), one required in the training section, and
// a hold limit of at most 48 hours.
fs::path TestRulebook() {
  fs::path path =
      fs::temp_directory_path() / ("moacheck-page-reading-" + std::to_string(getpid()) + ".yaml");
  std::ofstream(path) << R"yaml(name: page-reading-test
version: "1"
description: Rules for the page-reading tests.
rules:
  - id: test-steering-committee
    title: A steering committee
    severity: warning
    source:
      - kind: policy
        cite: "Test policy 1"
    requirement: The agreement sets up a steering committee.
    check:
      require: 'steering committee'
  - id: test-training-oath
    title: An oath in the training section
    severity: warning
    source:
      - kind: policy
        cite: "Test policy 2"
    requirement: The training section requires an oath.
    check:
      in: {section-title: 'TRAINING'}
      require: '\boath\b'
  - id: test-hold-limit
    title: Holds of at most 48 hours
    severity: error
    source:
      - kind: regulation
        cite: "8 C.F.R. § 287.7(d)"
    requirement: Holds last at most 48 hours.
    check:
      fact: detainer.max_hold_hours
      at-most: 48 hours
)yaml";
  return path;
}

std::vector<Finding> Findings(const Document& document) {
  static const fs::path rulebook = TestRulebook();
  auto rulebooks = moacheck::testing::LoadTestRulebooks({rulebook.string()});
  if (!rulebooks.ok()) BOOST_FAIL(rulebooks.error().message);
  moacheck::AnalyzeOptions options;
  moacheck::Reading reading =
      moacheck::ReadAgreement(document, moacheck::testing::BuiltInContext());
  return moacheck::Evaluate(**rulebooks, document, reading.outline, reading.facts);
}

const Finding& FindingOf(const std::vector<Finding>& findings, const std::string& rule) {
  for (const Finding& finding : findings) {
    if (finding.rule == rule) return finding;
  }
  BOOST_FAIL("no finding for " << rule);
  return findings.front();
}
// The result refers into the vector: refuse a temporary one at compile time.
const Finding& FindingOf(std::vector<Finding>&&, const std::string&) = delete;

const std::string kTraining =
    "I. TRAINING\nParticipating personnel will complete four weeks of training and take an oath "
    "before they act under this MOA.\n";
const std::string kHold =
    "II. DETENTION\nThe LEA will hold the alien for up to 72 hours after the time the alien "
    "would otherwise be released from custody.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(clean_template_language_reads_as_known_words) {
  moacheck::WordQuality quality = moacheck::MeasureKnownWords({Page(200)});
  BOOST_TEST(quality.judged >= 150u);
  BOOST_TEST(quality.Share() > 0.95, "share " << quality.Share());
}

BOOST_AUTO_TEST_CASE(names_and_numbers_are_not_judged) {
  moacheck::WordQuality quality =
      moacheck::MeasureKnownWords({"Sheriff Jane Quillfeather, Dorrance County, 287(g), I-247A,"
                                   " 8 U.S.C. § 1357(g) 01/22/2025"});
  BOOST_TEST(quality.known == quality.judged, quality.known << " of " << quality.judged);
}

BOOST_AUTO_TEST_CASE(a_text_layer_with_letters_for_spaces_reads_poorly) {
  moacheck::WordQuality quality = moacheck::MeasureKnownWords({Garbled(Page(300))});
  BOOST_TEST(quality.judged >= 100u);
  BOOST_TEST(quality.Share() < 0.8, "share " << quality.Share());
  BOOST_TEST(moacheck::ReadsPoorly(quality.judged, quality.Share()));
}

BOOST_AUTO_TEST_CASE(a_short_page_is_never_judged_poor) {
  moacheck::WordQuality quality = moacheck::MeasureKnownWords({Garbled(Page(40))});
  BOOST_TEST(quality.Share() < 0.8);
  BOOST_TEST(!moacheck::ReadsPoorly(quality.judged, quality.Share()));
}

BOOST_AUTO_TEST_CASE(each_page_carries_its_source_and_quality) {
  Document document = FromText(Page(200) + "\f" + Garbled(Page(300)));
  BOOST_REQUIRE_EQUAL(document.pages.size(), 2u);
  BOOST_TEST((document.pages[0].source == moacheck::PageSource::kPlainText));
  BOOST_TEST(document.pages[0].quality > 0.95);
  BOOST_TEST((moacheck::ReadingOf(document.pages[0]) == PageReading::kGood));
  BOOST_TEST(document.pages[1].quality < 0.8);
  BOOST_TEST((moacheck::ReadingOf(document.pages[1]) == PageReading::kPoor));
  BOOST_TEST(document.PagesRead(PageReading::kPoor) == std::vector<int>{2});
}

BOOST_AUTO_TEST_CASE(an_absence_is_missing_when_every_page_read_well) {
  std::vector<Finding> findings = Findings(FromText(kTraining + Page(200)));
  BOOST_TEST((FindingOf(findings, "test-steering-committee").outcome == Outcome::kMissing));
}

BOOST_AUTO_TEST_CASE(an_absence_is_unknown_when_a_page_it_covers_read_poorly) {
  std::vector<Finding> findings =
      Findings(FromText(kTraining + Page(200) + "\f" + Garbled(Page(300))));
  const Finding& committee = FindingOf(findings, "test-steering-committee");
  BOOST_TEST((committee.outcome == Outcome::kUnknown), committee.message);
  BOOST_TEST(committee.message.find("page 2 was read poorly") != std::string::npos,
             committee.message);
  // The training section is on page 1, read well: its absence stands.
  BOOST_TEST((FindingOf(findings, "test-training-oath").outcome == Outcome::kPass));
}

BOOST_AUTO_TEST_CASE(a_section_read_well_keeps_its_missing_clause) {
  std::string training_without_oath =
      "I. TRAINING\nParticipating personnel will complete four weeks of training before they act "
      "under this MOA.\n";
  std::vector<Finding> findings = Findings(FromText(training_without_oath + "II. GENERAL TERMS\n" +
                                                    Page(200) + "\f" + Garbled(Page(300))));
  const Finding& oath = FindingOf(findings, "test-training-oath");
  BOOST_TEST((oath.outcome == Outcome::kMissing), oath.message);
}

BOOST_AUTO_TEST_CASE(a_value_read_fails_even_when_another_page_read_poorly) {
  std::vector<Finding> findings = Findings(FromText(kHold + Page(200) + "\f" + Garbled(Page(300))));
  const Finding& hold = FindingOf(findings, "test-hold-limit");
  BOOST_TEST((hold.outcome == Outcome::kFail), hold.message);
}

BOOST_AUTO_TEST_CASE(a_fact_not_found_is_unknown_when_a_page_read_poorly) {
  std::vector<Finding> findings = Findings(FromText(Page(200) + "\f" + Garbled(Page(300))));
  BOOST_TEST((FindingOf(findings, "test-hold-limit").outcome == Outcome::kUnknown));
  findings = Findings(FromText(Page(200)));
  BOOST_TEST((FindingOf(findings, "test-hold-limit").outcome == Outcome::kMissing));
}

BOOST_AUTO_TEST_CASE(a_page_not_read_makes_every_absence_unknown, MOACHECK_NEEDS_QPDF) {
  moacheck::testing::SamplePagesPdf mixed("page-reading",
                                          {{"task-force-2025", 1}, {"task-force-2025-scanned", 2}});
  LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;
  auto document = moacheck::LoadDocument(mixed.pdf.string(), options, nullptr);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  BOOST_TEST((document->pages[1].source == moacheck::PageSource::kNone));
  BOOST_TEST(document->PagesRead(PageReading::kNotRead) == std::vector<int>{2});
  BOOST_TEST(moacheck::RequireText(*document).ok());
  // Kept in a variable: FindingOf returns a reference into the vector it is given.
  const std::vector<Finding> findings = Findings(*document);
  const Finding& committee = FindingOf(findings, "test-steering-committee");
  BOOST_TEST((committee.outcome == Outcome::kUnknown), committee.message);
  BOOST_TEST(committee.message.find("page 2 had no text") != std::string::npos, committee.message);
}

BOOST_AUTO_TEST_CASE(a_scan_read_without_ocr_has_no_text) {
  LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;
  auto document = moacheck::LoadDocument(
      moacheck::testing::SamplePdf("task-force-2025-scanned").string(), options, nullptr);
  if (!document.ok()) BOOST_FAIL(document.error().message);
  moacheck::Status text = moacheck::RequireText(*document);
  BOOST_REQUIRE(!text.ok());
  BOOST_TEST((text.error().kind == moacheck::ErrorKind::kNoText));
  BOOST_TEST(text.error().message.find("--ocr auto") != std::string::npos, text.error().message);
  BOOST_TEST(text.error().message.find("pages 1-") != std::string::npos, text.error().message);
}
