#include "rules/engine/units.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <string>

namespace moacheck::rules {
namespace {

// Length of one unit in hours of calendar time (a month is 365.25/12 days).
std::optional<double> HoursPer(std::string unit, bool working_time) {
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  if (unit == "hour" || unit == "hr" || unit == "h") return 1.0;
  if (unit == "day" || unit == "d") return working_time ? 8.0 : 24.0;
  if (unit == "week" || unit == "wk") return working_time ? 40.0 : 168.0;
  if (unit == "month" || unit == "mo") return 730.5;
  if (unit == "year" || unit == "yr" || unit == "y") return 8766.0;
  return std::nullopt;
}

}  // namespace

Result<double> ToFactUnit(std::string_view written, std::string_view fact,
                          std::string_view fact_unit) {
  std::string text(written);
  std::size_t used = 0;
  double number = 0;
  try {
    number = std::stod(text, &used);
  } catch (const std::exception&) {
    return Error{ErrorKind::kInvalidRule,
                 fmt::format("'{}' is not a number with a unit (write e.g. \"48 hours\")", text)};
  }
  std::string unit = text.substr(used);
  unit.erase(0, unit.find_first_not_of(' '));
  unit.erase(unit.find_last_not_of(' ') + 1);
  if (unit.empty()) return number;
  if (fact_unit.empty()) {
    return Error{ErrorKind::kInvalidRule,
                 fmt::format("'{}' has a unit but fact '{}' is a plain number", text, fact)};
  }
  bool working_time = fact.substr(0, 9) == "training.";
  std::optional<double> from = HoursPer(unit, working_time);
  std::optional<double> to = HoursPer(std::string(fact_unit), working_time);
  if (!from) {
    return Error{ErrorKind::kInvalidRule,
                 fmt::format("unknown unit '{}' in '{}' (use hours, days, weeks, months or years)",
                             unit, text)};
  }
  if (!to) {
    return Error{ErrorKind::kInvalidRule,
                 fmt::format("fact '{}' is in '{}', which cannot be compared with '{}'", fact,
                             fact_unit, text)};
  }
  return number * *from / *to;
}

std::string FormatQuantity(double value, std::string_view unit) {
  std::string number = std::fabs(value - std::round(value)) < 1e-9
                           ? fmt::format("{}", static_cast<long long>(std::llround(value)))
                           : fmt::format("{:.2f}", value);
  return unit.empty() ? number : number + " " + std::string(unit);
}

}  // namespace moacheck::rules
