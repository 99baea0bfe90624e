// Findings: the outcome of each rule on one agreement, with the evidence for
// it (fourth pipeline stage), and CheckResult, everything a report renders
// for one input file.
// Thread-safety: plain values.
#pragma once

#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"
#include "moacheck/status.h"

namespace moacheck {

enum class Severity { kError, kWarning, kInfo };
// kUnknown: the rule would be missing, or fail because something was not
// found, but some pages the rule looked at were not read or read poorly
// (PageReading), so the absence is not asserted.
// kInfo: an informational rule's report (a true statement about the
// agreement, neither a pass nor a defect); see docs/rulebook.md.
enum class Outcome { kPass, kFail, kMissing, kNotApplicable, kUnknown, kInfo };

const char* SeverityName(Severity severity);  // "error", "warning", "info"
// "pass", "fail", "missing", "not-applicable", "unknown", "info"
const char* OutcomeName(Outcome outcome);

struct RuleSource {
  std::string kind;      // statute, regulation, form, case, audit, policy, template
  std::string citation;  // pin cite: "8 C.F.R. § 287.7(d)"
  bool primary = true;   // primary source, or a secondary account of one
  std::string url;       // optional
};

struct Finding {
  std::string rule;   // rule id, stable across versions ("det-48h-cap")
  std::string title;  // one line, plain words
  std::string pack;   // rulebook it came from
  Severity severity = Severity::kWarning;
  Outcome outcome = Outcome::kPass;
  std::string message;      // with captured values filled in
  std::string requirement;  // what the rule requires, in plain words
  std::vector<RuleSource> sources;
  std::string rationale;
  std::string remediation;
  // For kMissing and kUnknown: the section (path and title, or a kind) where the clause
  // was expected, so a reader knows where to look.
  std::string expected_section;
  std::vector<Evidence> evidence;
};

struct RulebookInfo {
  std::string name;
  std::string version;
};

// A pack the defaults (rules/packs/defaults.yaml) name for an agreement of
// this kind that was not used, and why: the report says which rules were
// not checked instead of passing over them in silence.
struct PackLeftOut {
  std::string pack;  // "template-jem-{era}", "state-ga"
  std::string why;   // "the template era is not known: ..."
};

// Everything known about one input file after the pipeline ran, or why it
// could not be read (then only file, sha256 when known, and error are set).
struct CheckResult {
  std::string file;
  std::string sha256;
  bool ok = true;
  Error error;  // meaningful when !ok
  int pages = 0;
  std::vector<PageInfo> page_info;
  std::vector<std::string> warnings;
  Facts facts;
  Outline outline;
  std::vector<Finding> findings;
  std::vector<RulebookInfo> rulebooks;
  std::vector<PackLeftOut> packs_left_out;  // empty under --rules
};

}  // namespace moacheck
