// Parsing one check (and its scope) of a rule: the text, fact and
// composition checks of docs/rulebook.md.
#pragma once

#include <string>
#include <vector>

#include "rules/engine/rule_model.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {

// `section_kinds`: the names a `section-kind` scope may use.
Check ParseCheck(const Located& node, const std::string& rule_id,
                 const std::vector<std::string>& section_kinds);

}  // namespace moacheck::rules
