#include "moacheck/status.h"

namespace moacheck {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kIo:
      return "io";
    case ErrorKind::kNotPdf:
      return "not-pdf";
    case ErrorKind::kDamaged:
      return "damaged";
    case ErrorKind::kEncrypted:
      return "encrypted";
    case ErrorKind::kEmpty:
      return "empty";
    case ErrorKind::kTooLarge:
      return "too-large";
    case ErrorKind::kTimeout:
      return "timeout";
    case ErrorKind::kNoText:
      return "no-text";
    case ErrorKind::kInvalidRule:
      return "invalid-rule";
    case ErrorKind::kUsage:
      return "usage";
    case ErrorKind::kInternal:
      return "internal";
  }
  return "internal";
}

}  // namespace moacheck
