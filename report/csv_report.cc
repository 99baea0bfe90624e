// CSV (spec/report.md): one row per document and rule, so a spreadsheet can
// compare many agreements; a document that could not be read is one row
// with status "error" and the reason in `message`.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/plain_language.h"
#include "report/renderers.h"

namespace moacheck::report {
namespace {

std::string Row(const CheckResult& result, const std::string& rule, const std::string& severity,
                const std::string& outcome, int page, const std::string& section,
                const std::string& message) {
  return fmt::format("{},{},{},{},{},{},{},{},{}\r\n", CsvField(result.file),
                     CsvField(result.sha256), result.ok ? "ok" : "error", CsvField(rule), severity,
                     outcome, page > 0 ? std::to_string(page) : "", CsvField(section),
                     CsvField(message));
}

}  // namespace

std::string RenderCsv(const std::vector<CheckResult>& results) {
  std::string out = "file,sha256,status,rule,severity,outcome,page,section,message\r\n";
  for (const CheckResult& result : results) {
    if (!result.ok) {
      out += Row(result, "", "", "", 0, "",
                 fmt::format("{}: {}", ErrorKindName(result.error.kind), result.error.message));
      continue;
    }
    if (result.findings.empty()) {
      out += Row(result, "", "", "", 0, "", "no rules applied");
      continue;
    }
    for (const Finding& finding : result.findings) {
      Evidence where = FindingLocation(result, finding);
      out += Row(result, finding.rule, SeverityName(finding.severity), OutcomeName(finding.outcome),
                 where.page, where.section, finding.message);
    }
  }
  return out;
}

}  // namespace moacheck::report
