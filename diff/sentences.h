// The text of one section as the diff compares it: its own lines (not its
// subsections'), without the heading's label and title, cut into sentences
// of words. Each word keeps its letters and digits lower-cased as its key,
// so punctuation, case and spacing never count as a change.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/outline.h"

namespace moacheck::diff {

struct Word {
  std::string key;       // lower-case ASCII letters and digits of the word
  std::string text;      // as written (Line::text)
  std::size_t line = 0;  // index into Document::lines
};

struct Sentence {
  std::vector<Word> words;  // only words with a non-empty key
  std::string key;          // the words' keys concatenated: word splits and
                            // joins ("perfor mance") do not change it
  std::string quote;        // as written, including punctuation-only words
  std::size_t line = 0;     // where it starts
};

// Lower-case ASCII letters and digits of `word`; everything else dropped.
std::string WordKey(std::string_view word);

std::vector<Sentence> SectionSentences(const Document& document, const Outline& outline,
                                       int section);

// Where a sentence stands, with its quote, as Evidence.
Evidence SentenceEvidence(const Document& document, const Outline& outline,
                          const Sentence& sentence);

}  // namespace moacheck::diff
