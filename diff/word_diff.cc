#include "diff/word_diff.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "common/ocr_confusions.h"

namespace moacheck::diff {
namespace {

bool AllDigits(std::string_view key) {
  return !key.empty() &&
         std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasDigit(std::string_view key) {
  return std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Letters OCR confuses, folded to one spelling (common/ocr_confusions.cc):
// "rn", "nn", "rm" and "in" read as "m"; 1, i, j as l; 0, d and q as o
// ("OHS" for DHS); 5 as s.
std::string OcrFold(std::string_view key) {
  std::string folded;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i + 1 < key.size()) {
      std::string_view pair = OcrPrinted(key.substr(i, 2), OcrUse::kWordFold);
      if (!pair.empty()) {
        folded += pair;
        ++i;
        continue;
      }
    }
    std::string_view printed = OcrPrinted(key.substr(i, 1), OcrUse::kWordFold);
    folded += printed.empty() ? key.substr(i, 1) : printed;
  }
  return folded;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// "lawful" -> "unlawful": a word turned into its opposite is never noise.
bool AddsPrefix(std::string_view shorter, std::string_view longer) {
  return longer.size() >= shorter.size() + 2 && longer.ends_with(shorter);
}

bool SimilarSpelling(std::string_view a, std::string_view b, std::size_t budget) {
  if (a.size() > b.size()) std::swap(a, b);
  if (AddsPrefix(a, b)) return false;
  if (b.size() - a.size() > budget) return false;
  return EditDistance(a, b) <= budget;
}

std::string JoinKeys(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  std::string joined;
  for (std::size_t i = begin; i < end; ++i) joined += words[i].key;
  return joined;
}

}  // namespace

std::vector<WordHunk> DiffWords(const std::vector<Word>& old_words,
                                const std::vector<Word>& new_words) {
  const std::size_t n = old_words.size(), m = new_words.size();
  // A run-on "sentence" (a garbled signature page) is compared as one hunk
  // rather than with a table of millions of cells.
  constexpr std::size_t kMaxCells = 4'000'000;
  if ((n + 1) * (m + 1) > kMaxCells) return {WordHunk{0, n, 0, m}};
  // lcs[i][j]: common subsequence length of old[i..] and new[j..].
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[at(i, j)] = old_words[i].key == new_words[j].key
                          ? lcs[at(i + 1, j + 1)] + 1
                          : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
  }
  std::vector<WordHunk> hunks;
  std::size_t i = 0, j = 0;
  WordHunk open{0, 0, 0, 0};
  bool in_hunk = false;
  auto close = [&] {
    if (!in_hunk) return;
    open.old_end = i;
    open.new_end = j;
    hunks.push_back(open);
    in_hunk = false;
  };
  while (i < n || j < m) {
    if (i < n && j < m && old_words[i].key == new_words[j].key) {
      close();
      ++i;
      ++j;
      continue;
    }
    if (!in_hunk) {
      open = WordHunk{i, 0, j, 0};
      in_hunk = true;
    }
    if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
      ++j;
    } else {
      ++i;
    }
  }
  close();
  return hunks;
}

bool OcrVariant(std::string_view old_key, std::string_view new_key) {
  if (old_key == new_key) return true;
  if (AllDigits(old_key) && AllDigits(new_key)) return false;
  std::string a = OcrFold(old_key), b = OcrFold(new_key);
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  if (HasDigit(a) && HasDigit(b)) return false;  // "48" and "72" stay different
  // Longer words absorb more misread letters; a different first letter
  // ("include" / "exclude") is allowed only one.
  std::size_t length = std::max(a.size(), b.size());
  std::size_t budget = length >= 12 ? 3 : length >= 7 ? 2 : length >= 4 ? 1 : 0;
  if (a.front() != b.front()) budget = std::min<std::size_t>(budget, 1);
  // Folding can also pull a variant away ("perSOIUlel"): try both spellings.
  return SimilarSpelling(a, b, budget) ||
         (old_key.front() == new_key.front() && SimilarSpelling(old_key, new_key, budget));
}

// "_C___M___C_r_o-ne_n___", "'-,,C.,C.-..": a scan's smudges read as text,
// mostly punctuation.
static bool IsGarbage(const Word& word) {
  std::size_t ink = 0;
  for (char c : word.text) ink += c != ' ';
  return ink > 0 && word.key.size() * 10 < ink * 6;
}

// A word with a scanner's smudge in it ("~rsonnel", "traini!!S") has lost
// letters to it; it may differ more from the word it was.
static bool IsSmudged(const Word& word) {
  return word.text.find_first_of("~!|{}^_\\") != std::string::npos;
}

WordHunk TrimSplitWords(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                        WordHunk hunk) {
  // Peel leading runs that spell the same letters ("Ope rations" /
  // "Operations"), so what is left is the real difference.
  bool peeled = true;
  while (peeled && hunk.old_begin < hunk.old_end && hunk.new_begin < hunk.new_end) {
    peeled = false;
    for (std::size_t p = 1; p <= 3 && !peeled && hunk.old_begin + p <= hunk.old_end; ++p) {
      for (std::size_t q = 1; q <= 3 && !peeled && hunk.new_begin + q <= hunk.new_end; ++q) {
        if (p == 1 && q == 1) {
          if (old_words[hunk.old_begin].key != new_words[hunk.new_begin].key) continue;
        } else if (JoinKeys(old_words, hunk.old_begin, hunk.old_begin + p) !=
                   JoinKeys(new_words, hunk.new_begin, hunk.new_begin + q)) {
          continue;
        }
        hunk.old_begin += p;
        hunk.new_begin += q;
        peeled = true;
      }
    }
  }
  return hunk;
}

