// Writing an archive summary (check --summary FILE.html): the dashboard
// itself and, in FILE-reports/ beside it, each document's own HTML report,
// which the dashboard's table links to. Reports are named by the start of
// the document's SHA-256 and its file name, so a resumed run links to the
// reports an earlier run wrote. Every file is written whole (temporary file,
// then rename).
// Thread-safety: not thread-safe; call from RunBatch's emit.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "moacheck/archive_summary.h"
#include "moacheck/findings.h"
#include "moacheck/report.h"
#include "moacheck/status.h"

namespace moacheck {

class SummaryWriter {
 public:
  // Creates the reports folder; an Error when it cannot be made. `options`
  // (with the run's vocabulary, for the wording) render every report and
  // the dashboard.
  static Result<std::unique_ptr<SummaryWriter>> Open(const std::string& dashboard_path,
                                                     const RenderOptions& options);
  // A document checked in this run: its report is written, its row added.
  void Add(const CheckResult& result);
  // A record from an earlier run (--resume): its row links to its report
  // when that run wrote one.
  void AddRecorded(const nlohmann::json& record);
  // Writes the dashboard. The first file that could not be written, if
  // any, is the Error.
  Status Finish();

 private:
  SummaryWriter() = default;
  // "<reports folder>/<sha256 prefix>-<file name>.html"; empty without a hash.
  std::string ReportName(const std::string& file, const std::string& sha256) const;
  std::string LinkTo(const std::string& report_name) const;

  std::string dashboard_;
  std::string reports_folder_;  // as a path
  std::string reports_link_;    // its name, relative to the dashboard
  RenderOptions options_;
  ArchiveSummary summary_;
  Status first_error_;  // the first report that could not be written
};

}  // namespace moacheck
