// The HTML report: one self-contained file (inline CSS, no network fetches)
// with the same content as the Markdown report, laid out for a screen and
// for paper. Everything taken from the document goes through EscapeHtml.
#include <fmt/format.h>

#include "moacheck/version.h"
#include "report/escape.h"
#include "report/html_style.h"
#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck::report {
namespace {

std::string H(std::string_view text) { return EscapeHtml(text); }

std::string CiteLink(const CheckResult& result, const Evidence& evidence) {
  std::string cite = PinCite(evidence);
  if (cite.empty()) return "";
  return fmt::format("<a class=\"cite\" href=\"{}\">{}</a>",
                     H(PageLink(result.file, evidence.page)), H(cite));
}

const char* SeverityClass(const Finding& finding) {
  return IsProblem(finding)                     ? SeverityName(finding.severity)
         : finding.outcome == Outcome::kPass    ? "pass"
         : finding.outcome == Outcome::kUnknown ? "unknown"
         : finding.outcome == Outcome::kInfo    ? "note"
                                                : "na";
}

std::string FactValueText(const FactValue& fact) {
  if (std::holds_alternative<bool>(fact.value)) return std::get<bool>(fact.value) ? "yes" : "no";
  if (std::holds_alternative<double>(fact.value)) return FormatNumber(std::get<double>(fact.value));
  if (std::holds_alternative<std::string>(fact.value)) return std::get<std::string>(fact.value);
  return "not stated";
}

void AppendVerdict(const CheckResult& result, std::string& out) {
  FindingCounts counts = CountFindings(result);
  out += "<div class=\"verdict\">";
  out += fmt::format("<span class=\"badge error\">{} serious problem{}</span>", counts.error,
                     counts.error == 1 ? "" : "s");
  out += fmt::format("<span class=\"badge warning\">{} concern{}</span>", counts.warning,
                     counts.warning == 1 ? "" : "s");
  out += fmt::format("<span class=\"badge info\">{} note{}</span>", counts.info,
                     counts.info == 1 ? "" : "s");
  out += fmt::format("<span class=\"badge pass\">{} requirement{} met</span>", counts.pass,
                     counts.pass == 1 ? "" : "s");
  if (counts.unknown > 0) {
    out += fmt::format("<span class=\"badge unknown\">{} not known</span>", counts.unknown);
  }
  out += "</div>\n";
}

void AppendProvisions(const CheckResult& result, const Vocabulary* vocabulary, std::string& out) {
  std::vector<ProvisionLine> provisions = Provisions(result.facts, vocabulary);
  if (provisions.empty()) return;
  bool fully_read = ReadingBanner(result).empty();
  out += "<h3>What it includes, and what it leaves out</h3>\n<div class=\"provisions\">\n";
  for (bool present : {true, false}) {
    out += fmt::format("<div class=\"{}\"><h4>{}</h4>\n<ul>\n", present ? "included" : "absent",
                       present      ? "Included"
                       : fully_read ? "Not found in the agreement"
                                    : "Not found in the pages read");
    for (const ProvisionLine& provision : provisions) {
      if (provision.present != present) continue;
      std::string cite =
          provision.evidence ? fmt::format(" {}", CiteLink(result, *provision.evidence)) : "";
      out += fmt::format("<li>{}{}</li>\n", H(provision.words), cite);
    }
    out += "</ul></div>\n";
  }
  out += "</div>\n";
}

void AppendSummary(const CheckResult& result, const Vocabulary* vocabulary, std::string& out) {
  const Facts& facts = result.facts;
  std::string state = StringFact(facts, "state").value_or("");
  out += "<section class=\"summary\" id=\"summary\">\n<h2>In plain words</h2>\n";
  out += fmt::format(
      "<p><strong>What this is.</strong> An agreement between U.S. Immigration and Customs "
      "Enforcement (ICE) and {}{} under section 287(g) of the Immigration and Nationality Act. It "
      "lets local officers who are trained and certified by ICE act as federal immigration "
      "officers.</p>\n",
      H(AgencyOrUnknown(result)), state.empty() ? "" : fmt::format(" ({})", H(state)));
  for (const FactItem& model : facts.models) {
    out += fmt::format("<p><strong>Type of program.</strong> {}</p>\n",
                       H(ModelInPlainWords(vocabulary, model.id)));
  }
  if (facts.models.empty()) {
    out += "<p><strong>Type of program.</strong> Not identified from the text.</p>\n";
  }
  AppendVerdict(result, out);

  out += "<h3>What it lets local officers do</h3>\n";
  if (facts.authorities.empty()) {
    out += "<p>No delegated immigration powers were found in the text.</p>\n";
  } else {
    out += "<p>Officers certified under this agreement may:</p>\n<ul class=\"powers\">\n";
    for (const FactItem& authority : facts.authorities) {
      std::string cite = authority.evidence.empty()
                             ? ""
                             : fmt::format(" {}", CiteLink(result, authority.evidence.front()));
      out +=
          fmt::format("<li>{}{}</li>\n", H(AuthorityInPlainWords(vocabulary, authority.id)), cite);
    }
    out += "</ul>\n";
  }

  AppendProvisions(result, vocabulary, out);

  out += "<h3>Key numbers</h3>\n<dl class=\"numbers\">\n";
  for (const KeyNumber& number : KeyNumbers(facts)) {
    bool stated = number.evidence != nullptr;
    out += fmt::format("<div><dt>{}</dt><dd{}>{}{}</dd></div>\n", H(number.label),
                       stated ? "" : " class=\"unstated\"", H(number.value),
                       stated ? fmt::format(" {}", CiteLink(result, *number.evidence)) : "");
  }
  out += "</dl>\n";

  out += "<h3>The most serious problems</h3>\n";
  std::vector<const Finding*> top = TopProblems(result, 3);
  if (top.empty()) out += "<p>The rules applied found nothing failing or missing.</p>\n";
  if (!top.empty()) out += "<ol class=\"top\">\n";
  for (const Finding* finding : top) {
    std::string what = finding->outcome == Outcome::kMissing ? "missing from the agreement"
                                                             : "the agreement falls short";
    out += fmt::format("<li><span class=\"badge {}\">{}</span> <strong>{}</strong> ({}). {}</li>\n",
                       SeverityName(finding->severity), H(SeverityInPlainWords(finding->severity)),
                       H(finding->title.empty() ? finding->rule : finding->title), what,
                       H(finding->message));
  }
  if (!top.empty()) out += "</ol>\n";
  out += "</section>\n";
}

void AppendTable(const CheckResult& result, std::string& out) {
  out +=
      "<section id=\"findings\">\n<h2>All findings</h2>\n<table>\n<thead><tr><th>#</th>"
      "<th>Result</th><th>Rule</th><th>Where</th><th>Source</th></tr></thead>\n<tbody>\n";
  int number = 0;
  for (const Finding* finding : OrderedFindings(result)) {
    ++number;
    out += fmt::format(
        "<tr><td><a href=\"#finding-{}\">{}</a></td><td><span class=\"badge {}\">{}</span></td>"
        "<td>{}<br><code>{}</code></td><td>{}</td><td>{}</td></tr>\n",
        number, number, SeverityClass(*finding), OutcomeInPlainWords(finding->outcome),
        H(finding->title), H(finding->rule), CiteLink(result, FindingLocation(result, *finding)),
        H(PrimaryCitation(*finding)));
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void AppendCard(const CheckResult& result, const Finding& finding, int number, std::string& out) {
  out += fmt::format("<div class=\"card {}\" id=\"finding-{}\">\n", SeverityClass(finding), number);
  out += fmt::format("<h3>{}. <span class=\"badge {}\">{}</span> {}</h3>\n", number,
                     SeverityClass(finding), OutcomeInPlainWords(finding.outcome),
                     H(Headline(finding)));
  out += fmt::format("<p class=\"rule\"><code>{}</code> · {} · rulebook {}</p>\n<dl>\n",
                     H(finding.rule), H(SeverityLabel(finding)), H(finding.pack));
  if (!finding.requirement.empty()) {
    out += fmt::format("<dt>What is required</dt><dd>{}</dd>\n", H(finding.requirement));
  }
  if (!finding.message.empty())
    out += fmt::format("<dt>What we found</dt><dd>{}</dd>\n", H(finding.message));
  for (const RuleSource& source : finding.sources) {
    std::string cite = source.url.empty() ? H(source.citation)
                                          : fmt::format("<a href=\"{}\">{}</a>", H(source.url),
                                                        H(source.citation));
    out += fmt::format("<dt>Source</dt><dd>{} <span class=\"meta\">({}, {})</span></dd>\n", cite,
                       H(source.kind), source.primary ? "primary" : "secondary");
  }
  bool absent = finding.outcome == Outcome::kMissing || finding.outcome == Outcome::kUnknown;
  if (absent && !finding.expected_section.empty()) {
    std::string link = CiteLink(result, FindingLocation(result, finding));
    out += fmt::format("<dt>Expected in</dt><dd>{} {}</dd>\n", H(finding.expected_section), link);
  }
  if (IsProblem(finding) && !finding.remediation.empty()) {
    out += fmt::format("<dt>How to fix</dt><dd>{}</dd>\n", H(finding.remediation));
  }
  out += "</dl>\n";
  for (const Evidence& evidence : finding.evidence) {
    out += fmt::format("<blockquote>“{}”<span class=\"cite\">{}</span></blockquote>\n",
                       H(evidence.quote), CiteLink(result, evidence));
  }
  out += "</div>\n";
}

void AppendDetails(const CheckResult& result, std::string& out) {
  const Facts& facts = result.facts;
  auto cite = [&](const std::vector<Evidence>& evidence) {
    return evidence.empty() ? std::string() : CiteLink(result, evidence.front());
  };
  out +=
      "<details>\n<summary>Facts read from the agreement</summary>\n<table>\n"
      "<thead><tr><th>Fact</th><th>Value</th><th>Where</th></tr></thead>\n<tbody>\n";
  for (const FactItem& model : facts.models) {
    out += fmt::format("<tr><td>model</td><td>{}</td><td>{}</td></tr>\n", H(model.id),
                       cite(model.evidence));
  }
  for (const FactItem& authority : facts.authorities) {
    out += fmt::format("<tr><td>authority</td><td>{}</td><td>{}</td></tr>\n", H(authority.id),
                       cite(authority.evidence));
  }
  for (const auto& [name, fact] : facts.scalars) {
    out += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>\n", H(name),
                       H(FactValueText(fact)), cite(fact.evidence));
  }
  for (const Signature& signature : facts.signed_) {
    out += fmt::format("<tr><td>signed ({})</td><td>{}</td><td>{}</td></tr>\n", H(signature.party),
                       H(signature.date), CiteLink(result, signature.evidence));
  }
  out += "</tbody>\n</table>\n</details>\n<details>\n<summary>Section outline</summary>\n";
  int open = 0;  // <ul> levels open
  for (const Section& section : result.outline.sections) {
    while (open < section.depth + 1) {
      out += fmt::format("<ul{}>\n", open == 0 ? " class=\"outline\"" : "");
      ++open;
    }
    while (open > section.depth + 1) {
      out += "</ul>\n";
      --open;
    }
    out += fmt::format("<li><strong>{}</strong> {} {}</li>\n", H(section.path), H(section.title),
                       CiteLink(result, Evidence{section.page, section.line, "", ""}));
  }
  for (; open > 0; --open) out += "</ul>\n";
  if (result.outline.sections.empty()) out += "<p>No numbered sections were recognized.</p>\n";
  out += "</details>\n";
}

void AppendFooter(const CheckResult& result, const RenderOptions& options, std::string& out) {
  if (!result.packs_left_out.empty()) {
    out += "<section class=\"not-checked\"><h2>Not checked</h2>\n<ul>\n";
    for (const PackLeftOut& pack : result.packs_left_out)
      out += fmt::format("<li><strong>{}</strong>: {}.</li>\n", H(pack.pack), H(pack.why));
    out += "</ul></section>\n";
  }
  std::string rulebooks;
  for (const RulebookInfo& info : result.rulebooks) {
    rulebooks +=
        fmt::format("{}{} {}", rulebooks.empty() ? "" : ", ", H(info.name), H(info.version));
  }
  out += fmt::format(
      "<footer><p>Document SHA-256 <code>{}</code><br>Rulebooks: {}<br>moacheck {} · {}</p>"
      "<p>This report is produced automatically from the text of the agreement. It is not legal "
      "advice; check each quote against the PDF.</p></footer>\n",
      H(result.sha256), rulebooks.empty() ? "none" : rulebooks, MOACHECK_VERSION,
      H(ReportDate(options.date)));
}

void AppendResult(const CheckResult& result, const RenderOptions& options, std::string& out) {
  out += "<article class=\"report\">\n<header><p class=\"kicker\">287(g) agreement review</p>\n";
  if (!result.ok) {
    out += fmt::format(
        "<h1>{}</h1></header>\n<p class=\"error-record\"><strong>This file could not be "
        "read</strong>"
        " ({}): {}</p>\n</article>\n",
        H(result.file), ErrorKindName(result.error.kind), H(result.error.message));
    return;
  }
  out += fmt::format("<h1>{}</h1>\n<p class=\"meta\">File {} · {} pages{}</p></header>\n",
                     H(AgencyOrUnknown(result)), H(result.file), result.pages,
                     OcrPages(result).empty() ? "" : " (some read by OCR)");
  std::vector<std::string> banner = ReadingBanner(result);
  if (!banner.empty()) {
    out += "<div class=\"banner\" role=\"alert\"><strong>Not every page was read well.</strong>\n";
    for (const std::string& line : banner) out += fmt::format("<p>{}</p>\n", H(line));
    out += "</div>\n";
  }
  AppendSummary(result, options.vocabulary.get(), out);
  AppendTable(result, out);
  out += "<section id=\"cards\">\n<h2>Findings in detail</h2>\n";
  int number = 0;
  for (const Finding* finding : OrderedFindings(result)) {
    ++number;
    if (finding->outcome != Outcome::kNotApplicable) AppendCard(result, *finding, number, out);
  }
  out += "</section>\n";
  AppendDetails(result, out);
  AppendFooter(result, options, out);
  out += "</article>\n";
}

}  // namespace

std::string RenderHtml(const std::vector<CheckResult>& results, const RenderOptions& options) {
  std::string title = results.size() == 1 && results.front().ok
                          ? "287(g) agreement review: " + AgencyOrUnknown(results.front())
                          : "287(g) agreement reviews";
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n"
      // Printing opens the collapsible parts so paper shows everything.
      "<script>window.addEventListener('beforeprint', () => document.querySelectorAll('details')"
      ".forEach(d => d.open = true));</script>\n</head>\n<body>\n<main>\n",
      H(title), kHtmlStyle);
  for (const CheckResult& result : results) AppendResult(result, options, out);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace moacheck::report
