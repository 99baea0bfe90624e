#include "rules/engine/known_ids.h"

#include <algorithm>

#include "facts/vocabulary.h"

namespace moacheck::rules {
namespace {

// The agency_kind fact's values (parties.yaml agency_kinds), "other", and
// the older names rulebooks may still use for two of them (AgencyKindAlias).
std::vector<std::string> AgencyKindIds(const Vocabulary& vocabulary) {
  std::vector<std::string> ids;
  for (const facts::AgencyKindRule& rule : vocabulary.agency_kinds)
    if (std::find(ids.begin(), ids.end(), rule.kind) == ids.end()) ids.push_back(rule.kind);
  for (const char* id : {"other", "police", "state"})
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

std::vector<std::string> IdsOf(const std::vector<facts::Signal>& signals) {
  std::vector<std::string> ids;
  for (const facts::Signal& signal : signals) ids.push_back(signal.id);
  return ids;
}

}  // namespace

const FactSpec* FindFact(std::string_view name) {
  for (const FactSpec& spec : FactCatalog()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

KnownNames::KnownNames(const Vocabulary& vocabulary)
    : models_(IdsOf(vocabulary.models)),
      authorities_(IdsOf(vocabulary.authorities)),
      section_kinds_(SectionKindNames(*vocabulary.section_kinds)),
      agency_kinds_(AgencyKindIds(vocabulary)) {}

const std::vector<std::string>& KnownNames::Ids(std::string_view category) const {
  static const std::vector<std::string> kNone;
  if (category == "models") return models_;
  if (category == "authorities") return authorities_;
  if (category == "section-kinds") return section_kinds_;
  if (category == "agency-kinds") return agency_kinds_;
  return kNone;
}

bool KnownNames::IsKnownId(std::string_view category, std::string_view id) const {
  const std::vector<std::string>& ids = Ids(category);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string KnownNames::List(std::string_view category) const {
  std::string list;
  for (const std::string& id : Ids(category)) list += (list.empty() ? "" : ", ") + id;
  return list;
}

}  // namespace moacheck::rules
