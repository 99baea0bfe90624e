// What makes one agency's copy of a template differ from another's without
// any change of wording: the agency's name and acronym, the names, titles
// and addresses in its signature blocks and contact lists, dates, phone
// numbers and page footers. A hunk made only of these is folded into one
// line of the report instead of listed.
// Thread-safety: an IdentityLexicon is immutable once built.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diff/sentences.h"
#include "diff/word_diff.h"
#include "moacheck/diff.h"

namespace moacheck::diff {

class IdentityLexicon {
 public:
  explicit IdentityLexicon(const DiffSide& side);
  // A word that names this agency, its people or its places.
  bool Names(std::string_view key) const { return names_.count(std::string(key)) > 0; }

 private:
  void AddName(std::string_view text);
  std::unordered_set<std::string> names_;
};

// Sections whose differences are all identity by nature (signature blocks),
// and sections that mostly hold names and addresses (contact lists).
enum class SectionNature { kWording, kContacts, kSignatures };
SectionNature NatureOfSection(const std::string& kind);

// True when every word of the hunk is a name of its side's agency or
// people, a date, a number of an address or phone, or a word that goes
// with names ("County", "Office", "of"), and at least one is a real name
// or date.
bool IsIdentityHunk(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                    const WordHunk& hunk, const IdentityLexicon& old_names,
                    const IdentityLexicon& new_names, SectionNature nature);

}  // namespace moacheck::diff
