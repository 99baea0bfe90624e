// The one way the program reads YAML (rulebooks, the vocabulary, section
// kinds, pack defaults, override files; some of them written by users):
// size, nesting and alias-expansion guards first, then yaml-cpp, with every
// yaml-cpp exception turned into an Error naming file:line:column.
// Thread-safety: a pure function; call it from any thread.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "moacheck/status.h"

namespace moacheck {

// Parses one YAML document. Limits: 4 MiB of text, nesting 40 deep, 200000
// nodes once aliases are expanded (stops "billion laughs" alias bombs).
// Errors are of kind kInvalidRule and start with `file` (and the line and
// column where known).
Result<YAML::Node> ReadYaml(std::string_view text, const std::string& file);

// "file:line:column" (1-based) of `mark`, or `file` when the mark is unknown.
std::string YamlPosition(const std::string& file, const YAML::Mark& mark);

}  // namespace moacheck
