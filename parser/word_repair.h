// Repairs of words that page layout broke apart: letter-spaced text
// ("t a k e  a n d  m a i n t a i n") and end-of-line hyphenation
// ("immigra-" / "tion").
// Thread-safety: pure functions over their arguments.
#pragma once

#include <string>
#include <string_view>

#include "parser/document_words.h"

namespace moacheck {

// True when `line` holds a run of single letters separated by spaces that
// RejoinLetterSpacing may rewrite (a cheap test before building a
// DocumentWords).
bool HasLetterSpacedRun(std::string_view line);

// Rewrites each letter-spaced run as words. Where the gaps between letters
// differ (one space inside a word, more between words) the wider gaps are
// the word boundaries; otherwise the letters are segmented into the words
// `known_words` knows, preferring long words. `line` must still have its
// original spacing (before CollapseWhitespace).
std::string RejoinLetterSpacing(std::string_view line, const DocumentWords& known_words);

// True when `line` ends with a letter and a hyphen, so the next line may
// continue the word.
bool EndsWithWordHyphen(std::string_view line);

// Joins a word split across `first` (ending "immigra-") and `second`
// (starting "tion of ...") by moving the continuation onto `first`. Only a
// lower-case continuation is a word's rest ("Form I-" / "213" stays). The
// hyphen is dropped unless the document writes the compound with one, or
// both halves are words and their concatenation is not ("case-" / "by-case").
// Returns false and changes nothing when the break is not a split word.
bool JoinHyphenatedBreak(std::string* first, std::string* second, const DocumentWords& known_words);

}  // namespace moacheck
