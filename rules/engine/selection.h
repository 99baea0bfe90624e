// Which rules apply to an agreement: the applies-to test of one rule, and
// the default choice of packs (rules/packs/defaults.yaml) when the caller
// names none. Both read the same derived facts: agency kind and template era.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "moacheck/facts.h"
#include "rules/engine/rule_model.h"

namespace moacheck {

// rules/packs/defaults.yaml: which packs to use when the caller names none,
// and the signing years of each template era.
struct PackDefaults {
  struct EraRange {
    std::string name;
    int from = 0, to = 9999;
  };
  std::vector<std::string> always, per_model, per_state;
  // Used instead of the per-model packs that name {era} when it is unknown.
  std::vector<std::string> per_model_any_era;
  std::map<std::string, std::string> model_names;
  std::vector<EraRange> eras;
};

}  // namespace moacheck

namespace moacheck::rules {

// The agency_kind fact ("sheriff", "municipal-police", ...); "" when the
// agency is not known.
std::string AgencyKind(const Facts& facts);
// An agency-kinds value of a rulebook as the fact names it: "police" and
// "state", the names before the fact existed, are "municipal-police" and
// "state-agency".
std::string AgencyKindAlias(const std::string& kind);

// The template era: the latest signing year mapped through the `eras`
// table of defaults.yaml ("2019", "2020", "2025"), else the era of the
// `template` fact ("wso-2019" -> "2019"); "" when neither is known.
std::string TemplateEra(const Facts& facts, const PackDefaults& defaults);

// False with `reason` set when a listed condition is not met. A condition
// on something the agreement does not state counts as not met.
bool AppliesToMet(const AppliesTo& applies, const Facts& facts, const PackDefaults& defaults,
                  std::string* reason);

}  // namespace moacheck::rules
