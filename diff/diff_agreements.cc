// DiffAgreements: aligns the two outlines, compares aligned sections
// sentence by sentence (longest common subsequence of sentence keys, then
// the leftovers paired by word similarity and compared word by word), and
// folds what is only OCR noise or names, dates and signatures.
#include <fmt/format.h>

#include <unordered_map>

#include "diff/changes.h"
#include "diff/identity.h"
#include "diff/section_align.h"
#include "diff/word_diff.h"
#include "moacheck/diff.h"
#include "report/plain_language.h"

namespace moacheck {
namespace {

using diff::IdentityLexicon;
using diff::SectionNature;
using diff::SectionText;
using diff::Sentence;
using diff::WordHunk;

// Sentences this similar are one sentence edited; below, one removed and
// another added.
constexpr double kSameSentence = 0.5;

struct SideView {
  const DiffSide& side;
  std::vector<SectionText> texts;
  IdentityLexicon names;
  std::unordered_map<std::string, int> word_counts;  // key -> occurrences in the document
};

std::unordered_map<std::string, int> CountWords(const std::vector<SectionText>& texts) {
  std::unordered_map<std::string, int> counts;
  for (const SectionText& text : texts) {
    for (const Sentence& sentence : text.sentences) {
      for (const diff::Word& word : sentence.words) ++counts[word.key];
    }
  }
  return counts;
}

int CountOf(const SideView& view, const std::string& key) {
  auto it = view.word_counts.find(key);
  return it == view.word_counts.end() ? 0 : it->second;
}

Sentence Join(const Sentence& first, const Sentence& second) {
  Sentence joined = first;
  joined.words.insert(joined.words.end(), second.words.begin(), second.words.end());
  joined.key += second.key;
  joined.quote += ' ';
  joined.quote += second.quote;
  return joined;
}

SectionRef RefOf(const Section& section) {
  return SectionRef{section.path, section.title, section.kind, section.page, section.line};
}

class SectionComparer {
 public:
  SectionComparer(const SideView& old_view, const SideView& new_view, SectionNature nature)
      : old_(old_view), new_(new_view), nature_(nature) {}

