// Diff: what changed between two agreements (or between an agreement and a
// bundled ICE template text), clause by clause. Sections are aligned by kind
// and title, not by number; aligned sections are compared sentence by
// sentence and word by word on folded text, so layout, running headers,
// hyphenation and OCR-level noise do not show; differences that are only
// agency names, people's names, dates, addresses and signatures are folded.
// Fact changes and rule outcomes that change come first.
// Thread-safety: DiffSide and AgreementDiff are plain values; DiffAgreements
// and the renderers are pure functions and may run on any thread.
//
// JSON shape of DiffToJson (`moacheck diff --format json`):
// {
//   "old": {"file": "...", "agency": "..."|null, "models": ["task-force"]},
//   "new": {...same...},
//   "summary": "Same template text; only agency names, dates and signatures differ",
//   "same_template_text": true|false,  // no wording change beyond names/dates/signatures
//   "identity_changes": 12,            // name/date/signature differences folded
//   "moved_sentences": 0,              // sentences found unchanged in another section
//   "facts": [{"fact": "authorities", "change": "added"|"removed"|"changed",
//              "text": "NEW: officers may ... (INA 287(a)(2)), p. 3",
//              "old": <value or null>, "new": <value or null>,
//              "old_evidence": [Evidence], "new_evidence": [Evidence]}],
//   "rules": [{"rule": "id", "title": "...", "severity": "error",
//              "old": "pass"|"fail"|"missing"|"not-applicable"|null,
//              "new": ...same..., "text": "passes in OLD, fails in NEW"}],
//   "sections": [{"status": "changed"|"added"|"removed"|"same",
//                 "moved": bool, "title": "...", "kind": "...",
//                 "old": {"path","title","kind","page","line"}|null,
//                 "new": {...}|null,
//                 "identity_changes": N,
//                 "changes": [{"change": "changed"|"added"|"removed",
//                              "old": Evidence|null, "new": Evidence|null,
//                              "words": [{"op": "="|"-"|"+", "text": "..."}]}]}],
//   "warnings": ["..."]
// }
// Evidence is {"page", "line", "section", "quote"} as in docs/facts.md.
// Sections are listed in NEW order, each removed section after the aligned
// section that preceded it in OLD.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>  // FactChange holds json values
#include <optional>
#include <string>
#include <vector>

#include "moacheck/check.h"
#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/facts.h"
#include "moacheck/findings.h"
#include "moacheck/outline.h"
#include "moacheck/report.h"
#include "moacheck/status.h"

namespace moacheck {

// One agreement run through the pipeline, as the diff reads it.
struct DiffSide {
  std::string label;  // the path as given, or "template:NAME"
  Document document;
  Outline outline;
  Facts facts;
  std::vector<Finding> findings;  // set by EvaluateBothSides
};

// LoadDocument -> ReadAgreement, with the load and state options of
// `options` and the run's context (moacheck/check.h).
Result<DiffSide> LoadDiffSide(const std::string& path, const CheckOptions& options,
                              const CheckContext& context);

// Evaluates the same rulebooks on both sides (AnalyzeDocument with one pack
// selection), so every rule outcome can be compared: the context's --rules
// when given, else the default packs of either side (DefaultPacks of OLD's
// facts and of NEW's, merged).
Status EvaluateBothSides(DiffSide& old_side, DiffSide& new_side, const CheckOptions& options,
                         const CheckContext& context);

// Names of the bundled template texts (rules/templates/NAME.txt), sorted.
std::vector<std::string> TemplateNames();
// The bundled template NAME through the same pipeline; an unknown name is a
// usage Error listing the known ones.
Result<DiffSide> LoadTemplateSide(const std::string& name, const CheckOptions& options,
                                  const CheckContext& context);

struct WordSpan {
  enum class Op { kSame, kRemoved, kAdded };
  Op op = Op::kSame;
  std::string text;  // words as written in the document
};

struct TextChange {
  enum class Kind { kChanged, kAdded, kRemoved };
  Kind kind = Kind::kChanged;
  std::optional<Evidence> old_text;  // the whole sentence in OLD (absent when added)
  std::optional<Evidence> new_text;  // the whole sentence in NEW (absent when removed)
  std::vector<WordSpan> words;       // word-level diff for kChanged
};

struct SectionRef {
  std::string path;
  std::string title;
  std::string kind;
  int page = 0;
  int line = 0;
};

struct SectionDiff {
  enum class Status { kSame, kChanged, kAdded, kRemoved };
  Status status = Status::kSame;
  bool moved = false;  // aligned, but in another order relative to its neighbours
  std::optional<SectionRef> old_section;
  std::optional<SectionRef> new_section;
  std::vector<TextChange> changes;
  int identity_changes = 0;  // folded name/date/signature differences
};

struct FactChange {
  enum class Kind { kAdded, kRemoved, kChanged };
  std::string fact;  // contract name: "authorities", "detainer.max_hold_hours", ...
  Kind kind = Kind::kChanged;
  std::string text;          // plain language, e.g. "REMOVED: steering committee (was § V, p. 7)"
  nlohmann::json old_value;  // null when absent
  nlohmann::json new_value;
  std::vector<Evidence> old_evidence;
  std::vector<Evidence> new_evidence;
};

struct RuleChange {
  std::string rule;
  std::string title;
  Severity severity = Severity::kWarning;
  std::optional<Outcome> old_outcome;  // absent: the rule was not evaluated on OLD
  std::optional<Outcome> new_outcome;
  std::string text;                // "passes in OLD, fails in NEW"
  std::vector<Evidence> evidence;  // NEW's evidence, else OLD's
};

struct AgreementDiff {
  std::string old_label;
  std::string new_label;
  std::optional<std::string> old_agency;
  std::optional<std::string> new_agency;
  std::vector<std::string> old_models;  // ids
  std::vector<std::string> new_models;
  std::vector<std::string> old_model_names;  // the same models as the vocabulary names them
  std::vector<std::string> new_model_names;
  std::vector<FactChange> facts;
  std::vector<RuleChange> rules;
  std::vector<SectionDiff> sections;
  int identity_changes = 0;
  int moved_sentences = 0;
  bool same_template_text = false;
  std::string summary;  // one line
  std::vector<std::string> warnings;
};

// The fact changes and model names are worded as `vocabulary` words the
// ids (Wording): pass the one both sides were read with
// (CheckContext::vocabulary()).
AgreementDiff DiffAgreements(const DiffSide& old_side, const DiffSide& new_side,
                             const Vocabulary& vocabulary);

nlohmann::json DiffToJson(const AgreementDiff& diff);

// kText, kMarkdown, kHtml or kJson; other formats render as text.
std::string RenderDiff(const AgreementDiff& diff, ReportFormat format);

}  // namespace moacheck
