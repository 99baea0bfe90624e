// Names a rulebook may use: facts (FactCatalog, spec/facts.md) and the fixed
// ids of set-valued facts and of applies-to, so a misspelt id is an error
// at load time instead of a rule that silently never matches.
#pragma once

#include <string>
#include <string_view>

#include "moacheck/facts.h"

namespace moacheck::rules {

const FactSpec* FindFact(std::string_view name);  // nullptr when not in FactCatalog()

// category: "models", "authorities" (spec/facts.md ids) or "agency-kinds".
bool IsKnownId(std::string_view category, std::string_view id);
std::string KnownIdList(std::string_view category);  // "a, b, c" for messages

}  // namespace moacheck::rules
