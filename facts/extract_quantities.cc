// Numeric facts (a number and its unit, converted to the contract's unit),
// yes/no facts and facts chosen among known values.
#include <algorithm>
#include <cctype>

#include "facts/extractors.h"
#include "facts/numbers.h"

namespace moacheck::facts {
namespace {

bool AnyMatch(const std::vector<Regex>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Regex& regex) { return regex.Find(text); });
}

// "Hours" and "hour", "weeks'" and "week", "annually" and "annual": the
// unit table is keyed by the singular stem.
std::optional<double> UnitFactor(const std::map<std::string, double>& units,
                                 std::string_view word) {
  std::string lower;
  for (char c : word)
    if (std::isalpha(static_cast<unsigned char>(c)))
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [unit, factor] : units)
    if (lower.rfind(unit, 0) == 0) return factor;
  // OCR-garbled unit words ("hourn", "davs"): the first letter and length decide.
  for (const auto& [unit, factor] : units)
    if (!lower.empty() && lower[0] == unit[0] && lower.size() >= unit.size() - 1 &&
        lower.size() <= unit.size() + 2)
      return factor;
  // Or the first letter misread and the rest spelled out ("pours"); only for
  // units of four letters or more, so three letters still have to agree.
  for (const auto& [unit, factor] : units)
    if (unit.size() >= 4 && lower.size() > 1 && lower.compare(1, unit.size() - 1, unit, 1) == 0)
      return factor;
  return std::nullopt;
}

}  // namespace

void ExtractQuantities(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const QuantityRule& rule : vocabulary.quantities) {
    std::optional<double> best;
    Evidence best_evidence;
    const Clause* best_clause = nullptr;
    std::size_t best_end = 0;
    auto consider = [&](double value, const Clause& clause, const RegexMatch& match) {
      if (best && !(rule.pick_max && value > *best)) return;
      best = value;
      best_evidence = index.EvidenceFor(clause, match.begin(), match.end());
      best_clause = &clause;
      best_end = match.end();
    };
    for (const Clause& clause : index.clauses) {
      if (!index.InScope(clause, rule.sections)) continue;
      if (!rule.clause_requires.empty() && !AnyMatch(rule.clause_requires, clause.text)) continue;
      for (const Regex& regex : rule.patterns) {
        int number_group = regex.NamedGroup("n");
        int unit_group = regex.NamedGroup("unit");
        for (const RegexMatch& match : regex.FindAll(clause.text)) {
          std::string_view words =
              std::string_view(clause.text).substr(match.begin(), match.end() - match.begin());
          if (AnyMatch(rule.match_excludes, words)) continue;
          // No number ("every year") means one.
          std::optional<double> number = number_group >= 0 && match.has(number_group)
                                             ? ParseNumber(match.group(clause.text, number_group))
                                             : std::optional<double>(1);
          std::optional<double> factor =
              match.has(unit_group) ? UnitFactor(rule.units, match.group(clause.text, unit_group))
                                    : std::nullopt;
          if (number && factor) consider(*number * *factor, clause, match);
        }
      }
      for (const Regex& regex : rule.zero_patterns)
        for (const RegexMatch& match : regex.FindAll(clause.text)) consider(0, clause, match);
      if (best && !rule.pick_max) break;
    }
    FactValue value;
    if (best) {
      value.value = *best;
      value.evidence.push_back(best_evidence);
    }
    facts.scalars[rule.fact] = value;
    for (const QuantityRule::Flag& flag : rule.flags) {
      FactValue flag_value;  // null when the quantity itself is not stated
      if (best_clause) {
        flag_value.value = false;
        flag_value.evidence.push_back(best_evidence);
        std::string_view after = std::string_view(best_clause->text).substr(best_end);
        for (const Regex& regex : flag.patterns) {
          RegexMatch match;
          if (!regex.Find(after, &match)) continue;
          flag_value.value = true;
          flag_value.evidence = {
              index.EvidenceFor(*best_clause, best_end + match.begin(), best_end + match.end())};
          break;
        }
      }
      facts.scalars[flag.fact] = flag_value;
    }
  }
}

void ExtractBooleans(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const BooleanRule& rule : vocabulary.booleans) {
    FactValue value{false, {}};
    if (!rule.true_if.empty()) {
      auto other = facts.scalars.find(rule.true_if);
      if (other != facts.scalars.end() && !other->second.is_null()) {
        value.value = true;
        value.evidence = other->second.evidence;
      }
    }
    for (const Clause& clause : index.clauses) {
      if (value.evidence.size() >= 2 || !index.InScope(clause, rule.sections)) continue;
      for (const Regex& regex : rule.patterns) {
        RegexMatch match;
        if (!regex.Find(clause.text, &match)) continue;
        value.value = true;
        value.evidence.push_back(index.EvidenceFor(clause, match.begin(), match.end()));
        break;
      }
    }
    facts.scalars[rule.fact] = value;
  }
}

void ExtractChoices(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  for (const ChoiceRule& rule : vocabulary.choices) {
    const Signal* best = nullptr;
    std::size_t best_count = 0;
    std::vector<Evidence> best_evidence;
    for (const Signal& option : rule.options) {
      std::size_t count = 0;
      std::vector<Evidence> evidence;
      for (const Clause& clause : index.clauses) {
        if (!index.InScope(clause, option.sections)) continue;
        for (const Regex& regex : option.patterns) {
          for (const RegexMatch& match : regex.FindAll(clause.text)) {
            ++count;
            if (evidence.empty())
              evidence.push_back(index.EvidenceFor(clause, match.begin(), match.end()));
          }
        }
      }
      if (count > best_count) {
        best = &option;
        best_count = count;
        best_evidence = evidence;
      }
    }
    FactValue value;
    if (best) {
      value.value = best->id;
      value.evidence = best_evidence;
    }
    facts.scalars[rule.fact] = value;
  }
}

}  // namespace moacheck::facts
