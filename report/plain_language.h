// What a reader without legal training needs from a CheckResult: the fact
// values read back as plain sentences, the key numbers of an agreement, and
// its most serious problems. Shared by the text, Markdown and HTML reports so
// all three say the same thing in the same words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "moacheck/findings.h"

namespace moacheck::report {

// Fact lookups by dotted contract name; nullopt when absent, null or of
// another type.
std::optional<double> NumberFact(const Facts& facts, std::string_view name);
std::optional<std::string> StringFact(const Facts& facts, std::string_view name);
std::optional<bool> BoolFact(const Facts& facts, std::string_view name);
const Evidence* FirstEvidence(const Facts& facts, std::string_view name);

// "48", "2.5": numbers as a person writes them.
std::string FormatNumber(double value);

// The words of the vocabulary's ids (Wording, rules/vocabulary/*.yaml).
// `vocabulary` may be null, and an id may be one it does not list: the id
// then stands for itself (RenderOptions::vocabulary says how).

// What a delegated authority lets a local officer do, completing the
// sentence "Local officers may ..." ("arrest people without a warrant ...").
std::string AuthorityInPlainWords(const Vocabulary* vocabulary, std::string_view authority_id);
// The statute an authority usually cites ("INA 287(a)(2)"); "" when unknown.
std::string AuthorityCitation(const Vocabulary* vocabulary, std::string_view authority_id);
// "Task Force Model" and one sentence on where it operates.
std::string ModelName(const Vocabulary* vocabulary, std::string_view model_id);
std::string ModelInPlainWords(const Vocabulary* vocabulary, std::string_view model_id);

struct KeyNumber {
  std::string label;                   // "How long a person may be held for ICE"
  std::string value;                   // "48 hours, not counting weekends and holidays"
  const Evidence* evidence = nullptr;  // where it was read; null when not stated
};
// Hold limit, termination notice, officer authorization term, agreement
// term, training: always in this order, "not stated" when absent.
std::vector<KeyNumber> KeyNumbers(const Facts& facts);

struct ProvisionLine {
  std::string id;     // "steering-committee"
  std::string words;  // "a steering committee that reviews how the program is run"
  bool present = false;
  const Evidence* evidence = nullptr;
};
// Every provision the agreement was checked for, in the vocabulary's order
// (the contract's): what it includes and what it leaves out. Without a
// vocabulary, the facts' provisions in name order, each worded by its id.
std::vector<ProvisionLine> Provisions(const Facts& facts, const Vocabulary* vocabulary);

// A failing or missing finding: something a reader must act on.
bool IsProblem(const Finding& finding);
// Problems first (errors, then warnings, then info; fail before missing),
// then passes, then not-applicable; stable within each group.
std::vector<const Finding*> OrderedFindings(const CheckResult& result);
// The first `count` problems of OrderedFindings.
std::vector<const Finding*> TopProblems(const CheckResult& result, std::size_t count);

// "Serious problem" / "Concern" / "Note", for headings a lay reader scans.
std::string SeverityInPlainWords(Severity severity);
// For a problem "Serious problem (error)"; for any other finding the level
// the rule would have ("error-level rule"), so a passing rule is not
// labelled a problem.
std::string SeverityLabel(const Finding& finding);
// "Fails", "Missing", "Passes", "Does not apply", "Not known".
std::string OutcomeInPlainWords(Outcome outcome);

// The line shown beside a finding's badge: the title, or for an
// informational finding the statement it reports.
std::string Headline(const Finding& finding);

// Where a finding points a reader: its first evidence, or for a missing
// clause the heading of the section where it was expected (page 0 when the
// outline has no such section).
Evidence FindingLocation(const CheckResult& result, const Finding& finding);
// "§ IV.F, p. 4" (or "p. 4" outside any section; "" for page 0).
std::string PinCite(const Evidence& evidence);
// The first source citation, "" when the rule has none.
std::string PrimaryCitation(const Finding& finding);

std::string AgencyOrUnknown(const CheckResult& result);
std::vector<int> OcrPages(const CheckResult& result);
// The result's pages whose ReadingOf is `reading`.
std::vector<int> PagesRead(const CheckResult& result, PageReading reading);
// The warning at the top of the text, Markdown and HTML reports when some
// pages were not read or read poorly: one sentence per kind of page, each
// naming the pages and the command that reads them better, then what that
// means for the findings. Empty when every page read well.
std::vector<std::string> ReadingBanner(const CheckResult& result);
// Today's date (UTC) as YYYY-MM-DD, or `date` when given.
std::string ReportDate(const std::string& date);

}  // namespace moacheck::report
