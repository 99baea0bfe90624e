// The Markdown report: a plain-language summary a council member can read
// before a vote, then every finding with its requirement, source and the
// quoted evidence with pin cites and page links. Everything taken from the
// document is escaped (EscapeMarkdown), so a quote never becomes markup.
#include <fmt/format.h>

#include "moacheck/version.h"
#include "report/escape.h"
#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck::report {
namespace {

std::string Md(std::string_view text) { return EscapeMarkdown(text); }

// "[§ IV.F, p. 4](file.pdf#page=4)", or "" when the page is unknown.
std::string CiteLink(const CheckResult& result, const Evidence& evidence) {
  std::string cite = PinCite(evidence);
  if (cite.empty()) return "";
  return fmt::format("[{}]({})", Md(cite), PageLink(result.file, evidence.page));
}

std::string FactValueText(const FactValue& fact) {
  if (std::holds_alternative<bool>(fact.value)) return std::get<bool>(fact.value) ? "yes" : "no";
  if (std::holds_alternative<double>(fact.value)) return FormatNumber(std::get<double>(fact.value));
  if (std::holds_alternative<std::string>(fact.value)) return std::get<std::string>(fact.value);
  return "not stated";
}

void AppendProvisions(const CheckResult& result, const Vocabulary* vocabulary, std::string& out) {
  std::vector<ProvisionLine> provisions = Provisions(result.facts, vocabulary);
  if (provisions.empty()) return;
  out += "### What it includes, and what it leaves out\n\n";
  for (bool present : {true, false}) {
    std::string items;
    for (const ProvisionLine& provision : provisions) {
      if (provision.present != present) continue;
      std::string cite =
          provision.evidence ? fmt::format(" ({})", CiteLink(result, *provision.evidence)) : "";
      items += fmt::format("- {}{}\n", Md(provision.words), cite);
    }
    if (items.empty()) continue;
    out += present                         ? "The agreement includes:\n\n"
           : ReadingBanner(result).empty() ? "**Not found in the agreement:**\n\n"
                                           : "**Not found in the pages read:**\n\n";
    out += items + "\n";
  }
}

void AppendPlainSummary(const CheckResult& result, const Vocabulary* vocabulary, std::string& out) {
  const Facts& facts = result.facts;
  std::string state = StringFact(facts, "state").value_or("");
  out += "## In plain words\n\n";
  out += fmt::format(
      "**What this is.** An agreement between U.S. Immigration and Customs Enforcement (ICE) and "
      "{}{} under section 287(g) of the Immigration and Nationality Act. It lets local officers "
      "who are trained and certified by ICE act as federal immigration officers.\n\n",
      Md(AgencyOrUnknown(result)), state.empty() ? "" : fmt::format(" ({})", Md(state)));
  for (const FactItem& model : facts.models) {
    out += fmt::format("**Type of program.** {}\n\n", Md(ModelInPlainWords(vocabulary, model.id)));
  }
  if (facts.models.empty()) out += "**Type of program.** Not identified from the text.\n\n";

  out += "### What it lets local officers do\n\n";
  if (facts.authorities.empty()) {
    out += "No delegated immigration powers were found in the text.\n\n";
  } else {
    out += "Officers certified under this agreement may:\n\n";
    for (const FactItem& authority : facts.authorities) {
      std::string cite = authority.evidence.empty()
                             ? ""
                             : fmt::format(" ({})", CiteLink(result, authority.evidence.front()));
      out += fmt::format("- {}{}\n", Md(AuthorityInPlainWords(vocabulary, authority.id)), cite);
    }
    out += "\n";
  }

  AppendProvisions(result, vocabulary, out);

  out += "### Key numbers\n\n| Question | Answer | Where |\n|---|---|---|\n";
  for (const KeyNumber& number : KeyNumbers(facts)) {
    out += fmt::format("| {} | {} | {} |\n", Md(number.label), Md(number.value),
                       number.evidence ? CiteLink(result, *number.evidence) : "");
  }
  out += "\n";

  out += "### The most serious problems\n\n";
  std::vector<const Finding*> top = TopProblems(result, 3);
  if (top.empty()) out += "The rules applied found nothing failing or missing.\n";
  for (std::size_t i = 0; i < top.size(); ++i) {
    const Finding& finding = *top[i];
    std::string what = finding.outcome == Outcome::kMissing ? "missing from the agreement"
                                                            : "the agreement falls short";
    out += fmt::format("{}. **{}: {}** ({}). {}\n", i + 1, SeverityInPlainWords(finding.severity),
                       Md(finding.title.empty() ? finding.rule : finding.title), what,
                       Md(finding.message));
  }
  FindingCounts counts = CountFindings(result);
  out += fmt::format(
      "\n**Overall:** {} serious problem(s), {} concern(s), {} note(s); {} requirement(s) "
      "met{}.\n\n",
      counts.error, counts.warning, counts.info, counts.pass,
      counts.unknown == 0 ? ""
                          : fmt::format("; {} not known (pages not read well)", counts.unknown));
}

void AppendFindingsTable(const CheckResult& result, std::string& out) {
  out +=
      "## All findings\n\n| # | Result | Severity | Rule | Where | Source |\n"
      "|---|---|---|---|---|---|\n";
  int number = 0;
  for (const Finding* finding : OrderedFindings(result)) {
    Evidence where = FindingLocation(result, *finding);
    out += fmt::format("| {} | {} | {} | {} (`{}`) | {} | {} |\n", ++number,
                       OutcomeInPlainWords(finding->outcome), SeverityName(finding->severity),
                       Md(finding->title), Md(finding->rule), CiteLink(result, where),
                       Md(PrimaryCitation(*finding)));
  }
  out += "\n";
}

void AppendCard(const CheckResult& result, const Finding& finding, int number, std::string& out) {
  out += fmt::format("### {}. {}: {}\n\n", number, OutcomeInPlainWords(finding.outcome),
                     Md(Headline(finding)));
  out += fmt::format("Rule `{}` · {} · rulebook {}\n\n", Md(finding.rule), SeverityLabel(finding),
                     Md(finding.pack));
  if (!finding.requirement.empty()) {
    out += fmt::format("- **What is required:** {}\n", Md(finding.requirement));
  }
  if (!finding.message.empty())
    out += fmt::format("- **What we found:** {}\n", Md(finding.message));
  for (const RuleSource& source : finding.sources) {
    std::string kind = fmt::format("{}, {}", source.kind, source.primary ? "primary" : "secondary");
    std::string cite = source.url.empty()
                           ? Md(source.citation)
                           : fmt::format("[{}]({})", Md(source.citation), source.url);
    out += fmt::format("- **Source:** {} ({})\n", cite, Md(kind));
  }
  bool absent = finding.outcome == Outcome::kMissing || finding.outcome == Outcome::kUnknown;
  if (absent && !finding.expected_section.empty()) {
    std::string link = CiteLink(result, FindingLocation(result, finding));
    out += fmt::format("- **Expected in:** {}{}\n", Md(finding.expected_section),
                       link.empty() ? "" : fmt::format(" ({})", link));
  }
  if (IsProblem(finding) && !finding.remediation.empty()) {
    out += fmt::format("- **How to fix:** {}\n", Md(finding.remediation));
  }
  if (!finding.evidence.empty()) out += "\n";
  for (const Evidence& evidence : finding.evidence) {
    out += fmt::format("> “{}” — {}\n>\n", Md(evidence.quote), CiteLink(result, evidence));
  }
  if (!finding.evidence.empty()) out.resize(out.size() - 2);
  out += "\n";
}

void AppendDetails(const CheckResult& result, std::string& out) {
  out +=
      "<details>\n<summary>Facts read from the agreement</summary>\n\n"
      "| Fact | Value | Where |\n|---|---|---|\n";
  const Facts& facts = result.facts;
  auto cite = [&](const std::vector<Evidence>& evidence) {
    return evidence.empty() ? std::string() : CiteLink(result, evidence.front());
  };
  for (const FactItem& model : facts.models) {
    out += fmt::format("| model | {} | {} |\n", Md(model.id), cite(model.evidence));
  }
  for (const FactItem& authority : facts.authorities) {
    out += fmt::format("| authority | {} | {} |\n", Md(authority.id), cite(authority.evidence));
  }
  for (const auto& [name, fact] : facts.scalars) {
    out +=
        fmt::format("| {} | {} | {} |\n", Md(name), Md(FactValueText(fact)), cite(fact.evidence));
  }
  for (const Signature& signature : facts.signed_) {
    out += fmt::format("| signed ({}) | {} | {} |\n", Md(signature.party), Md(signature.date),
                       CiteLink(result, signature.evidence));
  }
  out += "\n</details>\n\n<details>\n<summary>Section outline</summary>\n\n";
  for (const Section& section : result.outline.sections) {
    out += fmt::format("{}- **{}** {} (p. {})\n", std::string(section.depth * 2, ' '),
                       Md(section.path), Md(section.title), section.page);
  }
  if (result.outline.sections.empty()) out += "No numbered sections were recognized.\n";
  out += "\n</details>\n\n";
}

void AppendResult(const CheckResult& result, const RenderOptions& options, std::string& out) {
  if (!result.ok) {
    out +=
        fmt::format("# 287(g) agreement review: {}\n\n**This file could not be read** ({}): {}\n\n",
                    Md(result.file), ErrorKindName(result.error.kind), Md(result.error.message));
    return;
  }
  out += fmt::format("# 287(g) agreement review: {}\n\n", Md(AgencyOrUnknown(result)));
  out += fmt::format("*File {} · {} pages{}*\n\n", Md(result.file), result.pages,
                     OcrPages(result).empty() ? "" : " (some read by OCR)");
  std::vector<std::string> banner = ReadingBanner(result);
  for (std::size_t i = 0; i < banner.size(); ++i) {
    out += fmt::format("> {}{}\n", i == 0 ? "**Warning: not every page was read well.** " : "",
                       Md(banner[i]));
    out += i + 1 < banner.size() ? ">\n" : "\n";
  }
  AppendPlainSummary(result, options.vocabulary.get(), out);
  AppendFindingsTable(result, out);
  out += "## Findings in detail\n\n";
  int number = 0;
  for (const Finding* finding : OrderedFindings(result)) {
    ++number;
    if (finding->outcome != Outcome::kNotApplicable) AppendCard(result, *finding, number, out);
  }
  AppendDetails(result, out);
  if (!result.packs_left_out.empty()) {
    out += "### Not checked\n\n";
    for (const PackLeftOut& pack : result.packs_left_out)
      out += fmt::format("- **{}**: {}.\n", Md(pack.pack), Md(pack.why));
    out += "\n";
  }
  std::string rulebooks;
  for (const RulebookInfo& info : result.rulebooks) {
    rulebooks +=
        fmt::format("{}{} {}", rulebooks.empty() ? "" : ", ", Md(info.name), Md(info.version));
  }
  out += fmt::format(
      "---\n\nDocument SHA-256 `{}` · Rulebooks: {} · moacheck {} · {}\n\n"
      "*This report is produced automatically from the text of the agreement. It is not legal "
      "advice; check each quote against the PDF.*\n\n",
      result.sha256, rulebooks.empty() ? "none" : rulebooks, MOACHECK_VERSION,
      ReportDate(options.date));
}

}  // namespace

std::string RenderMarkdown(const std::vector<CheckResult>& results, const RenderOptions& options) {
  std::string out;
  for (const CheckResult& result : results) AppendResult(result, options, out);
  return out;
}

}  // namespace moacheck::report
