// Checks on extracted facts: present, absent, equals, numeric comparisons
// in the fact's unit, and contains / excludes on the id lists.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "rules/engine/evaluate_context.h"
#include "rules/engine/units.h"

namespace moacheck::rules {
namespace {

const std::vector<FactItem>* IdList(const Facts& facts, const std::string& name) {
  if (name == "models") return &facts.models;
  if (name == "authorities") return &facts.authorities;
  return nullptr;
}

const FactValue* Scalar(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  return found == facts.scalars.end() ? nullptr : &found->second;
}

std::string ScalarText(const FactScalar& value, const std::string& unit) {
  if (const bool* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  if (const double* number = std::get_if<double>(&value)) return FormatQuantity(*number, unit);
  if (const std::string* text = std::get_if<std::string>(&value)) return *text;
  return "";
}

// Stated means: a value was read, and for yes/no facts, the answer is yes.
bool Stated(const Facts& facts, const Check& check, std::vector<Evidence>* evidence) {
  if (const auto* list = IdList(facts, check.fact)) {
    for (const FactItem& item : *list) {
      evidence->insert(evidence->end(), item.evidence.begin(), item.evidence.end());
    }
    return !list->empty();
  }
  if (check.fact == "signed") {
    for (const Signature& signature : facts.signed_) evidence->push_back(signature.evidence);
    return !facts.signed_.empty();
  }
  const FactValue* fact = Scalar(facts, check.fact);
  if (fact == nullptr || fact->is_null()) return false;
  if (const bool* flag = std::get_if<bool>(&fact->value); flag != nullptr && !*flag) return false;
  *evidence = fact->evidence;
  return true;
}

bool Equal(const FactScalar& a, const FactScalar& b) {
  if (const auto* x = std::get_if<double>(&a)) {
    const auto* y = std::get_if<double>(&b);
    return y != nullptr && std::fabs(*x - *y) < 1e-6;
  }
  if (const auto* x = std::get_if<std::string>(&a)) {
    const auto* y = std::get_if<std::string>(&b);
    return y != nullptr &&
           std::equal(x->begin(), x->end(), y->begin(), y->end(), [](char p, char q) {
             return std::tolower(static_cast<unsigned char>(p)) ==
                    std::tolower(static_cast<unsigned char>(q));
           });
  }
  return a == b;
}

bool Holds(Check::Compare compare, double value, double limit) {
  switch (compare) {
    case Check::Compare::kAtMost:
      return value <= limit + 1e-9;
    case Check::Compare::kAtLeast:
      return value >= limit - 1e-9;
    case Check::Compare::kLessThan:
      return value < limit - 1e-9;
    case Check::Compare::kMoreThan:
      return value > limit + 1e-9;
  }
  return false;
}

CheckOutcome IdCheck(const Check& check, const std::vector<FactItem>& items) {
  CheckOutcome result;
  std::vector<std::string> hits, misses;
  for (const std::string& id : check.ids) {
    auto item = std::find_if(items.begin(), items.end(),
                             [&](const FactItem& candidate) { return candidate.id == id; });
    if (item == items.end()) {
      misses.push_back(id);
      continue;
    }
    hits.push_back(id);
    result.evidence.insert(result.evidence.end(), item->evidence.begin(), item->evidence.end());
  }
  auto join = [](const std::vector<std::string>& ids) {
    std::string text;
    for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + id;
    return text;
  };
  if (check.kind == Check::Kind::kFactContains) {
    result.outcome = misses.empty() ? Outcome::kPass : Outcome::kMissing;
    result.value = misses.empty() ? join(hits) : join(misses);
  } else {
    result.outcome = hits.empty() ? Outcome::kPass : Outcome::kFail;
    result.value = join(hits);
  }
  return result;
}

}  // namespace

std::string FactText(const Facts& facts, const std::string& name) {
  if (const auto* list = IdList(facts, name)) {
    std::string text;
    for (const FactItem& item : *list) text += (text.empty() ? "" : ", ") + item.id;
    return text;
  }
  if (name == "signed") {
    std::string text;
    for (const Signature& signature : facts.signed_) {
      text += (text.empty() ? "" : ", ") + signature.party + " " + signature.date;
    }
    return text;
  }
  const FactValue* fact = Scalar(facts, name);
  if (fact == nullptr) return "";
  std::string unit;
  for (const FactSpec& spec : FactCatalog()) {
    if (spec.name == name) unit = spec.unit;
  }
  return ScalarText(fact->value, unit);
}

CheckOutcome EvalFact(const Check& check, const Facts& facts) {
  CheckOutcome result;
  if (check.kind == Check::Kind::kFactContains || check.kind == Check::Kind::kFactExcludes) {
    return IdCheck(check, *IdList(facts, check.fact));
  }
  result.value = FactText(facts, check.fact);
  if (check.kind == Check::Kind::kFactPresent || check.kind == Check::Kind::kFactAbsent) {
    bool stated = Stated(facts, check, &result.evidence);
    bool present = check.kind == Check::Kind::kFactPresent;
    result.outcome = stated == present ? Outcome::kPass
                     : present         ? Outcome::kMissing
                                       : Outcome::kFail;
    return result;
  }
  const FactValue* fact = Scalar(facts, check.fact);
  if (fact == nullptr || fact->is_null()) {
    result.outcome = Outcome::kMissing;
    return result;
  }
  result.evidence = fact->evidence;
  bool holds = false;
  if (check.kind == Check::Kind::kFactEquals) {
    holds = Equal(fact->value, check.equals);
  } else if (const double* number = std::get_if<double>(&fact->value)) {
    holds = Holds(check.compare, *number, check.quantity.value);
  }
  result.outcome = holds ? Outcome::kPass : Outcome::kFail;
  return result;
}

}  // namespace moacheck::rules
