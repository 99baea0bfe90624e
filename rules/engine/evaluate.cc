// Evaluating compiled rules against one agreement: each check yields an
// outcome with evidence, composition combines them, and the rule's
// applies-to and message turn the result into a Finding.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "moacheck/rules.h"
#include "rules/engine/evaluate_context.h"
#include "rules/engine/message.h"
#include "rules/engine/rule_model.h"
#include "rules/engine/scope.h"
#include "rules/engine/selection.h"
#include "rules/engine/units.h"

namespace moacheck::rules {
namespace {

constexpr std::size_t kMaxEvidence = 5;
constexpr std::size_t kMaxCount = 10'000;  // counting stops here; no rule needs more

Evidence EvidenceFor(const EvalContext& context, std::size_t begin, std::size_t end) {
  const Document& document = *context.document;
  std::size_t first = document.LineAt(begin);
  std::size_t last = document.LineAt(end > begin ? end - 1 : begin);
  std::size_t quote_end = last + 1 < document.line_start.size() ? document.line_start[last + 1] - 1
                                                                : document.folded_text.size();
  Evidence evidence;
  evidence.page = document.lines[first].page;
  evidence.line = document.lines[first].line;
  const Outline& outline = *context.outline;
  if (first < outline.section_of_line.size() && outline.section_of_line[first] >= 0) {
    evidence.section = outline.sections[outline.section_of_line[first]].path;
  }
  evidence.quote = document.Quote(document.line_start[first], quote_end);
  return evidence;
}

// The same line can be reached by several parts of one check (a fact and
// the pattern that confirms it): a reader should see each quote once.
void AddEvidence(std::vector<Evidence>* to, const std::vector<Evidence>& from) {
  for (const Evidence& item : from) {
    if (to->size() >= kMaxEvidence) return;
    bool seen = std::any_of(to->begin(), to->end(), [&](const Evidence& kept) {
      return kept.page == item.page && kept.line == item.line && kept.quote == item.quote;
    });
    if (!seen) to->push_back(item);
  }
}

// Every match of `pattern` in the scope, at most `limit` of them. A PCRE2
// limit stops the search and is recorded against the rule.
std::vector<RegexMatch> Matches(const Pattern& pattern, const ScopeText& scope,
                                EvalContext& context, std::size_t limit) {
  std::vector<RegexMatch> found;
  std::string_view flat = context.flat_text;
  std::string_view lowered = context.lowered_text;
  for (const auto& [begin, end] : scope.ranges) {
    if (!pattern.required_literals.empty()) {
      std::string_view stretch = lowered.substr(begin, end - begin);
      bool possible = std::any_of(
          pattern.required_literals.begin(), pattern.required_literals.end(),
          [&](const std::string& literal) { return stretch.find(literal) != std::string::npos; });
      if (!possible) continue;  // the prefilter: this stretch cannot match
    }
    std::string_view subject = flat.substr(0, end);
    std::size_t start = begin;
    RegexMatch match;
    while (found.size() < limit && start <= end) {
      Result<bool> matched = pattern.regex.Search(subject, start, &match);
      if (!matched) {
        context.limit_errors.push_back(matched.error().message);
        return found;
      }
      if (!*matched) break;
      found.push_back(match);
      start = match.end() > match.begin() ? match.end() : match.end() + 1;
    }
  }
  return found;
}

void CaptureGroups(const Pattern& pattern, const RegexMatch& match, const EvalContext& context,
                   CheckOutcome* result) {
  for (const std::string& name : pattern.group_names) {
    int number = pattern.regex.NamedGroup(name);
    if (number >= 0 && match.has(number) && result->groups.count(name) == 0) {
      result->groups[name] = std::string(match.group(context.flat_text, number));
    }
  }
}

CheckOutcome EvalText(const Check& check, EvalContext& context) {
  CheckOutcome result;
  ScopeText scope = ResolveScope(check.scope, *context.document, *context.outline);
  result.expected = scope.where;
  if (check.kind == Check::Kind::kCount) {
    std::vector<RegexMatch> matches = Matches(check.patterns[0], scope, context, kMaxCount);
    result.count = static_cast<int>(matches.size());
    for (const RegexMatch& match : matches) {
      AddEvidence(&result.evidence, {EvidenceFor(context, match.begin(), match.end())});
      CaptureGroups(check.patterns[0], match, context, &result);
    }
    if (!matches.empty()) result.value = std::string(matches[0].group(context.flat_text, 0));
    if (check.min_count && result.count < *check.min_count) {
      result.outcome = result.count == 0 ? Outcome::kMissing : Outcome::kFail;
    } else if (check.max_count && result.count > *check.max_count) {
      result.outcome = Outcome::kFail;
    } else {
      result.outcome = Outcome::kPass;
    }
    return result;
  }
  bool require = check.kind == Check::Kind::kRequire;
  result.outcome = Outcome::kPass;
  for (const Pattern& pattern : check.patterns) {
    std::vector<RegexMatch> matches = Matches(pattern, scope, context, require ? 1 : kMaxEvidence);
    if (require && matches.empty()) result.outcome = Outcome::kMissing;
    if (!require && !matches.empty()) result.outcome = Outcome::kFail;
    for (const RegexMatch& match : matches) {
      AddEvidence(&result.evidence, {EvidenceFor(context, match.begin(), match.end())});
      CaptureGroups(pattern, match, context, &result);
      if (result.value.empty()) result.value = std::string(match.group(context.flat_text, 0));
    }
  }
  // A forbidden pattern's matches are the evidence; when none matched there
  // is nothing to show.
  return result;
}

CheckOutcome Combine(const Check& check, EvalContext& context);

CheckOutcome EvalCheck(const Check& check, EvalContext& context) {
  switch (check.kind) {
    case Check::Kind::kRequire:
    case Check::Kind::kForbid:
    case Check::Kind::kCount:
      return EvalText(check, context);
    case Check::Kind::kAll:
    case Check::Kind::kAny:
    case Check::Kind::kNone:
    case Check::Kind::kIf:
      return Combine(check, context);
    default:
      return EvalFact(check, *context.facts);
  }
}

CheckOutcome Combine(const Check& check, EvalContext& context) {
  CheckOutcome result;
  if (check.kind == Check::Kind::kIf) {
    CheckOutcome condition = EvalCheck(check.children[0], context);
    if (condition.outcome != Outcome::kPass) {
      result.outcome = Outcome::kNotApplicable;
      result.reason = "its condition is not met";
      return result;
    }
    CheckOutcome then = EvalCheck(check.children[1], context);
    std::vector<Evidence> both = condition.evidence;
    AddEvidence(&both, then.evidence);
    then.evidence = std::move(both);
    for (auto& [name, value] : condition.groups) then.groups.emplace(name, value);
    return then;
  }
  std::vector<CheckOutcome> children;
  for (const Check& child : check.children) {
    children.push_back(EvalCheck(child, context));
    Outcome last = children.back().outcome;
    if (check.kind == Check::Kind::kAll && last == Outcome::kFail) break;
    if (check.kind != Check::Kind::kAll && last == Outcome::kPass) break;
  }
  auto count = [&](Outcome outcome) {
    return std::count_if(children.begin(), children.end(),
                         [&](const CheckOutcome& child) { return child.outcome == outcome; });
  };
  Outcome decided;
  if (check.kind == Check::Kind::kNone) {
    decided = count(Outcome::kPass) > 0 ? Outcome::kFail : Outcome::kPass;
  } else if (check.kind == Check::Kind::kAll) {
    decided = count(Outcome::kFail)      ? Outcome::kFail
              : count(Outcome::kMissing) ? Outcome::kMissing
              : count(Outcome::kPass)    ? Outcome::kPass
                                         : Outcome::kNotApplicable;
  } else {
    decided = count(Outcome::kPass)      ? Outcome::kPass
              : count(Outcome::kFail)    ? Outcome::kFail
              : count(Outcome::kMissing) ? Outcome::kMissing
                                         : Outcome::kNotApplicable;
  }
  // For none, the children that passed are what made it fail.
  Outcome wanted = check.kind == Check::Kind::kNone ? Outcome::kPass : decided;
  result.outcome = decided;
  for (const CheckOutcome& child : children) {
    if (child.outcome != wanted) continue;
    AddEvidence(&result.evidence, child.evidence);
    for (const auto& [name, value] : child.groups) result.groups.emplace(name, value);
    if (result.value.empty()) result.value = child.value;
    if (result.count < 0) result.count = child.count;
    // Two parts that looked in the same place name it once.
    if (!child.expected.empty() && decided == Outcome::kMissing &&
        result.expected.find(child.expected) == std::string::npos) {
      result.expected += (result.expected.empty() ? "" : " or ") + child.expected;
    }
    if (result.reason.empty()) result.reason = child.reason;
  }
  return result;
}

}  // namespace

Finding EvaluateRule(const Rule& rule, EvalContext& context, Outcome* decided) {
  Finding finding;
  finding.rule = rule.id;
  finding.title = rule.title;
  finding.pack = rule.pack;
  finding.severity = rule.severity;
  finding.requirement = rule.requirement;
  finding.sources = rule.sources;
  finding.rationale = rule.rationale;
  finding.remediation = rule.remediation;
  CheckOutcome result;
  std::string reason;
  if (!AppliesToMet(rule.applies_to, *context.facts, *context.defaults, &reason)) {
    result.outcome = Outcome::kNotApplicable;
    result.reason = reason;
  } else {
    std::size_t errors_before = context.limit_errors.size();
    result = EvalCheck(rule.check, context);
    if (context.limit_errors.size() > errors_before) {
      // A runaway pattern proves nothing either way; fail loudly so a person looks.
      result.outcome = Outcome::kFail;
      result.reason = context.limit_errors.back();
      finding.outcome = Outcome::kFail;
      finding.message = fmt::format("rule '{}' could not be checked: {}", rule.id, result.reason);
      AddEvidence(&finding.evidence, result.evidence);
      return finding;
    }
  }
  finding.outcome = result.outcome;
  if (decided != nullptr) *decided = result.outcome;
  if (rule.informational && result.outcome != Outcome::kNotApplicable) {
    // The check's outcome only picks the sentence; the finding reports it.
    finding.outcome = Outcome::kInfo;
  } else if (result.outcome == Outcome::kMissing) {
    finding.expected_section =
        rule.expected_section.empty() ? result.expected : rule.expected_section;
    result.expected = finding.expected_section;
  }
  finding.message = RenderMessage(rule, result, *context.facts);
  AddEvidence(&finding.evidence, result.evidence);
  return finding;
}

}  // namespace moacheck::rules

namespace moacheck {

std::vector<Finding> Evaluate(const Rulebooks& rulebooks, const Document& document,
                              const Outline& outline, const Facts& facts) {
  rules::EvalContext context(document, outline, facts, *rulebooks.impl().defaults);
  std::vector<Finding> findings;
  for (const rules::Rule& rule : rulebooks.impl().rules) {
    if (rule.disabled) continue;
    findings.push_back(rules::EvaluateRule(rule, context));
  }
  return findings;
}

}  // namespace moacheck
