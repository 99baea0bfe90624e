// Clauses: the units the extractors read. The body is cut into blocks at
// headings and list items (each bullet of a functions list is one block),
// then each block into sentences (". ", ";" at a line end, ":" at a line end).
// A list item remembers the lead-in that introduced it ("are not authorized
// to perform the following:"), so a denial there reaches every item.
// Thread-safety: plain values.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/outline.h"

namespace moacheck::facts {

struct Clause {
  std::string text;                         // folded text, lines joined by one space
  std::vector<std::size_t> line_of_offset;  // per byte of `text`: index into Document::lines
  std::size_t first_line = 0;
  int section = -1;        // innermost Outline section, -1 if none
  bool lead_in = false;    // ends with ':' at a line end: a list follows
  int introduced_by = -1;  // index of the lead-in clause of the list it is in
};

struct ClauseIndex {
  const Document* document = nullptr;
  const Outline* outline = nullptr;
  std::vector<Clause> clauses;

  // Evidence for text [begin, end) of a clause: the page and line where it
  // starts and the quote of the clause's lines it spans.
  Evidence EvidenceFor(const Clause& clause, std::size_t begin, std::size_t end) const;
  // Whether the clause is inside a section of one of `kinds`, or the
  // document has no such section (then every clause is in scope, so a
  // document whose headings were lost is still read).
  bool InScope(const Clause& clause, const std::vector<std::string>& kinds) const;
};

ClauseIndex SplitClauses(const Document& document, const Outline& outline);

}  // namespace moacheck::facts
