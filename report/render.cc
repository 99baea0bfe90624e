// Format and threshold names, finding counts and exit status, and the
// dispatch from a format to its renderer.
#include <algorithm>
#include <nlohmann/json.hpp>

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
    } else if (finding.outcome == Outcome::kUnknown) {
      ++counts.unknown;
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

namespace {

// 1 when the counts reach --fail-on's level, else 0.
int StatusOfCounts(int error, int warning, int info, FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kInfo:
      return error + warning + info > 0 ? 1 : 0;
    case FailOn::kWarning:
      return error + warning > 0 ? 1 : 0;
    case FailOn::kError:
      return error > 0 ? 1 : 0;
    case FailOn::kNever:
      return 0;
  }
  return 0;
}

}  // namespace

int ExitStatus(const std::vector<CheckResult>& results, FailOn fail_on) {
  int status = 0;
  for (const CheckResult& result : results) {
    if (!result.ok) return 2;
    FindingCounts counts = CountFindings(result);
    status = std::max(status, StatusOfCounts(counts.error, counts.warning, counts.info, fail_on));
  }
  return status;
}

FindingCounts CountRecordFindings(const nlohmann::json& record) {
  FindingCounts counts;
  auto findings = record.is_object() ? record.find("findings") : record.end();
  if (!record.is_object() || findings == record.end() || !findings->is_array()) return counts;
  auto text = [](const nlohmann::json& finding, const char* key) {
    auto it = finding.find(key);
    return it != finding.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  for (const nlohmann::json& finding : *findings) {
    if (!finding.is_object()) continue;
    std::string outcome = text(finding, "status");
    if (outcome == "pass") ++counts.pass;
    if (outcome == "unknown") ++counts.unknown;
    if (outcome != "fail" && outcome != "missing") continue;
    std::string severity = text(finding, "severity");
    if (severity == "error") ++counts.error;
    if (severity == "warning") ++counts.warning;
    if (severity == "info") ++counts.info;
  }
  return counts;
}

int RecordExitStatus(const nlohmann::json& record, FailOn fail_on) {
  if (!record.is_object()) return 2;
  auto status = record.find("status");
  if (status == record.end() || !status->is_string() || *status != "ok") return 2;
  FindingCounts counts = CountRecordFindings(record);
  return StatusOfCounts(counts.error, counts.warning, counts.info, fail_on);
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
