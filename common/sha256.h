// SHA-256 as lower-case hex: documents are identified by it in reports, the
// OCR cache and --resume.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace moacheck {

std::string Sha256Hex(std::string_view bytes);

// Of a file's bytes, read in blocks (memory stays small for any size);
// empty when the file cannot be read.
std::string FileSha256(const std::string& path);

}  // namespace moacheck
