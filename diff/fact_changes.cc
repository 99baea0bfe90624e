// Fact and rule-outcome changes between two agreements, in plain language
// ("NEW: officers may arrest people without a warrant ... (INA 287(a)(2)), p. 3").
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "diff/changes.h"
#include "report/plain_language.h"

namespace moacheck::diff {
namespace {

// " (INA 287(a)(2))": the statute the vocabulary says the authority cites.
std::string CitationOf(const Vocabulary& vocabulary, std::string_view id) {
  std::string citation = report::AuthorityCitation(&vocabulary, id);
  return citation.empty() ? "" : fmt::format(" ({})", citation);
}

struct NumberFact {
  std::string_view name;
  std::string_view words;
  std::string_view unit;
};
// In the order a council asks about them.
constexpr NumberFact kNumberFacts[] = {
    {"detainer.max_hold_hours", "hold limit", "hours"},
    {"termination.notice_days", "termination notice", "days"},
    {"authorization.term_months", "officer authorization term", "months"},
    {"duration.term_months", "agreement term", "months"},
    {"training.initial_hours", "initial training", "hours"},
    {"training.refresher_months", "refresher training interval", "months"},
};

// Provisions first in this order, then the rest of the contract's.
constexpr std::string_view kProvisionOrder[] = {"steering-committee", "complaint-procedure",
                                                "federal-reimbursement", "lea-bears-costs"};

struct BoolFact {
  std::string_view name;
  std::string_view words;
};
constexpr BoolFact kBoolFacts[] = {
    {"supervision.ice_directed", "ICE directs and supervises the delegated functions"},
    {"detainer.excludes_weekends_holidays", "the hold limit does not count weekends and holidays"},
    {"duration.expires", "the agreement ends on a fixed date or term"},
};

std::string Where(const std::vector<Evidence>& evidence) {
  return evidence.empty() ? "" : report::PinCite(evidence.front());
}
std::string At(const std::vector<Evidence>& evidence) {
  std::string where = Where(evidence);
  return where.empty() ? "" : ", " + where;
}
std::string WasAt(const std::vector<Evidence>& evidence) {
  std::string where = Where(evidence);
  return where.empty() ? "" : fmt::format(" (was {})", where);
}

const FactValue* Scalar(const Facts& facts, std::string_view name) {
  auto it = facts.scalars.find(std::string(name));
  return it == facts.scalars.end() || it->second.is_null() ? nullptr : &it->second;
}

nlohmann::json ToJson(const FactValue* value) {
  if (value == nullptr) return nullptr;
  if (const bool* flag = std::get_if<bool>(&value->value)) return *flag;
  if (const double* number = std::get_if<double>(&value->value)) return *number;
  if (const std::string* text = std::get_if<std::string>(&value->value)) return *text;
  return nullptr;
}

std::vector<Evidence> EvidenceOf(const FactValue* value) {
  return value == nullptr ? std::vector<Evidence>{} : value->evidence;
}

void CompareAuthorities(const Facts& old_facts, const Facts& new_facts,
                        const Vocabulary& vocabulary, std::vector<FactChange>& out) {
  auto index = [](const Facts& facts) {
    std::map<std::string, const FactItem*> items;
    for (const FactItem& item : facts.authorities) items.emplace(item.id, &item);
    return items;
  };
  std::map<std::string, const FactItem*> before = index(old_facts), after = index(new_facts);
  for (const auto& [id, item] : after) {
    if (before.count(id)) continue;
    out.push_back(FactChange{
        "authorities",
        FactChange::Kind::kAdded,
        fmt::format("NEW: officers may {}{}{}", report::AuthorityInPlainWords(&vocabulary, id),
                    CitationOf(vocabulary, id), At(item->evidence)),
        nullptr,
        id,
        {},
        item->evidence});
  }
  for (const auto& [id, item] : before) {
    if (after.count(id)) continue;
    out.push_back(FactChange{"authorities",
                             FactChange::Kind::kRemoved,
                             fmt::format("REMOVED: officers may no longer {}{}{}",
                                         report::AuthorityInPlainWords(&vocabulary, id),
                                         CitationOf(vocabulary, id), WasAt(item->evidence)),
                             id,
                             nullptr,
                             item->evidence,
                             {}});
  }
}

void CompareNumbers(const Facts& old_facts, const Facts& new_facts, std::vector<FactChange>& out) {
  for (const NumberFact& fact : kNumberFacts) {
    const FactValue* before = Scalar(old_facts, fact.name);
    const FactValue* after = Scalar(new_facts, fact.name);
    auto number = [](const FactValue* value) -> std::optional<double> {
      if (value == nullptr || !std::holds_alternative<double>(value->value)) return std::nullopt;
      return std::get<double>(value->value);
    };
    std::optional<double> old_number = number(before), new_number = number(after);
    if (old_number == new_number) continue;
    FactChange change{
        std::string(fact.name), FactChange::Kind::kChanged, "", ToJson(before), ToJson(after),
        EvidenceOf(before),     EvidenceOf(after)};
    if (!old_number) {
      change.kind = FactChange::Kind::kAdded;
      change.text = fmt::format("NEW: {} of {} {}{}", fact.words, report::FormatNumber(*new_number),
                                fact.unit, At(change.new_evidence));
    } else if (!new_number) {
      change.kind = FactChange::Kind::kRemoved;
      change.text =
          fmt::format("REMOVED: {} of {} {}{}", fact.words, report::FormatNumber(*old_number),
                      fact.unit, WasAt(change.old_evidence));
    } else {
      change.text = fmt::format(
          "CHANGED: {} {} {} -> {} {}{}", fact.words, report::FormatNumber(*old_number), fact.unit,
          report::FormatNumber(*new_number), fact.unit, At(change.new_evidence));
    }
    out.push_back(std::move(change));
  }
}

void CompareFlag(const Facts& old_facts, const Facts& new_facts, std::string_view name,
                 std::string_view words, std::vector<FactChange>& out) {
  const FactValue* before = Scalar(old_facts, name);
  const FactValue* after = Scalar(new_facts, name);
  auto flag = [](const FactValue* value) {
    return value != nullptr && std::holds_alternative<bool>(value->value) &&
           std::get<bool>(value->value);
  };
  bool had = flag(before), has = flag(after);
  if (had == has) return;
  FactChange change{std::string(name),
                    has ? FactChange::Kind::kAdded : FactChange::Kind::kRemoved,
                    "",
                    ToJson(before),
                    ToJson(after),
                    EvidenceOf(before),
                    EvidenceOf(after)};
  change.text = has ? fmt::format("NEW: {}{}", words, At(change.new_evidence))
                    : fmt::format("REMOVED: {}{}", words, WasAt(change.old_evidence));
  out.push_back(std::move(change));
}

void CompareProvisions(const Facts& old_facts, const Facts& new_facts, const Vocabulary& vocabulary,
                       std::vector<FactChange>& out) {
  std::vector<report::ProvisionLine> lines = report::Provisions(new_facts, &vocabulary);
  auto rank = [](const std::string& id) {
    auto it = std::find(std::begin(kProvisionOrder), std::end(kProvisionOrder), id);
    return static_cast<int>(it - std::begin(kProvisionOrder));
  };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const report::ProvisionLine& a, const report::ProvisionLine& b) {
                     return rank(a.id) < rank(b.id);
                   });
  for (const report::ProvisionLine& line : lines) {
    CompareFlag(old_facts, new_facts, "provisions." + line.id, line.words, out);
  }
}