  void Compare(int old_index, int new_index, SectionDiff& out) {
    const std::vector<Sentence>& a = old_.texts[old_index].sentences;
    const std::vector<Sentence>& b = new_.texts[new_index].sentences;
    // Sentence LCS on keys; the gaps between anchors hold the edits.
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        lcs[at(i, j)] = a[i].key == b[j].key ? lcs[at(i + 1, j + 1)] + 1
                                             : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
      }
    }
    std::size_t i = 0, j = 0, gap_i = 0, gap_j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i].key == b[j].key) {
        CompareGap(old_index, new_index, gap_i, i, gap_j, j, out);
        gap_i = ++i;
        gap_j = ++j;
      } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
        ++j;
      } else {
        ++i;
      }
    }
    CompareGap(old_index, new_index, gap_i, n, gap_j, m, out);
  }

  // A section only one side has: its sentences are all added or removed.
  void OneSided(int index, bool in_new, SectionDiff& out) {
    const SideView& view = in_new ? new_ : old_;
    for (const Sentence& sentence : view.texts[index].sentences) {
      AddLone(sentence, in_new, out);
    }
  }

 private:
  void CompareGap(int old_index, int new_index, std::size_t old_begin, std::size_t old_end,
                  std::size_t new_begin, std::size_t new_end, SectionDiff& out) {
    const std::vector<Sentence>& a = old_.texts[old_index].sentences;
    const std::vector<Sentence>& b = new_.texts[new_index].sentences;
    std::size_t next_new = new_begin;
    for (std::size_t i = old_begin; i < old_end; ++i) {
      // The most similar NEW sentence not before the last one paired.
      std::size_t best = new_end;
      double best_similarity = kSameSentence;
      for (std::size_t j = next_new; j < new_end; ++j) {
        double similarity = diff::WordSimilarity(a[i], b[j]);
        if (similarity >= best_similarity) {
          best_similarity = similarity;
          best = j;
        }
      }
      if (best == new_end) {
        AddLone(a[i], false, out);
        continue;
      }
      if (best > next_new) {
        Sentence joined = Join(b[best - 1], b[best]);
        if (diff::WordSimilarity(a[i], joined) > best_similarity + 0.1) {
          for (; next_new + 1 < best; ++next_new) AddLone(b[next_new], true, out);
          ComparePair(a[i], joined, out);
          next_new = best + 1;
          continue;
        }
      }
      for (; next_new < best; ++next_new) AddLone(b[next_new], true, out);
      next_new = best + 1;
      // OCR reads a comma as a period and cuts a sentence in two (or the
      // reverse): compare the two halves joined when that fits better.
      if (best + 1 < new_end) {
        Sentence joined = Join(b[best], b[best + 1]);
        if (diff::WordSimilarity(a[i], joined) > best_similarity + 0.1) {
          ComparePair(a[i], joined, out);
          next_new = best + 2;
          continue;
        }
      }
      if (i + 1 < old_end) {
        Sentence joined = Join(a[i], a[i + 1]);
        if (diff::WordSimilarity(joined, b[best]) > best_similarity + 0.1) {
          ComparePair(joined, b[best], out);
          ++i;
          continue;
        }
      }
      ComparePair(a[i], b[best], out);
    }
    for (; next_new < new_end; ++next_new) AddLone(b[next_new], true, out);
  }

  void ComparePair(const Sentence& a, const Sentence& b, SectionDiff& out) {
    std::vector<WordHunk> hunks = diff::DiffWords(a.words, b.words);
    std::vector<bool> real(hunks.size(), false);
    bool any_real = false;
    for (std::size_t h = 0; h < hunks.size(); ++h) {
      if (diff::IsOcrNoise(a.words, b.words, hunks[h])) continue;
      if (IsLoneMisreading(a.words, b.words, hunks[h])) continue;
      WordHunk rest = diff::TrimSplitWords(a.words, b.words, hunks[h]);
      if (diff::IsIdentityHunk(a.words, b.words, rest, old_.names, new_.names, nature_)) {
        ++out.identity_changes;
        continue;
      }
      real[h] = any_real = true;
    }
    if (!any_real) return;
    TextChange change;
    change.kind = TextChange::Kind::kChanged;
    change.old_text = diff::SentenceEvidence(old_.side.document, old_.side.outline, a);
    change.new_text = diff::SentenceEvidence(new_.side.document, new_.side.outline, b);
    change.words = diff::WordSpans(a, b, hunks, real);
    out.changes.push_back(std::move(change));
  }

  bool IsLoneMisreading(const std::vector<diff::Word>& a, const std::vector<diff::Word>& b,
                        const WordHunk& hunk) const {
    if (hunk.old_end - hunk.old_begin != 1 || hunk.new_end - hunk.new_begin != 1) return false;
    const std::string& old_key = a[hunk.old_begin].key;
    const std::string& new_key = b[hunk.new_begin].key;
    auto lone = [this](const std::string& key) {
      return CountOf(old_, key) + CountOf(new_, key) == 1;
    };
    return diff::IsLoneMisreading(old_key, new_key, lone(old_key), lone(new_key));
  }

  void AddLone(const Sentence& sentence, bool in_new, SectionDiff& out) {
    static const std::vector<diff::Word> kNone;
    WordHunk whole = in_new ? WordHunk{0, 0, 0, sentence.words.size()}
                            : WordHunk{0, sentence.words.size(), 0, 0};
    const std::vector<diff::Word>& old_words = in_new ? kNone : sentence.words;
    const std::vector<diff::Word>& new_words = in_new ? sentence.words : kNone;
    if (diff::IsOcrNoise(old_words, new_words, whole)) return;
    if (diff::IsIdentityHunk(old_words, new_words, whole, old_.names, new_.names, nature_)) {
      ++out.identity_changes;
      return;
    }
    TextChange change;
    const SideView& view = in_new ? new_ : old_;
    Evidence evidence = diff::SentenceEvidence(view.side.document, view.side.outline, sentence);
    if (in_new) {
      change.kind = TextChange::Kind::kAdded;
      change.new_text = std::move(evidence);
    } else {
      change.kind = TextChange::Kind::kRemoved;
      change.old_text = std::move(evidence);
    }
    out.changes.push_back(std::move(change));
  }

  const SideView& old_;
  const SideView& new_;
  SectionNature nature_;
};

std::vector<SectionText> ReadAll(const DiffSide& side) {
  std::vector<SectionText> texts;
  for (std::size_t i = 0; i < side.outline.sections.size(); ++i) {
    texts.push_back(diff::ReadSection(side.document, side.outline, static_cast<int>(i)));
  }
  return texts;
}

// A sentence removed from one section and added unchanged to another was
// moved, not rewritten: drop both and count it.
int DropMovedSentences(std::vector<SectionDiff>& sections) {
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> removed;
  auto key_of = [](const Evidence& evidence) { return diff::WordKey(evidence.quote); };
  for (std::size_t s = 0; s < sections.size(); ++s) {
    for (std::size_t c = 0; c < sections[s].changes.size(); ++c) {
      const TextChange& change = sections[s].changes[c];
      if (change.kind == TextChange::Kind::kRemoved) {
        removed[key_of(*change.old_text)].emplace_back(s, c);
      }
    }
  }
  std::vector<std::vector<bool>> drop(sections.size());
  for (std::size_t s = 0; s < sections.size(); ++s)
    drop[s].assign(sections[s].changes.size(), false);
  int moved = 0;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    for (std::size_t c = 0; c < sections[s].changes.size(); ++c) {
      const TextChange& change = sections[s].changes[c];
      if (change.kind != TextChange::Kind::kAdded) continue;
      auto it = removed.find(key_of(*change.new_text));
      if (it == removed.end() || it->second.empty()) continue;
      auto [rs, rc] = it->second.back();
      it->second.pop_back();
      drop[rs][rc] = drop[s][c] = true;
      ++moved;
    }
  }
  for (std::size_t s = 0; s < sections.size(); ++s) {
    std::vector<TextChange> kept;
    for (std::size_t c = 0; c < sections[s].changes.size(); ++c) {
      if (!drop[s][c]) kept.push_back(std::move(sections[s].changes[c]));
    }
    sections[s].changes = std::move(kept);
  }
  return moved;
}

