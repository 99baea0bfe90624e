// Which canonical kind a heading title names ("ICE SUPERVISION" is
// supervision), read from rules/vocabulary/section_kinds.yaml so a user can
// extend it. Matching forgives OCR noise in titles.
// Thread-safety: a loaded SectionKindTable is immutable and may be shared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "moacheck/status.h"

namespace moacheck {

class SectionKindTable {
 public:
  // Parses the YAML text; `origin` names it in errors.
  static Result<SectionKindTable> Parse(std::string_view yaml, const std::string& origin);

  // The first kind (in file order) one of whose phrases occurs in `title`,
  // or "" when none does.
  std::string KindOfTitle(std::string_view title) const;
  const std::vector<std::string>& kinds() const { return kinds_; }

 private:
  struct Phrase {
    std::string kind;
    std::string letters;  // lower-case letters only
    int allowed_edits = 0;
  };
  std::vector<std::string> kinds_;
  std::vector<Phrase> phrases_;
};

}  // namespace moacheck

namespace moacheck::outline {

// Lower-case ASCII letters of `text`, everything else dropped, so
// "REPORTINGANDDOCUMENTATION" and "Reporting and Documentation" compare equal.
std::string LettersOnly(std::string_view text);

// Fewest edits turning `needle` into some substring of `haystack`.
int SubstringEditDistance(std::string_view needle, std::string_view haystack);

}  // namespace moacheck::outline