void CompareText(const Facts& old_facts, const Facts& new_facts, std::string_view name,
                 std::string_view words, std::vector<FactChange>& out) {
  const FactValue* before = Scalar(old_facts, name);
  const FactValue* after = Scalar(new_facts, name);
  nlohmann::json old_value = ToJson(before), new_value = ToJson(after);
  if (old_value == new_value) return;
  auto shown = [](const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : std::string("not stated");
  };
  out.push_back(FactChange{std::string(name), FactChange::Kind::kChanged,
                           fmt::format("CHANGED: {}: {} -> {}{}", words, shown(old_value),
                                       shown(new_value), At(EvidenceOf(after))),
                           old_value, new_value, EvidenceOf(before), EvidenceOf(after)});
}

void CompareModels(const Facts& old_facts, const Facts& new_facts, const Vocabulary& vocabulary,
                   std::vector<FactChange>& out) {
  auto ids = [](const Facts& facts) {
    std::set<std::string> models;
    for (const FactItem& model : facts.models) models.insert(model.id);
    return models;
  };
  std::set<std::string> before = ids(old_facts), after = ids(new_facts);
  if (before == after) return;
  auto names = [&](const std::set<std::string>& models) {
    std::vector<std::string> shown;
    for (const std::string& model : models) shown.push_back(report::ModelName(&vocabulary, model));
    return shown.empty() ? std::string("not stated") : fmt::format("{}", fmt::join(shown, ", "));
  };
  FactChange change{"models",
                    FactChange::Kind::kChanged,
                    fmt::format("CHANGED: model {} -> {}", names(before), names(after)),
                    nlohmann::json(before),
                    nlohmann::json(after),
                    {},
                    {}};
  out.push_back(std::move(change));
}

