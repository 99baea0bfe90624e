// Stable lower-case names of the public enums, as they appear in reports.
#include "moacheck/findings.h"

namespace moacheck {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

const char* OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kPass:
      return "pass";
    case Outcome::kFail:
      return "fail";
    case Outcome::kMissing:
      return "missing";
    case Outcome::kNotApplicable:
      return "not-applicable";
    case Outcome::kUnknown:
      return "unknown";
    case Outcome::kInfo:
      return "info";
  }
  return "pass";
}

}  // namespace moacheck