std::optional<std::string> AgencyOf(const Facts& facts) {
  auto it = facts.scalars.find("agency");
  if (it == facts.scalars.end() || !std::holds_alternative<std::string>(it->second.value)) {
    return std::nullopt;
  }
  return std::get<std::string>(it->second.value);
}

std::vector<std::string> ModelsOf(const Facts& facts) {
  std::vector<std::string> models;
  for (const FactItem& model : facts.models) models.push_back(model.id);
  return models;
}

void Summarize(AgreementDiff& result) {
  int changed = 0, added = 0, removed = 0, moved = 0;
  for (const SectionDiff& section : result.sections) {
    switch (section.status) {
      case SectionDiff::Status::kChanged:
        ++changed;
        break;
      case SectionDiff::Status::kAdded:
        ++added;
        break;
      case SectionDiff::Status::kRemoved:
        ++removed;
        break;
      case SectionDiff::Status::kSame:
        break;
    }
    if (section.moved) ++moved;
  }
  bool wording_same = changed == 0 && added == 0 && removed == 0;
  result.same_template_text = wording_same && result.facts.empty();
  if (result.same_template_text) {
    result.summary = result.identity_changes > 0
                         ? "Same template text; only agency names, dates and signatures differ"
                         : "Same text; no differences found";
    return;
  }
  std::vector<std::string> parts;
  if (!result.facts.empty()) parts.push_back(fmt::format("{} fact changes", result.facts.size()));
  if (changed > 0) parts.push_back(fmt::format("{} sections reworded", changed));
  if (added > 0) parts.push_back(fmt::format("{} sections added", added));
  if (removed > 0) parts.push_back(fmt::format("{} sections removed", removed));
  if (moved > 0) parts.push_back(fmt::format("{} sections moved", moved));
  if (!result.rules.empty()) {
    parts.push_back(fmt::format("{} rule outcomes differ", result.rules.size()));
  }
  if (result.identity_changes > 0) {
    parts.push_back(
        fmt::format("{} name, date and signature differences folded", result.identity_changes));
  }
  result.summary = fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace

AgreementDiff DiffAgreements(const DiffSide& old_side, const DiffSide& new_side,
                             const Vocabulary& vocabulary) {
  SideView old_view{old_side, ReadAll(old_side), IdentityLexicon(old_side), {}};
  SideView new_view{new_side, ReadAll(new_side), IdentityLexicon(new_side), {}};
  old_view.word_counts = CountWords(old_view.texts);
  new_view.word_counts = CountWords(new_view.texts);
  AgreementDiff result;
  result.old_label = old_side.label;
  result.new_label = new_side.label;
  result.old_agency = AgencyOf(old_side.facts);
  result.new_agency = AgencyOf(new_side.facts);
  result.old_models = ModelsOf(old_side.facts);
  result.new_models = ModelsOf(new_side.facts);
  for (const std::string& model : result.old_models)
    result.old_model_names.push_back(report::ModelName(&vocabulary, model));
  for (const std::string& model : result.new_models)
    result.new_model_names.push_back(report::ModelName(&vocabulary, model));
  result.facts = diff::CompareFacts(old_side, new_side, vocabulary);
  result.rules = diff::CompareRules(old_side, new_side);

  for (const diff::SectionPair& pair :
       diff::AlignSections(old_side.outline, old_view.texts, new_side.outline, new_view.texts)) {
    SectionDiff section;
    section.moved = pair.moved;
    if (pair.old_index >= 0) section.old_section = RefOf(old_side.outline.sections[pair.old_index]);
    if (pair.new_index >= 0) section.new_section = RefOf(new_side.outline.sections[pair.new_index]);
    const SectionRef& either = section.new_section ? *section.new_section : *section.old_section;
    SectionComparer comparer(old_view, new_view, diff::NatureOfSection(either.kind));
    if (pair.old_index >= 0 && pair.new_index >= 0) {
      comparer.Compare(pair.old_index, pair.new_index, section);
    } else {
      comparer.OneSided(pair.old_index >= 0 ? pair.old_index : pair.new_index, pair.new_index >= 0,
                        section);
    }
    result.sections.push_back(std::move(section));
  }
  result.moved_sentences = DropMovedSentences(result.sections);
  for (SectionDiff& section : result.sections) {
    result.identity_changes += section.identity_changes;
    bool has_text = !section.changes.empty();
    if (section.old_section && section.new_section) {
      section.status = has_text ? SectionDiff::Status::kChanged : SectionDiff::Status::kSame;
    } else if (has_text ||
               !(section.new_section ? section.new_section : section.old_section)->title.empty()) {
      // A titled section on one side only is a structural change even when
      // its own text is empty (a heading over subsections).
      section.status =
          section.new_section ? SectionDiff::Status::kAdded : SectionDiff::Status::kRemoved;
    }
  }
  Summarize(result);
  return result;
}

}  // namespace moacheck
