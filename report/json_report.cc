// The machine-readable record of one file (spec/report.md), shared by the
// JSON and JSONL formats.
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "moacheck/report.h"
#include "moacheck/version.h"
#include "report/plain_language.h"

namespace moacheck {
namespace {

using nlohmann::json;

json NullIfEmpty(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json EvidenceToJson(const Evidence& evidence) {
  return {{"page", evidence.page},
          {"line", evidence.line},
          {"section", NullIfEmpty(evidence.section)},
          {"quote", evidence.quote}};
}

json FindingToJson(const Finding& finding) {
  json sources = json::array();
  for (const RuleSource& source : finding.sources) {
    json entry = {
        {"kind", source.kind}, {"citation", source.citation}, {"primary", source.primary}};
    if (!source.url.empty()) entry["url"] = source.url;
    sources.push_back(entry);
  }
  json evidence = json::array();
  for (const Evidence& item : finding.evidence) evidence.push_back(EvidenceToJson(item));
  return {{"rule", finding.rule},
          {"title", finding.title},
          {"pack", finding.pack},
          {"severity", SeverityName(finding.severity)},
          {"status", OutcomeName(finding.outcome)},
          {"message", finding.message},
          {"requirement", finding.requirement},
          {"source", report::PrimaryCitation(finding)},
          {"sources", sources},
          {"expected_section", NullIfEmpty(finding.expected_section)},
          {"remediation", finding.remediation},
          {"evidence", evidence}};
}

const char* ReadingName(PageReading reading) {
  switch (reading) {
    case PageReading::kGood:
      return "good";
    case PageReading::kPoor:
      return "poor";
    case PageReading::kNotRead:
      return "not-read";
  }
  return "not-read";
}

// Where each page's text came from and how well it reads (document.h).
json PagesToJson(const CheckResult& result) {
  json pages = json::array();
  for (const PageInfo& page : result.page_info) {
    pages.push_back(
        {{"page", page.number},
         {"source", PageSourceName(page.source)},
         {"quality", std::round(page.quality * 1000) / 1000},
         {"judged_words", page.judged_words},
         {"ocr_confidence", page.ocr_confidence < 0 ? json(nullptr) : json(page.ocr_confidence)},
         {"reading", ReadingName(ReadingOf(page))}});
  }
  return pages;
}

}  // namespace

json CheckResultToJson(const CheckResult& result) {
  json record = {{"schema_version", 1},
                 {"file", result.file},
                 {"sha256", NullIfEmpty(result.sha256)},
                 {"status", result.ok ? "ok" : "error"},
                 {"error", nullptr},
                 {"pages", result.pages},
                 {"ocr_pages", report::OcrPages(result)},
                 {"unread_pages", report::PagesRead(result, PageReading::kNotRead)},
                 {"poor_pages", report::PagesRead(result, PageReading::kPoor)},
                 {"page_text", PagesToJson(result)},
                 {"tool", {{"name", "moacheck"}, {"version", MOACHECK_VERSION}}}};
  if (!result.ok) {
    record["error"] = {{"kind", ErrorKindName(result.error.kind)},
                       {"message", result.error.message}};
  }
  json rulebooks = json::array();
  for (const RulebookInfo& info : result.rulebooks) {
    rulebooks.push_back({{"name", info.name}, {"version", info.version}});
  }
  record["rulebooks"] = rulebooks;
  json left_out = json::array();
  for (const PackLeftOut& pack : result.packs_left_out)
    left_out.push_back({{"pack", pack.pack}, {"why", pack.why}});
  record["packs_left_out"] = left_out;
  record["warnings"] = result.warnings;
  record["facts"] = result.ok ? FactsToJson(result.facts) : json(nullptr);
  record["outline"] = result.ok ? OutlineToJson(result.outline) : json::array();
  json findings = json::array();
  for (const Finding& finding : result.findings) findings.push_back(FindingToJson(finding));
  record["findings"] = findings;
  FindingCounts counts = CountFindings(result);
  record["summary"] = {{"error", counts.error},
                       {"warning", counts.warning},
                       {"info", counts.info},
                       {"pass", counts.pass},
                       {"unknown", counts.unknown}};
  return record;
}

}  // namespace moacheck
