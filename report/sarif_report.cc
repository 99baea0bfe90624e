// SARIF 2.1.0 (spec/report.md): one run for all files, so code-scanning
// dashboards can show each failing or missing rule at its page and section
// (and each rule not known, for pages not read well, as a "review" result).
// A PDF has no source lines: the region's startLine is the line on the page,
// and the page itself travels in properties.page. Artifact URIs are the
// paths as given, percent-encoded (a space or "#" in a file name would
// otherwise make an invalid or different URI).
#include <map>
#include <nlohmann/json.hpp>

#include "moacheck/version.h"
#include "report/escape.h"
#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck::report {
namespace {

using nlohmann::json;

const char* Level(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

json RuleDescriptor(const Finding& finding) {
  json rule = {
      {"id", finding.rule},
      {"name", finding.rule},
      {"shortDescription", {{"text", finding.title.empty() ? finding.rule : finding.title}}},
      {"defaultConfiguration", {{"level", Level(finding.severity)}}},
      {"properties", {{"pack", finding.pack}, {"source", PrimaryCitation(finding)}}}};
  if (!finding.requirement.empty()) rule["fullDescription"] = {{"text", finding.requirement}};
  if (!finding.sources.empty() && !finding.sources.front().url.empty()) {
    rule["helpUri"] = finding.sources.front().url;
  }
  if (!finding.remediation.empty()) rule["help"] = {{"text", finding.remediation}};
  return rule;
}

json Result(const CheckResult& result, const Finding& finding, int rule_index) {
  Evidence where = FindingLocation(result, finding);
  std::string snippet = where.quote;
  if (finding.outcome == Outcome::kMissing || finding.outcome == Outcome::kUnknown) {
    snippet = finding.expected_section.empty()
                  ? "(clause not found)"
                  : "(clause not found; expected in " + finding.expected_section + ")";
  }
  // Not known (pages not read well) is for a person to review, not a
  // failure: SARIF's kind "review", whose level must then be "none".
  bool review = finding.outcome == Outcome::kUnknown;
  json region = {{"startLine", where.line > 0 ? where.line : 1}, {"snippet", {{"text", snippet}}}};
  json location = {
      {"physicalLocation",
       {{"artifactLocation", {{"uri", PageLink(result.file, 0)}}}, {"region", region}}}};
  std::string section = where.section.empty() ? finding.expected_section : where.section;
  if (!section.empty()) {
    location["logicalLocations"] =
        json::array({{{"fullyQualifiedName", section}, {"kind", "section"}}});
  }
  return {{"ruleId", finding.rule},
          {"ruleIndex", rule_index},
          {"level", review ? "none" : Level(finding.severity)},
          {"kind", review ? "review" : "fail"},
          {"message", {{"text", finding.message.empty() ? finding.title : finding.message}}},
          {"locations", json::array({location})},
          {"properties", {{"page", where.page}, {"outcome", OutcomeName(finding.outcome)}}}};
}

}  // namespace

std::string RenderSarif(const std::vector<CheckResult>& results) {
  json rules = json::array();
  std::map<std::string, int> rule_index;
  json sarif_results = json::array();
  json artifacts = json::array();
  json notifications = json::array();
  for (const CheckResult& result : results) {
    json artifact = {{"location", {{"uri", PageLink(result.file, 0)}}}};
    if (!result.sha256.empty()) artifact["hashes"] = {{"sha-256", result.sha256}};
    artifacts.push_back(artifact);
    if (!result.ok) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", result.error.message}}},
           {"properties", {{"kind", ErrorKindName(result.error.kind)}, {"file", result.file}}}});
      continue;
    }
    for (const Finding& finding : result.findings) {
      if (!IsProblem(finding) && finding.outcome != Outcome::kUnknown) continue;
      auto [it, added] = rule_index.emplace(finding.rule, static_cast<int>(rules.size()));
      if (added) rules.push_back(RuleDescriptor(finding));
      sarif_results.push_back(Result(result, finding, it->second));
    }
  }
  json run = {
      {"tool",
       {{"driver", {{"name", "moacheck"}, {"version", MOACHECK_VERSION}, {"rules", rules}}}}},
      {"artifacts", artifacts},
      {"invocations", json::array({{{"executionSuccessful", notifications.empty()},
                                    {"toolExecutionNotifications", notifications}}})},
      {"results", sarif_results}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({run})}};
  return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace moacheck::report