std::string OutcomeWords(std::optional<Outcome> outcome) {
  if (!outcome) return "not checked";
  switch (*outcome) {
    case Outcome::kPass:
      return "passes";
    case Outcome::kFail:
      return "fails";
    case Outcome::kMissing:
      return "is missing";
    case Outcome::kNotApplicable:
      return "does not apply";
    case Outcome::kUnknown:
      return "could not be decided";
    case Outcome::kInfo:
      return "is reported for information";
  }
  return "";
}

}  // namespace

std::vector<FactChange> CompareFacts(const DiffSide& old_side, const DiffSide& new_side,
                                     const Vocabulary& vocabulary) {
  const Facts& before = old_side.facts;
  const Facts& after = new_side.facts;
  std::vector<FactChange> changes;
  CompareAuthorities(before, after, vocabulary, changes);
  CompareNumbers(before, after, changes);
  CompareProvisions(before, after, vocabulary, changes);
  CompareModels(before, after, vocabulary, changes);
  for (const BoolFact& fact : kBoolFacts)
    CompareFlag(before, after, fact.name, fact.words, changes);
  CompareText(before, after, "supervision.supervisor_position", "supervising ICE official",
              changes);
  return changes;
}

std::vector<RuleChange> CompareRules(const DiffSide& old_side, const DiffSide& new_side) {
  std::map<std::string, const Finding*> before;
  for (const Finding& finding : old_side.findings) before.emplace(finding.rule, &finding);
  std::vector<RuleChange> changes;
  std::set<std::string> seen;
  auto add = [&](const Finding* old_finding, const Finding* new_finding) {
    const Finding& any = new_finding ? *new_finding : *old_finding;
    RuleChange change;
    change.rule = any.rule;
    change.title = any.title;
    change.severity = any.severity;
    if (old_finding) change.old_outcome = old_finding->outcome;
    if (new_finding) change.new_outcome = new_finding->outcome;
    if (change.old_outcome == change.new_outcome) return;
    change.text = fmt::format("{} in OLD, {} in NEW", OutcomeWords(change.old_outcome),
                              OutcomeWords(change.new_outcome));
    change.evidence = new_finding && !new_finding->evidence.empty() ? new_finding->evidence
                      : old_finding                                 ? old_finding->evidence
                                                                    : std::vector<Evidence>{};
    changes.push_back(std::move(change));
  };
  for (const Finding& finding : new_side.findings) {
    auto it = before.find(finding.rule);
    add(it == before.end() ? nullptr : it->second, &finding);
    seen.insert(finding.rule);
  }
  for (const Finding& finding : old_side.findings) {
    if (!seen.count(finding.rule)) add(&finding, nullptr);
  }
  std::stable_sort(changes.begin(), changes.end(), [](const RuleChange& a, const RuleChange& b) {
    return static_cast<int>(a.severity) < static_cast<int>(b.severity);
  });
  return changes;
}

}  // namespace moacheck::diff
