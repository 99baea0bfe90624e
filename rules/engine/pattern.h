// Compiling a rule's text pattern: PCRE2 with JIT (common/regex.h), plus the
// literal every match must contain, used as a prefilter so a scope without
// the rule's words costs a substring search instead of a regex run.
#pragma once

#include <string>
#include <string_view>

#include "rules/engine/rule_model.h"

namespace moacheck::rules {

// Throws RuleError naming `origin` and `rule_id` when the pattern is bad.
Pattern CompilePattern(const std::string& pattern, const std::string& origin,
                       const std::string& rule_id);

// The longest run of plain ASCII letters, digits and spaces that must occur
// (lower-cased) in every match of `pattern`, or "" when none can be
// proved: a top-level alternation, or runs only inside groups, classes or
// under quantifiers. Exposed for tests.
std::string RequiredLiteral(std::string_view pattern);

}  // namespace moacheck::rules
