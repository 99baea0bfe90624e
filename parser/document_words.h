// The words a document itself uses, for repairs that must tell a word from
// a fragment: rejoining letter-spaced text and end-of-line hyphenation.
// Built from the document's own lines (plus a few short English function
// words that letter-spaced headings use), so no dictionary file is needed
// and agency names or legal terms are known when the document uses them.
// Thread-safety: immutable once built.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace moacheck {

class DocumentWords {
 public:
  // `lines`: the document's normalized lines. Words are runs of ASCII
  // letters (hyphenated compounds are also kept whole); stored lower-case.
  explicit DocumentWords(const std::vector<std::string>& lines);

  // Case-insensitive; `word` is letters (or a hyphenated compound).
  bool Contains(std::string_view word) const;

 private:
  void AddToken(std::string_view token);
  std::unordered_set<std::string> words_;
};

}  // namespace moacheck
