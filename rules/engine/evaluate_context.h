// What evaluating one agreement needs and produces, shared by the text
// checks (evaluate.cc), the fact checks (fact_checks.cc) and the messages.
// An EvalContext belongs to one thread and one agreement.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <utility>
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
    MarkUnsurePages();
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

  // Pages not read, or read poorly (PageReading): an absence there means nothing.
  std::vector<int> unread_pages;
  std::vector<int> poor_pages;
  // "pages 3-4 had no text", "page 7 was read poorly", or both; "" when every page read well.
  std::string unsure_reason;
  // True when something not found in `scope` may be on a page not read well:
  // always when a page was not read (the clause, or the heading of its
  // section, may be there), else when the scope covers a poorly read page
  // (or no section of the scope was found and some page was read poorly).
  bool AbsenceUnsure(const std::vector<std::pair<std::size_t, std::size_t>>& ranges) const;
  bool AnyPageUnsure() const { return !unread_pages.empty() || !poor_pages.empty(); }

 private:
  void MarkUnsurePages();
  std::vector<std::size_t> poor_lines_before_;  // [i]: lines before lines[i] on poor pages
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
  // A missing or failing outcome that rests on something not being found,
  // where the text looked at was not all read well (EvalContext::AbsenceUnsure):
  // the rule's finding becomes kUnknown.
  bool absence_unsure = false;
};

CheckOutcome EvalFact(const Check& check, const Facts& facts);
// `decided`, when given, receives the check's own outcome (for an
// informational rule, the one that chose its sentence).
Finding EvaluateRule(const Rule& rule, EvalContext& context, Outcome* decided = nullptr);

// A fact's value for messages ("48 hours", "true", "task-force, jail-enforcement"),
// or "" when not stated.
std::string FactText(const Facts& facts, const std::string& name);

}  // namespace moacheck::rules
