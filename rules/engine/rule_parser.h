// From YAML to the compiled rule model, validating strictly: every unknown
// key, bad pattern, unknown fact or id, missing source or impossible unit is
// a RuleError naming file:line:column and the rule id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/engine/known_ids.h"
#include "rules/engine/rule_model.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {

// A change to one rule, from a local override file or an extending pack.
struct RuleOverride {
  std::string rule;
  std::optional<Severity> severity;
  bool disable = false;
  std::string origin;
};

struct ParsedRulebook {
  std::string name, version, description;
  std::string file;  // as shown in messages
  std::vector<Located> includes;
  std::optional<Located> extends;
  std::vector<RuleOverride> overrides;
  std::vector<Rule> rules;
};

// `file` names the rulebook in messages; `embedded` packs may not use
// `file:` examples (there is no folder beside them).
// `names`: the ids and section kinds the rule may name.
ParsedRulebook ParseRulebook(const YAML::Node& root, const std::string& file, bool embedded,
                             const KnownNames& names);

// An override file: `overrides:` list of {rule, severity | disable}.
std::vector<RuleOverride> ParseOverrides(const Located& list);

}  // namespace moacheck::rules
