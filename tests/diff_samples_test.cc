// moacheck diff on the sample agreements built to differ in known ways
// (samples/README.md), on small texts, and through the command line.
#define BOOST_TEST_MODULE diff_samples
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "moacheck/diff.h"
#include "test_support.h"

namespace {

using moacheck::AgreementDiff;
using moacheck::CheckOptions;
using moacheck::DiffSide;
using moacheck::FactChange;
using moacheck::SectionDiff;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;

DiffSide Load(const std::string& path) {
  auto side = moacheck::LoadDiffSide(path, CheckOptions{}, moacheck::testing::BuiltInContext());
  BOOST_TEST_REQUIRE(side.ok(), path << ": " << (side.ok() ? "" : side.error().message));
  return std::move(*side);
}

AgreementDiff DiffSamples(const std::string& old_name, const std::string& new_name) {
  DiffSide old_side = Load(SamplePdf(old_name).string());
  DiffSide new_side = Load(SamplePdf(new_name).string());
  auto judged = moacheck::EvaluateBothSides(old_side, new_side, CheckOptions{},
                                            moacheck::testing::BuiltInContext());
  BOOST_TEST_REQUIRE(judged.ok());
  return moacheck::DiffAgreements(old_side, new_side,
                                  moacheck::testing::BuiltInContext().vocabulary());
}

AgreementDiff DiffTexts(const std::string& old_text, const std::string& new_text) {
  auto side = [](const std::string& text, const std::string& name) {
    CheckOptions options;
    auto document = moacheck::DocumentFromText(text, name, options.load);
    BOOST_TEST_REQUIRE(document.ok());
    DiffSide result;
    result.label = name;
    result.document = std::move(*document);
    result.outline =
        moacheck::ParseOutline(result.document, moacheck::testing::BuiltInSectionKinds());
    result.facts = moacheck::ExtractFacts(result.document, result.outline,
                                          moacheck::testing::BuiltInContext().vocabulary());
    return result;
  };
  return moacheck::DiffAgreements(side(old_text, "old.txt"), side(new_text, "new.txt"),
                                  moacheck::testing::BuiltInContext().vocabulary());
}

std::string AllChangedText(const AgreementDiff& diff) {
  std::string all;
  for (const SectionDiff& section : diff.sections) {
    for (const moacheck::TextChange& change : section.changes) {
      for (const moacheck::WordSpan& span : change.words) {
        if (span.op != moacheck::WordSpan::Op::kSame) all += span.text + " ";
      }
      if (change.old_text && change.words.empty()) all += change.old_text->quote + " ";
      if (change.new_text && change.words.empty()) all += change.new_text->quote + " ";
    }
  }
  return all;
}

const char* kSupervisionOld =
    "MEMORANDUM OF AGREEMENT\n\nI. RESPONSIBILITIES\n\n"
    "A. ICE SUPERVISION\n\n"
    "Immigration enforcement activities conducted by participating LEA personnel will be "
    "supervised and directed by ICE. Participating LEA personnel are not authorized to perform "
    "immigration officer functions except when working under the supervision of ICE.\n\n"
    "B. INTERPRETATION SERVICES\n\n"
    "The LEA will provide an interpreter when a designated officer performs functions.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(hold_limit_change_is_the_first_fact_change) {
  AgreementDiff diff = DiffSamples("jail-enforcement-2020", "jail-enforcement-72h-hold");
  BOOST_TEST_REQUIRE(!diff.facts.empty(), "jail-enforcement-72h-hold: no fact change found");
  BOOST_TEST(diff.facts.front().fact == "detainer.max_hold_hours");
  BOOST_TEST(diff.facts.front().text.find("48 hours -> 72 hours") != std::string::npos,
             diff.facts.front().text);
  BOOST_TEST(!diff.same_template_text);
  // The word diff shows 48 removed and 72 added, with pages.
  std::string changed = AllChangedText(diff);
  BOOST_TEST(changed.find("48") != std::string::npos);
  BOOST_TEST(changed.find("72") != std::string::npos);
  bool rule_turned_to_fail =
      std::any_of(diff.rules.begin(), diff.rules.end(), [](const auto& rule) {
        return rule.old_outcome == moacheck::Outcome::kPass &&
               rule.new_outcome == moacheck::Outcome::kFail;
      });
  BOOST_TEST(rule_turned_to_fail, "no rule passes in OLD and fails in NEW for a 72-hour hold");
}

BOOST_AUTO_TEST_CASE(removed_supervision_section_is_reported) {
  AgreementDiff diff = DiffSamples("task-force-2025", "task-force-no-supervision");
  auto removed = std::find_if(diff.sections.begin(), diff.sections.end(), [](const SectionDiff& s) {
    return s.status == SectionDiff::Status::kRemoved && s.old_section->kind == "supervision";
  });
  BOOST_TEST((removed != diff.sections.end()),
             "task-force-no-supervision: supervision section not reported removed");
  for (const SectionDiff& section : diff.sections) {
    BOOST_TEST(!(section.new_section && section.new_section->kind == "supervision"));
  }
}

