// The compiled form of a rulebook: what rule_parser.cc builds from YAML and
// evaluate.cc walks. Everything here is immutable once LoadRulebooks returns.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/regex.h"
#include "moacheck/facts.h"
#include "moacheck/findings.h"
#include "moacheck/rules.h"

namespace moacheck::rules {

// Where in the agreement a text check looks.
struct Scope {
  enum class Kind {
    kDocument,      // every body line
    kSectionKind,   // sections whose canonical kind is `value`
    kSectionPath,   // the section at path `value` (children included)
    kSectionTitle,  // sections whose heading matches `title_pattern`
    kAppendix,      // every appendix, or the one labelled `value`
    kSignatures,    // the signature block(s)
    kPreamble,      // the text before the first numbered section
  };
  Kind kind = Kind::kDocument;
  std::string value;
  std::optional<Regex> title_pattern;
  std::string Describe() const;  // "a section of kind 'supervision'"
};

// A pattern with literals (lower-case ASCII) one of which every match must
// contain, so a scope lacking all of them is skipped without running PCRE2.
// Empty: no prefilter.
struct Pattern {
  Regex regex;
  std::vector<std::string> required_literals;
  std::vector<std::string> group_names;
};

// A number with its unit, normalized to the unit of the fact it is compared
// with when the rule is loaded.
struct Quantity {
  double value = 0;
  std::string written;  // as in the rulebook: "2 days"
};

struct Check {
  enum class Kind {
    kAll,
    kAny,
    kNone,
    kIf,  // composition
    kRequire,
    kForbid,
    kCount,  // text
    kFactPresent,
    kFactAbsent,
    kFactEquals,
    kFactCompare,
    kFactContains,
    kFactExcludes,  // facts
  };
  enum class Compare { kAtMost, kAtLeast, kLessThan, kMoreThan };

  Kind kind = Kind::kRequire;
  std::string origin;           // file:line:column
  std::vector<Check> children;  // all/any/none; for if: [condition, then]

  std::vector<Pattern> patterns;  // require: all must match; forbid: none may
  Scope scope;
  std::optional<int> min_count, max_count;

  std::string fact;
  FactType fact_type = FactType::kString;
  std::string fact_unit;
  Compare compare = Compare::kAtMost;
  Quantity quantity;
  FactScalar equals;             // for kFactEquals
  std::vector<std::string> ids;  // contains / excludes
};

struct RuleExample {
  Outcome expect = Outcome::kPass;
  std::string text;                          // the snippet, or
  std::string file;                          // a file beside the rulebook
  std::map<std::string, std::string> facts;  // facts to set after extraction
  std::string origin;
  std::string rulebook_file;  // `file` is relative to this file's folder
};

struct AppliesTo {
  std::vector<std::string> models, states, eras, agency_kinds;
  bool empty() const {
    return models.empty() && states.empty() && eras.empty() && agency_kinds.empty();
  }
};

struct Rule {
  std::string id, title, pack, origin;
  Severity severity = Severity::kWarning;
  bool disabled = false;
  AppliesTo applies_to;
  std::vector<RuleSource> sources;
  std::string rationale, remediation, requirement;
  std::map<Outcome, std::string> messages;  // per outcome; missing keys get defaults
  std::string expected_section;             // overrides the scope's description
  // An informational rule reports, it does not judge: when its subject
  // arises its finding is kInfo, worded by the message of the check's own
  // outcome (pass, fail or missing); otherwise not-applicable.
  bool informational = false;
  Check check;
  std::vector<RuleExample> examples;
};

}  // namespace moacheck::rules

namespace moacheck {

struct Rulebooks::Impl {
  std::vector<RulebookInfo> packs;
  std::vector<rules::Rule> rules;
  std::shared_ptr<const PackDefaults> defaults;  // never null
};

}  // namespace moacheck
