// Every fact of docs/facts.md (which keeps ../shared/spec/facts.md's names)
// as data: rulebooks and the vocabulary loader check fact names against it.
#include "moacheck/facts.h"

namespace moacheck {

const std::vector<FactSpec>& FactCatalog() {
  static const std::vector<FactSpec> catalog = {
      {"agency", FactType::kString, ""},
      {"agency_kind", FactType::kString, ""},
      {"state", FactType::kString, ""},
      {"models", FactType::kIdSet, ""},
      {"template", FactType::kString, ""},
      {"template_revision", FactType::kString, ""},
      {"authorities", FactType::kIdSet, ""},
      {"training.initial_hours", FactType::kNumber, "hours"},
      {"training.refresher_months", FactType::kNumber, "months"},
      {"supervision.ice_directed", FactType::kBool, ""},
      {"supervision.supervisor_position", FactType::kString, ""},
      {"detainer.max_hold_hours", FactType::kNumber, "hours"},
      {"detainer.excludes_weekends_holidays", FactType::kBool, ""},
      {"authorization.term_months", FactType::kNumber, "months"},
      {"duration.expires", FactType::kBool, ""},
      {"duration.term_months", FactType::kNumber, "months"},
      {"termination.notice_days", FactType::kNumber, "days"},
      {"termination.by_lea", FactType::kNumber, "days"},
      {"termination.by_ice", FactType::kNumber, "days"},
      {"signed", FactType::kSignatures, ""},
      {"provisions.complaint-procedure", FactType::kBool, ""},
      {"provisions.steering-committee", FactType::kBool, ""},
      {"provisions.civil-rights", FactType::kBool, ""},
      {"provisions.language-access", FactType::kBool, ""},
      {"provisions.reporting", FactType::kBool, ""},
      {"provisions.liability-ftca", FactType::kBool, ""},
      {"provisions.lea-bears-costs", FactType::kBool, ""},
      {"provisions.federal-reimbursement", FactType::kBool, ""},
      {"provisions.modification-in-writing", FactType::kBool, ""},
      {"provisions.no-private-rights", FactType::kBool, ""},
      {"provisions.suspension", FactType::kBool, ""},
  };
  return catalog;
}

}  // namespace moacheck