BOOST_AUTO_TEST_CASE(added_authorities_come_first) {
  AgreementDiff diff =
      DiffSamples("warrant-service-officer-2025", "warrant-service-extra-authority");
  std::vector<std::string> added;
  for (const FactChange& fact : diff.facts) {
    if (fact.fact == "authorities" && fact.kind == FactChange::Kind::kAdded) {
      added.push_back(fact.new_value.get<std::string>());
    }
  }
  std::sort(added.begin(), added.end());
  BOOST_TEST(added == (std::vector<std::string>{"arrest-without-warrant", "interrogate"}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(!diff.facts.empty());
  BOOST_TEST(diff.facts.front().fact == "authorities");
  BOOST_TEST(diff.facts.front().text.rfind("NEW: officers may", 0) == 0, diff.facts.front().text);
}

BOOST_AUTO_TEST_CASE(a_sample_against_itself_has_no_differences) {
  AgreementDiff diff = DiffSamples("task-force-2025", "task-force-2025");
  BOOST_TEST(diff.same_template_text);
  BOOST_TEST(diff.facts.empty());
  BOOST_TEST(diff.rules.empty());
  BOOST_TEST(diff.summary == "Same text; no differences found");
}

BOOST_AUTO_TEST_CASE(renumbered_section_aligns_by_title) {
  std::string renumbered =
      "MEMORANDUM OF AGREEMENT\n\nI. INTERPRETATION SERVICES\n\n"
      "The LEA will provide an interpreter when a designated officer performs functions.\n\n"
      "II. ICE SUPERVISION\n\n"
      "Immigration enforcement activities conducted by participating LEA personnel will be "
      "supervised and directed by ICE. Participating LEA personnel are not authorized to perform "
      "immigration officer functions except when working under the supervision of ICE.\n";
  AgreementDiff diff = DiffTexts(kSupervisionOld, renumbered);
  auto supervision =
      std::find_if(diff.sections.begin(), diff.sections.end(), [](const SectionDiff& s) {
        return s.old_section && s.new_section && s.new_section->title == "ICE SUPERVISION";
      });
  BOOST_TEST_REQUIRE((supervision != diff.sections.end()), "I.A and II not aligned");
  BOOST_TEST(supervision->old_section->path == "I.A");
  BOOST_TEST(supervision->new_section->path == "II");
  BOOST_TEST((supervision->status == SectionDiff::Status::kSame));
  bool any_moved = std::any_of(diff.sections.begin(), diff.sections.end(),
                               [](const SectionDiff& s) { return s.moved; });
  BOOST_TEST(any_moved, "interpretation now before supervision: a move expected");
}

BOOST_AUTO_TEST_CASE(ocr_misreadings_and_hyphenless_splits_are_not_changes) {
  std::string garbled = kSupervisionOld;
  auto replace = [&garbled](const std::string& from, const std::string& to) {
    garbled.replace(garbled.find(from), from.size(), to);
  };
  replace("perform immigration", "perfonn immigration");
  replace("supervised and directed", "super vised and directed");
  replace("conducted by", "conducted  by");
  AgreementDiff diff = DiffTexts(kSupervisionOld, garbled);
  BOOST_TEST(diff.same_template_text, AllChangedText(diff));
}

BOOST_AUTO_TEST_CASE(a_real_wording_change_is_shown_with_both_quotes) {
  std::string edited = kSupervisionOld;
  edited.replace(edited.find("will be supervised"), 18, "may be supervised");
  AgreementDiff diff = DiffTexts(kSupervisionOld, edited);
  BOOST_TEST(!diff.same_template_text);
  std::string changed = AllChangedText(diff);
  BOOST_TEST(changed.find("will") != std::string::npos, changed);
  BOOST_TEST(changed.find("may") != std::string::npos, changed);
  for (const SectionDiff& section : diff.sections) {
    for (const auto& change : section.changes) {
      BOOST_TEST_REQUIRE(change.old_text.has_value());
      BOOST_TEST_REQUIRE(change.new_text.has_value());
      BOOST_TEST(change.old_text->page == 1);
      BOOST_TEST(change.new_text->quote.find("may be supervised") != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(html_and_markdown_escape_document_text) {
  std::string edited = kSupervisionOld;
  edited.replace(edited.find("will be supervised"), 18, "<script>x</script> be supervised");
  AgreementDiff diff = DiffTexts(kSupervisionOld, edited);
  std::string html = moacheck::RenderDiff(diff, moacheck::ReportFormat::kHtml);
  BOOST_TEST(html.find("<script>") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;") != std::string::npos);
  std::string markdown = moacheck::RenderDiff(diff, moacheck::ReportFormat::kMarkdown);
  BOOST_TEST(markdown.find("<script>") == std::string::npos);
  auto json = moacheck::DiffToJson(diff);
  for (const char* key : {"old", "new", "summary", "same_template_text", "identity_changes",
                          "facts", "rules", "sections", "warnings"}) {
    BOOST_TEST(json.contains(key), key);
  }
}

BOOST_AUTO_TEST_CASE(command_line_template_diff_and_listing) {
  auto listed = RunMoacheck({"diff", "--list-templates"});
  BOOST_TEST(listed.exit_code == 0);
  for (const char* name :
       {"jail-enforcement-2020", "jail-enforcement-2025", "warrant-service-officer-2019",
        "warrant-service-officer-2025", "task-force-2025"}) {
    BOOST_TEST(listed.out.find(name) != std::string::npos, name);
  }
  auto against = RunMoacheck({"diff", "--template", "task-force-2025", "--format", "json",
                              SamplePdf("task-force-2025").string()});
  BOOST_TEST_REQUIRE(against.exit_code == 0, against.err);
  auto json = nlohmann::json::parse(against.out);
  // Same template: no authority may differ between the template and the sample.
  for (const auto& fact : json["facts"]) BOOST_TEST(fact["fact"] != "authorities", fact.dump());
  auto unknown = RunMoacheck(
      {"diff", "--template", "no-such-template", SamplePdf("task-force-2025").string()});
  BOOST_TEST(unknown.exit_code == 2);
  BOOST_TEST(unknown.err.find("known templates") != std::string::npos);
  auto one_file = RunMoacheck({"diff", SamplePdf("task-force-2025").string()});
  BOOST_TEST(one_file.exit_code == 2);
}
