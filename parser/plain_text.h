// Plain-text input: UTF-8, one page per form feed.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "moacheck/status.h"
#include "parser/page_text.h"

namespace moacheck {

// Splits `bytes` into pages (form feed) and lines (LF or CRLF). Bytes that
// are not UTF-8 text (invalid sequences, NUL) are a kNotPdf error naming
// `path` and the offending offset; a text without any visible character
// is kEmpty.
Result<std::vector<PageText>> PlainTextPages(std::string_view bytes, const std::string& path);

}  // namespace moacheck
