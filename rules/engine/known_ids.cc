#include "rules/engine/known_ids.h"

#include <algorithm>
#include <vector>

namespace moacheck::rules {
namespace {

// The ids are fixed by ../shared/spec/facts.md; agency kinds are the
// engine's own classification of the "agency" fact (agency_kind.cc).
const std::vector<std::string_view>& Ids(std::string_view category) {
  static const std::vector<std::string_view> kModels = {"jail-enforcement",
                                                        "warrant-service-officer", "task-force"};
  static const std::vector<std::string_view> kAuthorities = {"interrogate",
                                                             "arrest-without-warrant",
                                                             "arrest-felony-without-warrant",
                                                             "serve-arrest-warrants",
                                                             "serve-removal-warrants",
                                                             "administer-oaths",
                                                             "prepare-charging-documents",
                                                             "issue-detainers",
                                                             "custody-and-transport"};
  static const std::vector<std::string_view> kAgencyKinds = {"sheriff", "police", "corrections",
                                                             "state", "other"};
  static const std::vector<std::string_view> kNone;
  if (category == "models") return kModels;
  if (category == "authorities") return kAuthorities;
  if (category == "agency-kinds") return kAgencyKinds;
  return kNone;
}

}  // namespace

const FactSpec* FindFact(std::string_view name) {
  for (const FactSpec& spec : FactCatalog()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

bool IsKnownId(std::string_view category, std::string_view id) {
  const auto& ids = Ids(category);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string KnownIdList(std::string_view category) {
  std::string list;
  for (std::string_view id : Ids(category)) {
    list += (list.empty() ? "" : ", ") + std::string(id);
  }
  return list;
}

}  // namespace moacheck::rules
