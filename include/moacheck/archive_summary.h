// The archive summary of a batch run (`check --summary FILE.html`): one
// self-contained HTML dashboard over every document of the run: counts by
// model, by state and by rule outcome, the files that could not be read by
// kind, and a sortable, filterable table of documents linking to their own
// reports. It is built from the JSON records of spec/report.md, so records
// read back from an earlier run's report (--resume) count like new ones.
// Memory holds one small row per document, never the records themselves.
// Thread-safety: not thread-safe; feed it from one thread (RunBatch's emit).
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "moacheck/report.h"

namespace moacheck {

class ArchiveSummary {
 public:
  // One document's record; `report_link` is its own report as a URL
  // relative to the dashboard (empty: it has none).
  void Add(const nlohmann::json& record, const std::string& report_link);
  std::size_t documents() const { return rows_.size(); }
  std::string RenderHtml(const RenderOptions& options) const;

 private:
  struct Row {
    std::string file;
    std::string link;
    bool ok = true;
    std::string error_kind;
    std::string error_message;
    std::string agency;  // empty: not found (or not recorded, for CSV)
    std::string state;
    std::string model;        // model ids joined with " + "
    std::string signed_date;  // the latest signature date
    int pages = 0;
    FindingCounts counts;   // failing or missing by severity, and passes
    bool has_facts = true;  // false for records rebuilt from CSV rows
  };
  struct RuleTally {
    std::string title;
    std::string severity;
    int fail = 0;
    int missing = 0;
    int pass = 0;
    int not_applicable = 0;
    int unknown = 0;
  };
  std::vector<Row> rows_;
  std::map<std::string, RuleTally> rules_;
  int pages_ = 0;
  int ocr_pages_ = 0;
};

}  // namespace moacheck
