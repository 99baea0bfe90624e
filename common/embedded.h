// Files from rules/ compiled into the binary, so the default vocabulary and
// rulebooks work wherever the executable is copied.
// Thread-safety: read-only static data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moacheck {

// Contents of an embedded file by its path relative to the source tree
// ("rules/vocabulary/authorities.yaml"), or nullopt.
std::optional<std::string_view> EmbeddedFile(std::string_view path);

// Paths of all embedded files under `prefix` ("rules/packs/"), sorted.
std::vector<std::string> EmbeddedFiles(std::string_view prefix);

}  // namespace moacheck
