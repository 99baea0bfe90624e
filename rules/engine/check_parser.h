// Parsing one check (and its scope) of a rule: the text, fact and
// composition checks of docs/rulebook.md.
#pragma once

#include <string>
#include <vector>

#include "rules/engine/known_ids.h"
#include "rules/engine/rule_model.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {

// `names`: the ids and section kinds the rule may name.
Check ParseCheck(const Located& node, const std::string& rule_id, const KnownNames& names);

}  // namespace moacheck::rules
