// Page furniture: running headers and footers (agency name, "Revised
// 02/12/2025", "287(g) Task Force Model"), "Page 3 of 12" and bare page
// numbers. Text extraction puts them between the last line of one page and
// the first of the next, i.e. in the middle of clauses, so they are taken
// out of the body (and kept in Document::furniture).
//
// Detection is statistical: a line is furniture when, near the top (or the
// bottom) of its page, the same line recurs near the top (or bottom) of
// enough other pages. Numbers and punctuation are ignored when comparing, so
// "Page 3 of 12" matches "Page 4 of 12" and OCR's "Sheriffs"/"Sheriff's"
// agree. A line seen on one page only is never furniture, except a bare
// page-number pattern ("7", "Page 7", "- 7 -", "7 of 12").
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

namespace moacheck {

// pages[p] holds page p's non-empty lines (normalized, whitespace
// collapsed) in order. Returns the same shape: true where a line is
// furniture.
std::vector<std::vector<bool>> FindFurniture(const std::vector<std::vector<std::string>>& pages);

}  // namespace moacheck
