// Outline: the section tree of an agreement (preamble, numbered sections at
// every level, appendices, signature blocks), the second pipeline stage.
// Thread-safety: immutable value once built.
#pragma once

#include <cstddef>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/status.h"

namespace moacheck {

struct Section {
  std::string label;  // as written: "IV", "F", "1", "(a)", "APPENDIX B"; empty for preamble
  std::string path;   // normalized: "IV.F", "App.B.2", "Preamble", "Signatures"
  std::string title;  // heading text after the label ("ICE SUPERVISION")
  std::string kind;   // canonical kind ("supervision", "training", ...); empty if none
  int depth = 0;      // 0 = top level
  int parent = -1;    // index into Outline::sections; -1 at top level
  std::size_t first_line = 0;  // index into Document::lines of the heading line
  std::size_t end_line = 0;    // one past the last line, children included
  int page = 0;                // where the heading stands
  int line = 0;
};

struct Outline {
  std::vector<Section> sections;      // pre-order (document order)
  std::vector<int> section_of_line;   // innermost section per Document::lines index, -1 if none
  std::vector<std::string> warnings;  // numbering anomalies kept as written, with page:line
};

// The canonical section kinds and the heading phrases that name them
// (rules/vocabulary/section_kinds.yaml), loaded once per run and shared.
class SectionKindTable;

// The section_kinds.yaml in `dir` when there is one, else the table built
// into the binary. A malformed table is an Error naming file and line.
Result<std::shared_ptr<const SectionKindTable>> LoadSectionKinds(const std::string& dir = "");

// The kinds in file order ("purpose", "authority", ...).
const std::vector<std::string>& SectionKindNames(const SectionKindTable& table);

Outline ParseOutline(const Document& document, const SectionKindTable& kinds);

// The nested outline of the report contract (../shared/spec/report.md):
// [{"label","title","kind","path","page","line","children":[...]}].
nlohmann::json OutlineToJson(const Outline& outline);

}  // namespace moacheck
