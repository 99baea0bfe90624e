#include "diff/section_align.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

#include "diff/word_diff.h"

namespace moacheck::diff {
namespace {

std::vector<std::string> TitleWords(const Section& section) {
  static const std::unordered_set<std::string> kStop = {"of",  "the", "and", "to", "this",
                                                        "moa", "for", "a",   "an", "in"};
  std::vector<std::string> words;
  std::size_t start = 0;
  const std::string& title = section.title;
  while (start < title.size()) {
    std::size_t end = title.find(' ', start);
    if (end == std::string::npos) end = title.size();
    std::string key = WordKey(std::string_view(title).substr(start, end - start));
    start = end + 1;
    if (!key.empty() && !kStop.count(key)) words.push_back(std::move(key));
  }
  return words;
}

// Dice coefficient of two titles' words, an OCR-misread word counting as
// the same word ("TERMINATlON").
double TitleSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  std::vector<bool> used(b.size(), false);
  for (const std::string& word : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && OcrVariant(word, b[j])) {
        used[j] = true;
        ++common;
        break;
      }
    }
  }
  return 2.0 * common / (a.size() + b.size());
}

double WordingSimilarity(const SectionText& a, const SectionText& b) {
  if (a.word_keys.empty() || b.word_keys.empty()) return 0;
  std::vector<std::string> common;
  std::set_intersection(a.word_keys.begin(), a.word_keys.end(), b.word_keys.begin(),
                        b.word_keys.end(), std::back_inserter(common));
  return 2.0 * common.size() / (a.word_keys.size() + b.word_keys.size());
}

struct Candidate {
  double score;
  int old_index;
  int new_index;
};

// Longest increasing run of OLD indices taken in NEW order: the pairs off
// it are the ones that moved.
std::vector<bool> InOrder(const std::vector<int>& old_indices) {
  const std::size_t n = old_indices.size();
  std::vector<int> length(n, 1), previous(n, -1);
  int best = -1;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (old_indices[j] < old_indices[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = static_cast<int>(j);
      }
    }
    if (best < 0 || length[i] > length[best]) best = static_cast<int>(i);
  }
  std::vector<bool> kept(n, false);
  for (int i = best; i >= 0; i = previous[i]) kept[i] = true;
  return kept;
}

}  // namespace

SectionText ReadSection(const Document& document, const Outline& outline, int section) {
  SectionText text;
  text.sentences = SectionSentences(document, outline, section);
  for (const Sentence& sentence : text.sentences) {
    for (const Word& word : sentence.words) text.word_keys.push_back(word.key);
  }
  std::sort(text.word_keys.begin(), text.word_keys.end());
  text.word_keys.erase(std::unique(text.word_keys.begin(), text.word_keys.end()),
                       text.word_keys.end());
  return text;
}

std::vector<SectionPair> AlignSections(const Outline& old_outline,
                                       const std::vector<SectionText>& old_texts,
                                       const Outline& new_outline,
                                       const std::vector<SectionText>& new_texts) {
  const int old_count = static_cast<int>(old_outline.sections.size());
  const int new_count = static_cast<int>(new_outline.sections.size());
  std::vector<std::vector<std::string>> old_titles, new_titles;
  for (const Section& section : old_outline.sections) old_titles.push_back(TitleWords(section));
  for (const Section& section : new_outline.sections) new_titles.push_back(TitleWords(section));

  std::vector<Candidate> candidates;
  for (int i = 0; i < old_count; ++i) {
    for (int j = 0; j < new_count; ++j) {
      const Section& a = old_outline.sections[i];
      const Section& b = new_outline.sections[j];
      double title = TitleSimilarity(old_titles[i], new_titles[j]);
      double wording = WordingSimilarity(old_texts[i], new_texts[j]);
      bool same_kind = !a.kind.empty() && a.kind == b.kind;
      bool kinds_differ = !a.kind.empty() && !b.kind.empty() && a.kind != b.kind;
      bool untitled = old_titles[i].empty() && new_titles[j].empty();
      bool acceptable =
          kinds_differ
              ? (title >= 0.6 || wording >= 0.7)
              : (title >= 0.5 || (same_kind && (untitled || wording >= 0.25)) || wording >= 0.6);
      if (!acceptable) continue;
      double score =
          3 * title + 2 * wording + (same_kind ? 1.5 : 0) + (a.depth == b.depth ? 0.2 : 0);
      candidates.push_back(Candidate{score, i, j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  std::vector<int> old_partner(old_count, -1), new_partner(new_count, -1);
  for (const Candidate& candidate : candidates) {
    if (old_partner[candidate.old_index] >= 0 || new_partner[candidate.new_index] >= 0) continue;
    old_partner[candidate.old_index] = candidate.new_index;
    new_partner[candidate.new_index] = candidate.old_index;
  }

  std::vector<int> aligned_old;  // OLD index of each aligned pair, in NEW order
  for (int j = 0; j < new_count; ++j) {
    if (new_partner[j] >= 0) aligned_old.push_back(new_partner[j]);
  }
  std::vector<bool> in_order = InOrder(aligned_old);
  std::map<int, bool> moved;
  for (std::size_t k = 0; k < aligned_old.size(); ++k) moved[aligned_old[k]] = !in_order[k];

  // Each removed section goes after the aligned OLD section before it.
  std::map<int, std::vector<int>> removed_after;  // OLD index (-1: start) -> removed
  int last_aligned = -1;
  for (int i = 0; i < old_count; ++i) {
    if (old_partner[i] >= 0) {
      last_aligned = i;
    } else {
      removed_after[last_aligned].push_back(i);
    }
  }
  std::vector<SectionPair> pairs;
  auto emit_removed = [&](int after) {
    for (int removed : removed_after[after]) pairs.push_back(SectionPair{removed, -1, false});
  };
  emit_removed(-1);
  for (int j = 0; j < new_count; ++j) {
    int i = new_partner[j];
    pairs.push_back(SectionPair{i, j, i >= 0 && moved[i]});
    if (i >= 0) emit_removed(i);
  }
  return pairs;
}

}  // namespace moacheck::diff
