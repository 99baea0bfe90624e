// The terminal report: what the agreement is and authorizes, then what is
// wrong, most serious first, each with the quote, page and section.
#include <fmt/format.h>

#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck::report {
namespace {

// ANSI styles, applied only when the caller says stdout is a terminal.
class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  std::string Bold(std::string_view text) const { return Wrap("1", text); }
  std::string Dim(std::string_view text) const { return Wrap("2", text); }
  std::string ForSeverity(Severity severity, std::string_view text) const {
    switch (severity) {
      case Severity::kError:
        return Wrap("1;31", text);
      case Severity::kWarning:
        return Wrap("1;33", text);
      case Severity::kInfo:
        return Wrap("1;36", text);
    }
    return std::string(text);
  }

 private:
  std::string Wrap(std::string_view code, std::string_view text) const {
    if (!color_) return std::string(text);
    return fmt::format("\033[{}m{}\033[0m", code, text);
  }
  bool color_;
};

std::string Plural(int count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

void AppendSummary(const CheckResult& result, const Vocabulary* vocabulary, const Style& style,
                   std::string& out) {
  const Facts& facts = result.facts;
  std::string state = StringFact(facts, "state").value_or("");
  out += fmt::format("Agency:  {}{}\n", AgencyOrUnknown(result),
                     state.empty() ? "" : fmt::format(" ({})", state));
  std::string models;
  for (const FactItem& model : facts.models) {
    models += (models.empty() ? "" : ", ") + ModelName(vocabulary, model.id);
  }
  out += fmt::format("Model:   {}\n", models.empty() ? "not identified" : models);
  out += fmt::format("Pages:   {}{}\n", result.pages,
                     OcrPages(result).empty() ? "" : " (some read by OCR)");
  if (facts.authorities.empty()) {
    out += "Local officers may: no delegated immigration powers found\n";
  } else {
    out += "Local officers may:\n";
    for (const FactItem& authority : facts.authorities) {
      out += fmt::format("  - {}\n", AuthorityInPlainWords(vocabulary, authority.id));
    }
  }
  out += "Key numbers:\n";
  for (const KeyNumber& number : KeyNumbers(facts)) {
    std::string cite = number.evidence ? PinCite(*number.evidence) : "";
    out += fmt::format("  {}: {}{}\n", number.label, number.value,
                       cite.empty() ? "" : style.Dim(fmt::format(" ({})", cite)));
  }
  FindingCounts counts = CountFindings(result);
  out += fmt::format(
      "Result:  {}, {}, {}; {} pass{}\n",
      style.ForSeverity(Severity::kError, Plural(counts.error, "error", "errors")),
      style.ForSeverity(Severity::kWarning, Plural(counts.warning, "warning", "warnings")),
      Plural(counts.info, "note", "notes"), counts.pass,
      counts.unknown == 0 ? "" : fmt::format("; {} not known", counts.unknown));
}

void AppendFinding(const CheckResult& result, const Finding& finding, const Style& style,
                   std::string& out) {
  const char* label = finding.outcome == Outcome::kMissing   ? "MISSING"
                      : finding.outcome == Outcome::kUnknown ? "UNKNOWN"
                                                             : "FAIL";
  out +=
      fmt::format("  {} {} {}\n",
                  finding.outcome == Outcome::kUnknown ? style.Bold(label)
                                                       : style.ForSeverity(finding.severity, label),
                  style.Bold(finding.rule), finding.title);
  if (!finding.message.empty()) out += fmt::format("    {}\n", finding.message);
  std::string citation = PrimaryCitation(finding);
  if (!citation.empty()) out += fmt::format("    Source: {}\n", citation);
  if (finding.evidence.empty()) {
    Evidence expected = FindingLocation(result, finding);
    if (!finding.expected_section.empty()) {
      std::string cite = PinCite(expected);
      out += fmt::format("    Expected in: {}{}\n", finding.expected_section,
                         cite.empty() ? "" : fmt::format(" ({})", cite));
    }
  }
  for (const Evidence& evidence : finding.evidence) {
    out += fmt::format("    {} {}\n", PinCite(evidence),
                       style.Dim(fmt::format("\"{}\"", evidence.quote)));
  }
}

void AppendResult(const CheckResult& result, const Vocabulary* vocabulary, const Style& style,
                  std::string& out) {
  out += style.Bold(result.file) + "\n";
  if (!result.ok) {
    out += fmt::format("  {} could not be read ({}): {}\n\n",
                       style.ForSeverity(Severity::kError, "ERROR"),
                       ErrorKindName(result.error.kind), result.error.message);
    return;
  }
  for (const std::string& line : ReadingBanner(result)) {
    out += style.ForSeverity(Severity::kWarning, "! " + line) + "\n";
  }
  AppendSummary(result, vocabulary, style, out);
  const Severity kOrder[] = {Severity::kError, Severity::kWarning, Severity::kInfo};
  const char* kHeadings[] = {"Errors", "Warnings", "Notes"};
  for (int i = 0; i < 3; ++i) {
    std::vector<const Finding*> group;
    for (const Finding* finding : OrderedFindings(result)) {
      if (IsProblem(*finding) && finding->severity == kOrder[i]) group.push_back(finding);
    }
    if (group.empty()) continue;
    out += fmt::format(
        "\n{}\n", style.ForSeverity(kOrder[i], fmt::format("{} ({})", kHeadings[i], group.size())));
    for (const Finding* finding : group) AppendFinding(result, *finding, style, out);
  }
  std::vector<const Finding*> unknown;
  for (const Finding* finding : OrderedFindings(result)) {
    if (finding->outcome == Outcome::kUnknown) unknown.push_back(finding);
  }
  if (!unknown.empty()) {
    out += fmt::format(
        "\n{}\n", style.Bold(fmt::format("Not known: pages not read well ({})", unknown.size())));
    for (const Finding* finding : unknown) AppendFinding(result, *finding, style, out);
  }
  std::vector<const Finding*> reported;
  for (const Finding& finding : result.findings) {
    if (finding.outcome == Outcome::kInfo) reported.push_back(&finding);
  }
  if (!reported.empty()) out += fmt::format("\nFor information ({})\n", reported.size());
  for (const Finding* finding : reported) {
    out += fmt::format("  NOTE {} {}\n", style.Bold(finding->rule), finding->message);
  }
  int not_applicable = 0;
  for (const Finding& finding : result.findings) {
    not_applicable += finding.outcome == Outcome::kNotApplicable;
  }
  out += fmt::format("\n{} rules pass, {} do not apply to this agreement. Rulebooks:",
                     CountFindings(result).pass, not_applicable);
  for (const RulebookInfo& info : result.rulebooks) {
    out += fmt::format(" {} {}", info.name, info.version);
  }
  out += "\n";
  for (const PackLeftOut& pack : result.packs_left_out)
    out += fmt::format("Not checked: {}: {}.\n", pack.pack, pack.why);
  for (const std::string& warning : result.warnings) {
    out += style.Dim(fmt::format("warning: {}", warning)) + "\n";
  }
  out += "\n";
}

}  // namespace

std::string RenderText(const std::vector<CheckResult>& results, const RenderOptions& options) {
  Style style(options.color);
  std::string out;
  for (const CheckResult& result : results)
    AppendResult(result, options.vocabulary.get(), style, out);
  return out;
}

}  // namespace moacheck::report
