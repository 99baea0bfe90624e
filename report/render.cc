// Format and threshold names, finding counts and exit status, and the
// dispatch from a format to its renderer.
#include <algorithm>

#include "moacheck/report.h"
#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck {
namespace {

// Text read from a damaged PDF may not be valid UTF-8; replace, never throw.
std::string Dump(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "md" || name == "markdown") return ReportFormat::kMarkdown;
  if (name == "html") return ReportFormat::kHtml;
  if (name == "json") return ReportFormat::kJson;
  if (name == "jsonl") return ReportFormat::kJsonl;
  if (name == "csv") return ReportFormat::kCsv;
  if (name == "sarif") return ReportFormat::kSarif;
  return std::nullopt;
}

std::optional<FailOn> ParseFailOn(std::string_view name) {
  if (name == "error") return FailOn::kError;
  if (name == "warning") return FailOn::kWarning;
  if (name == "info") return FailOn::kInfo;
  if (name == "never") return FailOn::kNever;
  return std::nullopt;
}

FindingCounts CountFindings(const CheckResult& result) {
  FindingCounts counts;
  for (const Finding& finding : result.findings) {
    if (finding.outcome == Outcome::kPass) {
      ++counts.pass;
    } else if (report::IsProblem(finding)) {
      switch (finding.severity) {
        case Severity::kError:
          ++counts.error;
          break;
        case Severity::kWarning:
          ++counts.warning;
          break;
        case Severity::kInfo:
          ++counts.info;
          break;
      }
    }
  }
  return counts;
}

int ExitStatus(const std::vector<CheckResult>& results, FailOn fail_on) {
  bool unreadable = std::any_of(results.begin(), results.end(),
                                [](const CheckResult& result) { return !result.ok; });
  if (unreadable) return 2;
  for (const CheckResult& result : results) {
    FindingCounts counts = CountFindings(result);
    int at_or_above = 0;
    switch (fail_on) {
      case FailOn::kInfo:
        at_or_above += counts.info;
        [[fallthrough]];
      case FailOn::kWarning:
        at_or_above += counts.warning;
        [[fallthrough]];
      case FailOn::kError:
        at_or_above += counts.error;
        break;
      case FailOn::kNever:
        break;
    }
    if (at_or_above > 0) return 1;
  }
  return 0;
}

std::string RenderReport(const std::vector<CheckResult>& results, ReportFormat format,
                         const RenderOptions& options) {
  switch (format) {
    case ReportFormat::kText:
      return report::RenderText(results, options);
    case ReportFormat::kMarkdown:
      return report::RenderMarkdown(results, options);
    case ReportFormat::kHtml:
      return report::RenderHtml(results, options);
    case ReportFormat::kJson: {
      if (results.size() == 1) return Dump(CheckResultToJson(results.front()), 2) + "\n";
      nlohmann::json all = nlohmann::json::array();
      for (const CheckResult& result : results) all.push_back(CheckResultToJson(result));
      return Dump(all, 2) + "\n";
    }
    case ReportFormat::kJsonl: {
      std::string out;
      for (const CheckResult& result : results) out += Dump(CheckResultToJson(result), -1) + "\n";
      return out;
    }
    case ReportFormat::kCsv:
      return report::RenderCsv(results);
    case ReportFormat::kSarif:
      return report::RenderSarif(results);
  }
  return "";
}

}  // namespace moacheck
