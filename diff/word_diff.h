// Word-level comparison of two sentences: the longest common subsequence of
// word keys, the runs where they differ ("hunks"), and the tests that tell
// OCR noise ("perfonn" / "perform", "te1ms" / "terms") from a real edit.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "diff/sentences.h"
#include "moacheck/diff.h"

namespace moacheck::diff {

struct WordHunk {  // old words [old_begin, old_end) became new [new_begin, new_end)
  std::size_t old_begin = 0, old_end = 0;
  std::size_t new_begin = 0, new_end = 0;
};

// The differing runs between `old_words` and `new_words`, in order. O(n·m)
// in the two sentences' lengths.
std::vector<WordHunk> DiffWords(const std::vector<Word>& old_words,
                                const std::vector<Word>& new_words);

// True when two words could be one word read twice by OCR: the same after
// folding look-alike letters (rn/m, 1/l/i, 0/o), or one small edit in a long
// word that is not a negating prefix ("unlawful"). Numbers must match.
bool OcrVariant(std::string_view old_key, std::string_view new_key);

// True when the hunk is only OCR noise, word splits and joins, or stray
// one-letter specks.
bool IsOcrNoise(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                const WordHunk& hunk);

// The hunk without leading words that only split or join differently
// ("Ope rations" / "Operations").
WordHunk TrimSplitWords(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                        WordHunk hunk);

// One word read for another where one of them occurs nowhere else in
// either document ("Trus" for "This", "unmigration"): a misreading, not an
// edit, when the spellings are close (half the letters or more shared).
bool IsLoneMisreading(std::string_view old_key, std::string_view new_key, bool old_is_lone,
                      bool new_is_lone);

// Dice coefficient of the two sentences' sets of word keys, 0..1.
double WordSimilarity(const Sentence& a, const Sentence& b);

// The sentence pair as spans, showing only `real` hunks as changes (other
// hunks are shown with the NEW wording).
std::vector<WordSpan> WordSpans(const Sentence& old_sentence, const Sentence& new_sentence,
                                const std::vector<WordHunk>& hunks, const std::vector<bool>& real);

}  // namespace moacheck::diff
