// Parsing one check (and its scope) of a rule: the text, fact and
// composition checks of docs/rulebook.md.
#pragma once

#include <string>

#include "rules/engine/rule_model.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {

Check ParseCheck(const Located& node, const std::string& rule_id);

}  // namespace moacheck::rules
