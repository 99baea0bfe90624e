// Reports: the last pipeline stage. Turns CheckResults (one per input file)
// into text for three audiences: a person at a terminal, a reader of a
// Markdown or HTML page (a lawyer, a council member), and a script (JSON,
// JSONL, CSV, SARIF per ../shared/spec/report.md).
// Thread-safety: pure functions of their arguments; call from any thread.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "moacheck/findings.h"

namespace moacheck {

enum class ReportFormat { kText, kMarkdown, kHtml, kJson, kJsonl, kCsv, kSarif };

// "text", "md", "html", "json", "jsonl", "csv", "sarif"; nullopt otherwise.
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

struct RenderOptions {
  bool color = false;  // ANSI colors in the text format (only on a terminal)
  std::string date;    // ISO date printed in footers; empty: today (UTC)
  // The vocabulary the results were read with: the text, Markdown and HTML
  // reports and the archive dashboard name models, authorities and
  // provisions in its words (Wording). Without one, each id stands for
  // itself: a model is called by its id, an authority reads "exercise the
  // immigration power "ID"", and the provisions are listed by id in name
  // order. JSON, JSONL, CSV and SARIF print ids only and do not need it.
  std::shared_ptr<const Vocabulary> vocabulary;
};

// The whole report for `results`, in input order. JSON prints one object for
// one result and an array for several; JSONL one line per result; CSV one
// row per document and rule (one row for a document that could not be read).
std::string RenderReport(const std::vector<CheckResult>& results, ReportFormat format,
                         const RenderOptions& options = {});

// The JSON record of one file (spec/report.md), also used by JSONL.
nlohmann::json CheckResultToJson(const CheckResult& result);

// Counts of the "summary" object: failing or missing findings by severity,
// passing findings, and findings not known (pages not read well).
struct FindingCounts {
  int error = 0;
  int warning = 0;
  int info = 0;
  int pass = 0;
  int unknown = 0;
};
FindingCounts CountFindings(const CheckResult& result);
// The same counts from a JSON record's findings (spec/report.md, or one
// ReadRecords rebuilt from CSV rows, which has no "summary" object).
FindingCounts CountRecordFindings(const nlohmann::json& record);

// --fail-on: the least severe failing finding that makes the run fail.
enum class FailOn { kError, kWarning, kInfo, kNever };
std::optional<FailOn> ParseFailOn(std::string_view name);

// The exit status of spec/cli.md: 2 when any input could not be read, 1 when
// a failing or missing finding is at or above `fail_on`, else 0.
int ExitStatus(const std::vector<CheckResult>& results, FailOn fail_on);
// The same for one JSON record (spec/report.md, or one ReadRecords gives
// for a CSV report): so a resumed run's status covers the records of the
// runs before it too.
int RecordExitStatus(const nlohmann::json& record, FailOn fail_on);

}  // namespace moacheck
