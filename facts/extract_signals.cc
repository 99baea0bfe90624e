// Authorities, provisions and models: set-valued facts read from phrases.
#include <algorithm>

#include "facts/extractors.h"

namespace moacheck::facts {
namespace {

bool AnyMatch(const std::vector<Regex>& patterns, std::string_view text,
              RegexMatch* match = nullptr) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Regex& regex) { return regex.Find(text, match); });
}

// First match of any of the signal's patterns in the clause.
bool FirstMatch(const Signal& signal, const Clause& clause, RegexMatch* match) {
  for (const Regex& regex : signal.patterns)
    if (regex.Find(clause.text, match)) return true;
  return false;
}

// Whether the document has an appendix (attachment, exhibit) `label`: a
// line opening "APPENDIX B" with no running text after it.
bool HasAppendix(const Document& document, std::string_view label) {
  Result<Regex> heading = Regex::Compile(
      "^\\s*(?i:appendix|attachment|exhibit)\\s+(?i:" + std::string(label) + ")\\b[^a-z]*$",
      {.caseless = false});
  if (!heading) return true;  // an odd label: do not discount the mention
  return std::any_of(document.lines.begin(), document.lines.end(),
                     [&](const Line& line) { return heading->Find(line.folded); });
}

// A clause that only points to an appendix the document lacks ("... is
// included in Appendix B", Appendix B removed) sets nothing out.
bool PointsToMissingAppendix(const ClauseIndex& index, const Vocabulary& vocabulary,
                             const Clause& clause) {
  for (const Regex& pointer : vocabulary.appendix_pointers) {
    RegexMatch match;
    if (!pointer.Find(clause.text, &match)) continue;
    std::string_view label = match.group(clause.text, pointer.NamedGroup("label"));
    if (!HasAppendix(*index.document, label)) return true;
  }
  return false;
}

// A heading ("A. COMPLAINT PROCEDURES") names a topic; the provision is in
// the text under it, which is read on its own.
bool IsHeading(const ClauseIndex& index, const Clause& clause) {
  return std::any_of(index.outline->sections.begin(), index.outline->sections.end(),
                     [&](const Section& section) {
                       return section.first_line == clause.first_line && !section.title.empty() &&
                              clause.text.size() <= section.label.size() + section.title.size() + 4;
                     });
}

FactItem* FindItem(std::vector<FactItem>& items, const std::string& id) {
  for (FactItem& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

void AddEvidence(std::vector<FactItem>& items, const std::string& id, Evidence evidence) {
  FactItem* item = FindItem(items, id);
  if (!item) {
    items.push_back(FactItem{id, {}});
    item = &items.back();
  }
  if (item->evidence.size() < 3) item->evidence.push_back(std::move(evidence));
}

bool HasItem(const std::vector<FactItem>& items, const std::string& id) {
  return std::any_of(items.begin(), items.end(),
                     [&](const FactItem& item) { return item.id == id; });
}

// A power read that the model never delegates.
bool PowersExclude(const Signal& model, const std::vector<FactItem>& authorities) {
  return std::any_of(model.excluded_by.begin(), model.excluded_by.end(),
                     [&](const std::string& id) { return HasItem(authorities, id); });
}

// The delegated powers allow `model`: all it needs, none it never has.
bool PowersFit(const Signal& model, const std::vector<FactItem>& authorities) {
  if (model.implied_by.empty()) return false;
  return std::all_of(model.implied_by.begin(), model.implied_by.end(),
                     [&](const std::string& id) { return HasItem(authorities, id); }) &&
         !PowersExclude(model, authorities);
}

}  // namespace

bool Denied(const ClauseIndex& index, const Vocabulary& vocabulary, const Clause& clause) {
  if (AnyMatch(vocabulary.deny_cues, clause.text)) return true;
  return clause.introduced_by >= 0 &&
         AnyMatch(vocabulary.deny_cues, index.clauses[clause.introduced_by].text);
}

void ExtractAuthorities(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const Clause& clause : index.clauses) {
    if (!index.InScope(clause, vocabulary.authority_sections)) continue;
    bool granted = AnyMatch(vocabulary.grant_cues, clause.text) ||
                   (clause.introduced_by >= 0 &&
                    AnyMatch(vocabulary.grant_cues, index.clauses[clause.introduced_by].text));
    if (!granted) continue;
    bool denied = Denied(index, vocabulary, clause);
    for (const Signal& authority : vocabulary.authorities) {
      RegexMatch match;
      if (!index.InScope(clause, authority.sections) || !FirstMatch(authority, clause, &match))
        continue;
      if (denied) continue;
      AddEvidence(facts.authorities, authority.id,
                  index.EvidenceFor(clause, match.begin(), match.end()));
    }
  }
  // Report in vocabulary order, not document order, so output is stable.
  std::vector<FactItem> ordered;
  for (const Signal& authority : vocabulary.authorities)
    if (FactItem* item = FindItem(facts.authorities, authority.id)) ordered.push_back(*item);
  facts.authorities = std::move(ordered);
}

void ExtractProvisions(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const Signal& provision : vocabulary.provisions) {
    FactValue value{false, {}};
    for (const Clause& clause : index.clauses) {
      RegexMatch match;
      if (!index.InScope(clause, provision.sections) || !FirstMatch(provision, clause, &match))
        continue;
      if (provision.negatable && Denied(index, vocabulary, clause)) continue;
      if (PointsToMissingAppendix(index, vocabulary, clause) || IsHeading(index, clause)) continue;
      value.value = true;
      value.evidence.push_back(index.EvidenceFor(clause, match.begin(), match.end()));
      if (value.evidence.size() >= 2) break;
    }
    facts.scalars["provisions." + provision.id] = std::move(value);
  }
}

void ExtractModels(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const Signal& model : vocabulary.models) {
    for (const Clause& clause : index.clauses) {
      RegexMatch match;
      if (!index.InScope(clause, model.sections) || !FirstMatch(model, clause, &match)) continue;
      AddEvidence(facts.models, model.id, index.EvidenceFor(clause, match.begin(), match.end()));
      break;
    }
  }
  if (!facts.models.empty()) return;
  // No title or program name: the functions delegated and the purpose tell.
  const Signal* fits = nullptr;  // the first model the delegated powers allow
  const Signal* stated = nullptr;
  std::vector<Evidence> purpose;
  int purposes = 0;
  for (const Signal& model : vocabulary.models) {
    if (!fits && PowersFit(model, facts.authorities)) fits = &model;
    for (const Clause& clause : index.clauses) {
      RegexMatch match;
      if (!AnyMatch(model.purpose, clause.text, &match) || Denied(index, vocabulary, clause))
        continue;
      if (stated != &model) ++purposes;
      stated = &model;
      purpose.push_back(index.EvidenceFor(clause, match.begin(), match.end()));
      break;
    }
  }
  // The template's own statement of its purpose outweighs powers missing
  // from a garbled list, not a power the model never delegates; two
  // models' purposes contradict each other.
  const Signal* chosen = nullptr;
  if (purposes == 1 && !PowersExclude(*stated, facts.authorities))
    chosen = stated;
  else if (purposes == 0)
    chosen = fits;
  if (!chosen) return;
  std::vector<Evidence> evidence = purposes == 1 ? purpose : std::vector<Evidence>{};
  for (const std::string& id : chosen->implied_by)
    if (FactItem* item = FindItem(facts.authorities, id))
      evidence.push_back(item->evidence.front());
  facts.models.push_back(FactItem{chosen->id, evidence});
}

}  // namespace moacheck::facts
