// Compiling a rule's text pattern: PCRE2 with JIT (common/regex.h), plus the
// literal every match must contain, used as a prefilter so a scope without
// the rule's words costs a substring search instead of a regex run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/rule_model.h"

namespace moacheck::rules {

// Throws RuleError naming `origin` and `rule_id` when the pattern is bad.
Pattern CompilePattern(const std::string& pattern, const std::string& origin,
                       const std::string& rule_id);

// Literals (lower-case ASCII) of which at least one occurs in every match
// of `pattern`: one per top-level alternative, each the longest run of plain
// letters, digits and spaces outside groups, classes and quantifiers. Empty
// when some alternative has no such run, so nothing can be proved.
std::vector<std::string> RequiredLiterals(std::string_view pattern);

}  // namespace moacheck::rules
