// A finding's message: the rule's text for the outcome (or a plain default)
// with {value}, {count}, {section}, {expected}, {fact.NAME} and named regex
// groups filled in.
#pragma once

#include <string>

#include "moacheck/facts.h"
#include "rules/engine/evaluate_context.h"
#include "rules/engine/rule_model.h"

namespace moacheck::rules {

std::string RenderMessage(const Rule& rule, const CheckOutcome& result, const Facts& facts);

}  // namespace moacheck::rules
