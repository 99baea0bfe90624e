// Writing a whole file so that readers see either the old file or the new
// one, never half of it: the bytes go to a temporary file beside the
// target, which rename() then puts in place in one step.
// Thread-safety: safe to call concurrently (temporary names are unique per
// process and call).
#pragma once

#include <string>
#include <string_view>

#include "moacheck/status.h"

namespace moacheck {

// True when `path` exists and is not a regular file (a device, a pipe:
// -o /dev/null, -o >(gzip)): it must be written in place, since renaming
// over it would replace the device node.
bool WritesInPlace(const std::string& path);

// Such a path is written in place. An io Error names `path` (the temporary
// file is removed).
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace moacheck
