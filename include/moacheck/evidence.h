// Evidence: where in the agreement a fact or finding was read. Every value
// the tool reports carries at least one.
// Thread-safety: plain value.
#pragma once

#include <string>

namespace moacheck {

struct Evidence {
  int page = 0;         // 1-based, as in Line::page
  int line = 0;         // 1-based, as in Line::line
  std::string section;  // path of the enclosing section ("IV.F"), empty if none
  std::string quote;    // the text read, from Line::text (curly quotes kept)
};

}  // namespace moacheck
