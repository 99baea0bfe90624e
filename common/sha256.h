// SHA-256 of a byte string as lower-case hex (documents are identified by it
// in reports, the OCR cache and --resume).
#pragma once

#include <string>
#include <string_view>

namespace moacheck {

std::string Sha256Hex(std::string_view bytes);

}  // namespace moacheck
