// Batch checks over archives: many files on a pool of threads, each result
// handed over as soon as it is ready (or in input order), an output file
// that only ever holds whole records, and resuming from such a file.
// Thread-safety: RunBatch calls `emit` from its worker threads, one call at
// a time (under a lock), so `emit` needs no locking of its own.
#pragma once

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "moacheck/check.h"
#include "moacheck/report.h"
#include "moacheck/status.h"

namespace moacheck {

struct BatchOptions {
  CheckOptions check;
  int jobs = 1;
  // Hand results over in input order (out-of-order ones wait in a buffer);
  // otherwise as each completes.
  bool sort = false;
  // Set (e.g. by a signal handler) to stop taking new files; files already
  // being checked finish and are emitted. Null: never stops.
  const std::atomic<bool>* stop = nullptr;
  // Turns a result into its record text on the worker thread that checked
  // it, so rendering runs in parallel rather than under `emit`'s lock. Null:
  // records are empty strings.
  std::function<std::string(const CheckResult&)> render;
};

struct BatchTotals {
  std::size_t emitted = 0;  // records handed to `emit`
  std::size_t errors = 0;   // of them, files that could not be read
  bool stopped = false;     // `stop` was set before every file was taken
};

// CheckFile on every path, `emit` called once per file checked with the
// result (it may keep it) and its rendered record. Only a
// context that cannot be loaded (a malformed rulebook) is an Error; a bad
// file is an error record like any other.
Result<BatchTotals> RunBatch(const std::vector<std::string>& paths, const BatchOptions& options,
                             const std::function<void(CheckResult&&, std::string&&)>& emit);

// The records of an existing JSONL or CSV report (`csv` says which), in
// order, each handed to `take` as a JSON object: a JSONL line as written
// (spec/report.md); for CSV, the rows of one file make one record holding
// file, sha256, status, error and the findings' rule, severity, status and
// message (facts null: CSV does not carry them). A last line without its
// newline (a record cut short by an interrupt) is cut off the file, so
// records appended later start on a line of their own. A missing file has
// no records. Streams the file: memory does not grow with its size.
Result<std::size_t> ReadRecords(const std::string& path, bool csv,
                                const std::function<void(nlohmann::json&&)>& take);

// The files `moacheck check PATH...` reads: each directory replaced by the
// PDFs directly in it (in all folders below it with `recursive`), sorted;
// other paths (files, "-", paths that do not exist) kept as given, so a bad
// path still yields an error record.
std::vector<std::string> CollectInputs(const std::vector<std::string>& paths, bool recursive);

// RunBatch in input order, every result kept: `check` with a whole-report
// format (text, md, html, json, sarif). Only a context that cannot be
// loaded is an Error.
Result<std::vector<CheckResult>> CheckFiles(const std::vector<std::string>& paths,
                                            const CheckOptions& options, int jobs);

// --resume: the records already in `output` (JSONL, or CSV with `csv`)
// count as this run's, for the exit status and the summary (`recorded` is
// called with each), as if the run had never stopped; the inputs whose
// SHA-256 already has a record are left out.
struct ResumePlan {
  std::vector<std::string> remaining;  // the inputs still to check, in order
  int status = 0;                      // RecordExitStatus over the records read
};
Result<ResumePlan> PlanResume(const std::string& output, bool csv, std::vector<std::string> inputs,
                              FailOn fail_on,
                              const std::function<void(const nlohmann::json&)>& recorded);

// Where a batch report goes. To standard output; or, for a new file, to
// PATH.tmp-PID renamed to PATH by Commit, so PATH is never half-written;
// or, when resuming, appended to PATH directly (the existing file is the
// checkpoint). Each Write is whole lines, flushed at once.
class BatchOutput {
 public:
  ~BatchOutput();
  static Result<std::unique_ptr<BatchOutput>> Open(const std::string& path, bool append);
  // True when nothing is in the destination yet (a CSV header is due).
  bool empty() const { return empty_; }
  // An io Error names the report.
  Status Write(const std::string& lines);
  // Closes the file and, unless appending, renames it into place.
  Status Commit();

 private:
  BatchOutput() = default;
  std::string path_;
  std::string temporary_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  bool empty_ = true;
};

}  // namespace moacheck
