// Check: the whole pipeline for one agreement, the one place the stages are
// chained. A CheckContext holds what a run reads once (the vocabulary with
// its section kinds, the pack defaults, the --rules rulebooks); ReadAgreement
// runs the reading stages on a Document (outline -> facts), AnalyzeDocument
// the whole of it (-> packs -> findings), and CheckFile adds reading the
// file and the time limit. `check`, `diff`, `facts`, `rules test` and the
// fuzz targets all go through these.
// Thread-safety: a CheckContext is immutable to callers (its cache of
// default rulebooks is locked inside) and is shared by all threads of a run;
// the functions here may run concurrently on different documents.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/findings.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"
#include "moacheck/rules.h"
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
  // state, whatever the text says (with a warning when they differ).
  // Empty: as extracted.
  std::string state;
  std::string vocabulary_dir;  // empty: the vocabulary built into the binary
  // --timeout: a file still being checked after this many seconds gets a
  // timeout error record (checked between pages and stages, and within OCR
  // of a page; rule evaluation is bounded by PCRE2's match limits instead).
  // 0: no limit.
  double timeout_seconds = 0;
  // The run's context, loaded once by LoadCheckContext. When null,
  // CheckFile loads one for its one call.
  std::shared_ptr<const CheckContext> context;
};

class CheckContext {
 public:
  CheckContext(RulebookInputs inputs, std::shared_ptr<const Rulebooks> fixed_rulebooks,
               std::shared_ptr<const PageRecognizer> recognizer);

  // What reads the pages without a usable text layer (moacheck/ocr.h).
  const PageRecognizer* recognizer() const { return recognizer_.get(); }
  const Vocabulary& vocabulary() const { return *inputs_.vocabulary; }
  const SectionKindTable& section_kinds() const;
  const PackDefaults& pack_defaults() const { return *inputs_.defaults; }
  const RulebookInputs& rulebook_inputs() const { return inputs_; }

  // The packs for an agreement with these facts: none when --rules was given
  // (fixed_rulebooks() is then used), else DefaultPacks.
  PackChoice DefaultPacksFor(const Facts& facts) const;
  // The --rules rulebooks, or null when the packs follow each agreement.
  const std::shared_ptr<const Rulebooks>& fixed_rulebooks() const { return fixed_rulebooks_; }
  // The rulebooks of these packs, each distinct selection loaded once per run.
  Result<std::shared_ptr<const Rulebooks>> RulebooksOf(const std::vector<std::string>& packs) const;

 private:
  RulebookInputs inputs_;
  std::shared_ptr<const Rulebooks> fixed_rulebooks_;
  std::shared_ptr<const PageRecognizer> recognizer_;
  mutable std::mutex mutex_;
  mutable std::map<std::vector<std::string>, std::shared_ptr<const Rulebooks>> by_packs_;
};

// Loads the vocabulary (and its section kinds), the pack defaults and, when
// `options.rules` names any, the rulebooks, so a malformed file is reported
// once, before any agreement is read; makes the run's OCR recognizer.
Result<std::shared_ptr<const CheckContext>> LoadCheckContext(const CheckOptions& options);

// What the reading stages make of a document.
struct Reading {
  Outline outline;
  Facts facts;
  std::vector<std::string> warnings;  // the outline's, and --state replacing the text's state
};

struct AnalyzeOptions {
  std::string state;  // --state; empty: as read
  // Empty: the context's choice (--rules, or the default packs for the
  // facts read). Otherwise exactly these packs (diff judges both sides by
  // one selection).
  std::vector<std::string> packs;
  // Past this between stages, the analysis stops with a timeout Error
  // (which names `timeout_seconds`, the limit the deadline came from).
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  double timeout_seconds = 0;
};

// ParseOutline -> ExtractFacts, then --state.
Reading ReadAgreement(const Document& document, const CheckContext& context,
                      const std::string& state = "");

// The whole pipeline on a loaded document: ReadAgreement -> rulebooks ->
// Evaluate, gathered in a CheckResult (file, hash, pages and warnings from
// the document). An Error: over the deadline, or rulebooks that cannot be
// loaded.
Result<CheckResult> AnalyzeDocument(const Document& document, const CheckContext& context,
                                    const AnalyzeOptions& options = {});

// `moacheck rules test`: the rules' own examples read by ReadAgreement.
RuleTestReport TestRulebooks(const Rulebooks& rulebooks, const CheckContext& context);

// A no-text Error when no page of `document` has usable text (every page
// unread, or nothing on any page): such a file is not an agreement that
// was checked, and none of its facts is known. The message names the pages
// and the rerun with --ocr auto.
Status RequireText(const Document& document);

// LoadDocument -> AnalyzeDocument for one file. Never throws: a file that
// cannot be read gives ok=false with the error (and its SHA-256 when the
// bytes could be read at all; for a no-text file also its pages and
// warnings).
CheckResult CheckFile(const std::string& path, const CheckOptions& options);

}  // namespace moacheck
