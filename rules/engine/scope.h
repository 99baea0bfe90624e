// Turning a rule's scope into the stretches of the agreement's text it
// covers, using the outline (section kinds, paths, titles, appendices,
// signature blocks).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/outline.h"
#include "rules/engine/rule_model.h"

namespace moacheck::rules {

struct ScopeText {
  // Byte ranges [begin, end) of Document::folded_text, in document order,
  // never overlapping.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  // Where a reader should look for the clause: the sections found ("IV.F ICE
  // SUPERVISION"), or what was looked for when no such section exists.
  std::string where;
};

ScopeText ResolveScope(const Scope& scope, const Document& document, const Outline& outline);

}  // namespace moacheck::rules
