// Quantities in rules ("48 hours", "2 days", "24 months", "90") converted to
// the unit a fact is recorded in (FactSpec::unit), so a rule may say
// "2 days" about detainer.max_hold_hours.
#pragma once

#include <string>
#include <string_view>

#include "moacheck/status.h"

namespace moacheck::rules {

// `written` in `fact_unit`, or an Error saying why when the text is not a
// number with a known unit or the units cannot be compared (hours vs
// none). A bare number is taken to be in the fact's own unit. Facts about
// training ("training.*") count working time as the contract does: a day is
// 8 hours and a week 40.
Result<double> ToFactUnit(std::string_view written, std::string_view fact,
                          std::string_view fact_unit);

// A value for messages: "48 hours", "24 months", "3".
std::string FormatQuantity(double value, std::string_view unit);

}  // namespace moacheck::rules
