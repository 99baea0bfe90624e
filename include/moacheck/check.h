// Check: the whole pipeline for one input file, as `moacheck check` runs it:
// LoadDocument -> ParseOutline -> ExtractFacts -> rulebooks (given, or chosen
// by DefaultPacks from the facts) -> Evaluate, gathered in a CheckResult.
// Thread-safety: a CheckContext is immutable to callers (its cache of
// default rulebooks is locked inside) and is shared by all threads of a run;
// CheckFile may run concurrently on different files.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/findings.h"
#include "moacheck/ocr.h"
#include "moacheck/status.h"

namespace moacheck {

class CheckContext;

struct CheckOptions {
  LoadOptions load;
  // The OCR engine's cache; LoadCheckContext makes the run's one recognizer.
  OcrOptions ocr;
  // --rules: pack names, YAML files or directories. Empty: for each file,
  // the packs DefaultPacks picks from its facts.
  std::vector<std::string> rules;
  std::string override_file;  // disables rules or changes severities; empty: none
  // --state XX: apply this state's rules and record it as the agreement's
  // state, whatever the text says. Empty: as extracted.
  std::string state;
  std::string vocabulary_dir;  // empty: the vocabulary built into the binary
  // --timeout: a file still being checked after this many seconds gets a
  // timeout error record (checked between pages and stages, and within OCR
  // of a page; rule evaluation is bounded by PCRE2's match limits instead).
  // 0: no limit.
  double timeout_seconds = 0;
  // The vocabulary, rulebooks and OCR recognizer of the run, made once by
  // LoadCheckContext. When null, CheckFile loads them for its one call.
  std::shared_ptr<const CheckContext> context;
};

// Loads the vocabulary and, when `options.rules` names any, the rulebooks,
// so a malformed rulebook is reported once, before any file is read.
Result<std::shared_ptr<const CheckContext>> LoadCheckContext(const CheckOptions& options);

// Never throws: a file that cannot be read gives ok=false with the error
// (and its SHA-256 when the bytes could be read at all).
CheckResult CheckFile(const std::string& path, const CheckOptions& options);

// The files `moacheck check PATH...` reads: each directory replaced by the
// PDFs directly in it (in all folders below it with `recursive`), sorted;
// other paths (files, "-", paths that do not exist) kept as given, so a bad
// path still yields an error record.
std::vector<std::string> CollectInputs(const std::vector<std::string>& paths, bool recursive);

// CheckFile for each path on up to `jobs` threads; results in input order.
// Loads the run's context first when options.context is null; a context
// that cannot be loaded (a malformed rulebook) is the returned Error.
Result<std::vector<CheckResult>> CheckFiles(const std::vector<std::string>& paths,
                                            const CheckOptions& options, int jobs);

}  // namespace moacheck
