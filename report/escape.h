// Escaping of text taken from documents for each output language, so a
// quote containing markup ("<script>", "|", "*") stays text.
#pragma once

#include <string>
#include <string_view>

namespace moacheck::report {

// &, <, >, " and ' as entities: safe in HTML text and attribute values.
std::string EscapeHtml(std::string_view text);
// Markdown inline text: punctuation that could start markup is
// backslash-escaped, < > & become entities, line breaks become spaces.
std::string EscapeMarkdown(std::string_view text);
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
std::string CsvField(std::string_view text);
// A relative or absolute file path as a URL path (percent-encoded), with
// "#page=N" appended when page > 0, as PDF viewers understand it.
std::string PageLink(std::string_view path, int page);

}  // namespace moacheck::report
