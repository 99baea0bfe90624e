// Which rules apply to an agreement: the applies-to test of one rule, and
// the default choice of packs (rules/packs/defaults.yaml) when the caller
// names none. Both read the same derived facts: agency kind and template era.
#pragma once

#include <string>

#include "moacheck/facts.h"
#include "rules/engine/rule_model.h"

namespace moacheck::rules {

// "sheriff", "police", "corrections", "state" or "other", from the agency's
// name; "" when the agency is not known.
std::string AgencyKind(const Facts& facts);

// The template era: the "template.era" fact when the extractor provides
// one, else the signing year mapped through the `eras` table of
// defaults.yaml ("2019", "2020", "2025"); "" when unknown.
std::string TemplateEra(const Facts& facts);

// False with `reason` set when a listed condition is not met. A condition
// on something the agreement does not state counts as not met.
bool AppliesToMet(const AppliesTo& applies, const Facts& facts, std::string* reason);

}  // namespace moacheck::rules
