// Which section of OLD is which section of NEW. Templates renumber and
// reorder ("IV.F ICE SUPERVISION" in the 2020 jail model is "XI. ICE
// SUPERVISION" in the 2025 task force), so sections are paired by kind,
// title and wording, never by number: every candidate pair is scored and
// the best pairs taken first.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "diff/sentences.h"
#include "moacheck/outline.h"

namespace moacheck::diff {

struct SectionText {
  std::vector<Sentence> sentences;
  std::vector<std::string> word_keys;  // sorted, unique: for wording similarity
};

SectionText ReadSection(const Document& document, const Outline& outline, int section);

struct SectionPair {
  int old_index = -1;  // -1: added in NEW
  int new_index = -1;  // -1: removed from OLD
  bool moved = false;  // out of order relative to the other pairs
};

// Every section of both outlines exactly once: pairs and additions in NEW
// order, each removal right after the pair that preceded it in OLD.
std::vector<SectionPair> AlignSections(const Outline& old_outline,
                                       const std::vector<SectionText>& old_texts,
                                       const Outline& new_outline,
                                       const std::vector<SectionText>& new_texts);

}  // namespace moacheck::diff
