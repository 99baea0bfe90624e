// What evaluating one agreement needs and produces, shared by the text
// checks (evaluate.cc), the fact checks (fact_checks.cc) and the messages.
// An EvalContext belongs to one thread and one agreement.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/findings.h"
#include "moacheck/outline.h"
#include "rules/engine/rule_model.h"

namespace moacheck::rules {

struct EvalContext {
  EvalContext(const Document& doc, const Outline& out, const Facts& fact_values,
              const PackDefaults& pack_defaults)
      : document(&doc),
        outline(&out),
        facts(&fact_values),
        defaults(&pack_defaults),
        flat_text(doc.folded_text) {
    // Lines joined by a space instead of '\n', so a phrase broken across lines
    // matches; same length, so offsets stay valid for Document::LineAt.
    std::replace(flat_text.begin(), flat_text.end(), '\n', ' ');
    lowered_text = flat_text;
    for (char& c : lowered_text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  const Document* document;
  const Outline* outline;
  const Facts* facts;
  const PackDefaults* defaults;  // template eras for applies-to
  std::string flat_text;
  std::string lowered_text;               // ASCII-lowered, for the literal prefilter
  std::vector<std::string> limit_errors;  // patterns stopped by PCRE2 limits
};

// The result of one check before it becomes a Finding.
struct CheckOutcome {
  Outcome outcome = Outcome::kPass;
  std::vector<Evidence> evidence;
  std::string value;                          // {value}: the matched text or the fact's value
  int count = -1;                             // {count}: for count checks
  std::map<std::string, std::string> groups;  // named regex groups
  std::string expected;                       // where the missing clause was expected
  std::string reason;                         // why not applicable
};

CheckOutcome EvalFact(const Check& check, const Facts& facts);
// `decided`, when given, receives the check's own outcome (for an
// informational rule, the one that chose its sentence).
Finding EvaluateRule(const Rule& rule, EvalContext& context, Outcome* decided = nullptr);

// A fact's value for messages ("48 hours", "true", "task-force, jail-enforcement"),
// or "" when not stated.
std::string FactText(const Facts& facts, const std::string& name);

}  // namespace moacheck::rules
