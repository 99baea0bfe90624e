// Names a rulebook may use: facts (FactCatalog, docs/facts.md), the ids of
// models and authorities and the section kinds (all from the loaded
// vocabulary, rules/vocabulary/), and the engine's own agency kinds, so a
// misspelt id is an error at load time instead of a rule that silently
// never matches.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "moacheck/facts.h"

namespace moacheck::rules {

const FactSpec* FindFact(std::string_view name);  // nullptr when not in FactCatalog()

class KnownNames {
 public:
  // The ids of `vocabulary` (its models, authorities and section kinds).
  explicit KnownNames(const Vocabulary& vocabulary);

  // category: "models", "authorities", "agency-kinds" or "section-kinds".
  bool IsKnownId(std::string_view category, std::string_view id) const;
  std::string List(std::string_view category) const;  // "a, b, c" for messages

 private:
  const std::vector<std::string>& Ids(std::string_view category) const;

  std::vector<std::string> models_, authorities_, section_kinds_, agency_kinds_;
};

}  // namespace moacheck::rules