bool IsOcrNoise(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                const WordHunk& hunk) {
  std::size_t garbage = 0, total = 0;
  for (std::size_t k = hunk.old_begin; k < hunk.old_end; ++k, ++total)
    garbage += IsGarbage(old_words[k]);
  for (std::size_t k = hunk.new_begin; k < hunk.new_end; ++k, ++total)
    garbage += IsGarbage(new_words[k]);
  if (total > 0 && garbage * 3 >= total * 2) return true;
  std::size_t old_count = hunk.old_end - hunk.old_begin;
  std::size_t new_count = hunk.new_end - hunk.new_begin;
  std::string old_joined = JoinKeys(old_words, hunk.old_begin, hunk.old_end);
  std::string new_joined = JoinKeys(new_words, hunk.new_begin, hunk.new_end);
  if (old_joined == new_joined) return true;  // "per form" / "perform"
  if (old_count == 0 || new_count == 0) {
    // Stray specks of a scan: a lone letter or two that are not a word.
    const std::vector<Word>& words = old_count == 0 ? new_words : old_words;
    std::size_t begin = old_count == 0 ? hunk.new_begin : hunk.old_begin;
    std::size_t end = old_count == 0 ? hunk.new_end : hunk.old_end;
    for (std::size_t k = begin; k < end; ++k) {
      const std::string& key = words[k].key;
      if (key.size() > 1 || AllDigits(key) || key == "a") return false;
    }
    return true;
  }
  if (old_count == new_count) {
    bool all_variants = true;
    for (std::size_t k = 0; k < old_count && all_variants; ++k) {
      const Word& before = old_words[hunk.old_begin + k];
      const Word& after = new_words[hunk.new_begin + k];
      all_variants = OcrVariant(before.key, after.key) ||
                     ((IsSmudged(before) || IsSmudged(after)) &&
                      EditDistance(OcrFold(before.key), OcrFold(after.key)) <=
                          std::max(before.key.size(), after.key.size()) / 3);
    }
    if (all_variants) return true;
  }
  // Split or joined differently and misread: compare the run as one string.
  if (HasDigit(old_joined) || HasDigit(new_joined)) {
    if (OcrFold(old_joined) == OcrFold(new_joined)) return true;
    if (AllDigits(old_joined) || AllDigits(new_joined)) return false;
  }
  std::string a = OcrFold(old_joined), b = OcrFold(new_joined);
  std::size_t budget = std::max<std::size_t>(1, std::max(a.size(), b.size()) / 8);
  return std::max(a.size(), b.size()) >= 5 && SimilarSpelling(a, b, budget);
}

bool IsLoneMisreading(std::string_view old_key, std::string_view new_key, bool old_is_lone,
                      bool new_is_lone) {
  if (!old_is_lone && !new_is_lone) return false;
  if (HasDigit(old_key) && HasDigit(new_key)) return false;
  std::size_t length = std::max(old_key.size(), new_key.size());
  return length >= 4 && 2 * EditDistance(OcrFold(old_key), OcrFold(new_key)) <= length;
}

double WordSimilarity(const Sentence& a, const Sentence& b) {
  std::vector<std::string_view> left, right;
  for (const Word& word : a.words) left.push_back(word.key);
  for (const Word& word : b.words) right.push_back(word.key);
  std::sort(left.begin(), left.end());
  left.erase(std::unique(left.begin(), left.end()), left.end());
  std::sort(right.begin(), right.end());
  right.erase(std::unique(right.begin(), right.end()), right.end());
  if (left.empty() && right.empty()) return 1;
  std::vector<std::string_view> common;
  std::set_intersection(left.begin(), left.end(), right.begin(), right.end(),
                        std::back_inserter(common));
  double dice = 2.0 * common.size() / (left.size() + right.size());
  // A sentence shortened or extended by a clause is still the same sentence.
  std::size_t shorter = std::min(left.size(), right.size());
  if (shorter >= 5 && common.size() >= 0.8 * shorter) return std::max(dice, 0.55);
  return dice;
}

std::vector<WordSpan> WordSpans(const Sentence& old_sentence, const Sentence& new_sentence,
                                const std::vector<WordHunk>& hunks, const std::vector<bool>& real) {
  std::vector<WordSpan> spans;
  auto add = [&spans](WordSpan::Op op, const std::string& text) {
    if (!spans.empty() && spans.back().op == op) {
      spans.back().text += ' ';
      spans.back().text += text;
    } else {
      spans.push_back(WordSpan{op, text});
    }
  };
  std::size_t next_new = 0;
  for (std::size_t h = 0; h < hunks.size(); ++h) {
    const WordHunk& hunk = hunks[h];
    for (; next_new < hunk.new_begin; ++next_new) {
      add(WordSpan::Op::kSame, new_sentence.words[next_new].text);
    }
    if (real[h]) {
      for (std::size_t k = hunk.old_begin; k < hunk.old_end; ++k) {
        add(WordSpan::Op::kRemoved, old_sentence.words[k].text);
      }
      for (std::size_t k = hunk.new_begin; k < hunk.new_end; ++k) {
        add(WordSpan::Op::kAdded, new_sentence.words[k].text);
      }
    } else {
      for (std::size_t k = hunk.new_begin; k < hunk.new_end; ++k) {
        add(WordSpan::Op::kSame, new_sentence.words[k].text);
      }
    }
    next_new = hunk.new_end;
  }
  for (; next_new < new_sentence.words.size(); ++next_new) {
    add(WordSpan::Op::kSame, new_sentence.words[next_new].text);
  }
  return spans;
}

}  // namespace moacheck::diff
