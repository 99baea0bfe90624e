// The sample-agreement markup (documented in samples/README.md): a plain
// UTF-8 text in which a few line prefixes say what the generator must render
// specially. Parsing is pure (no cairo) so errors name the source line.
#pragma once

#include <string>
#include <vector>

namespace moacheck::samples {

enum class BlockKind {
  kTitle,       // "@title TEXT": centered, bold (document title lines)
  kCenter,      // "@center TEXT": centered, bold (appendix headings)
  kHeading,     // "# LABEL TITLE": top-level section heading
  kSubheading,  // "## LABEL TITLE": lettered subsection heading
  kParagraph,   // running text, wrapped; consecutive lines are joined
  kBullet,      // "- TEXT": list item with a "•" marker
  kSubBullet,   // "-- TEXT": nested list item with an "o" marker
  kLines,       // "@lines" ... "@end": unwrapped lines; " | " splits two columns
  kPageBreak,   // "@pagebreak"
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;                // kParagraph, kBullet, headings, titles
  std::vector<std::string> lines;  // kLines: one entry per source line
  int source_line = 0;             // 1-based, for error messages
};

// Running header and footer: three slots (left, center, right); "{page}"
// and "{pages}" are replaced per page.
struct Furniture {
  std::string left, center, right;
};

struct SampleSource {
  Furniture header;
  Furniture footer;
  int header_from_page = 1;  // real JEM PDFs start the agency header on page 2
  std::vector<Block> blocks;
};

// Parses `text` (the content of `path`, used in messages). On a markup error
// returns false and sets `error` to "path:line: what was expected".
bool ParseSampleSource(const std::string& path, const std::string& text, SampleSource& source,
                       std::string& error);

}  // namespace moacheck::samples
