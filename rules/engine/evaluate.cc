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
      // Too few found: the ones not found may be on a page not read well.
      result.outcome = result.count == 0 ? Outcome::kMissing : Outcome::kFail;
      result.absence_unsure = context.AbsenceUnsure(scope.ranges);
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
    if (require && matches.empty()) {
      result.outcome = Outcome::kMissing;
      result.absence_unsure = context.AbsenceUnsure(scope.ranges);
    }
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
    default: {
      CheckOutcome result = EvalFact(check, *context.facts);
      // Facts are read from every page. A fact not stated (missing), or a
      // yes/no fact that is "no" because nothing said yes (a fail without
      // evidence), rests on absence; a value read that breaks the rule, or
      // a fact the rule forbids that was found, does not.
      bool forbids =
          check.kind == Check::Kind::kFactAbsent || check.kind == Check::Kind::kFactExcludes;
      bool by_absence = result.outcome == Outcome::kMissing ||
                        (result.outcome == Outcome::kFail && !forbids && result.evidence.empty());
      result.absence_unsure = by_absence && context.AnyPageUnsure();
      return result;
    }
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
  // An absence is unsure when it may be undone by reading better: for all,
  // when each child that decided it is unsure; for any, when any child
  // that did not pass is (that alternative may be on a page not read). A
  // none fails on something found, which no reading undoes.
  if (check.kind == Check::Kind::kAll &&
      (decided == Outcome::kFail || decided == Outcome::kMissing)) {
    result.absence_unsure =
        std::all_of(children.begin(), children.end(), [&](const CheckOutcome& child) {
          return child.outcome != decided || child.absence_unsure;
        });
  } else if (check.kind == Check::Kind::kAny && decided != Outcome::kPass) {
    result.absence_unsure =
        std::any_of(children.begin(), children.end(),
                    [](const CheckOutcome& child) { return child.absence_unsure; });
  }
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

void EvalContext::MarkUnsurePages() {
  unread_pages = document->PagesRead(PageReading::kNotRead);
  poor_pages = document->PagesRead(PageReading::kPoor);
  if (!unread_pages.empty()) unsure_reason = DescribePages(unread_pages) + " had no text";
  if (!poor_pages.empty()) {
    if (!unsure_reason.empty()) unsure_reason += "; ";
    unsure_reason +=
        DescribePages(poor_pages) + (poor_pages.size() == 1 ? " was" : " were") + " read poorly";
  }
  if (poor_pages.empty()) return;
  std::vector<bool> poor(document->pages.size() + 1, false);
  for (int page : poor_pages) poor[static_cast<std::size_t>(page)] = true;
  poor_lines_before_.reserve(document->lines.size() + 1);
  poor_lines_before_.push_back(0);
  for (const Line& line : document->lines) {
    bool on_poor = line.page > 0 && static_cast<std::size_t>(line.page) < poor.size() &&
                   poor[static_cast<std::size_t>(line.page)];
    poor_lines_before_.push_back(poor_lines_before_.back() + (on_poor ? 1 : 0));
  }
}

bool EvalContext::AbsenceUnsure(
    const std::vector<std::pair<std::size_t, std::size_t>>& ranges) const {
  if (!unread_pages.empty()) return true;
  if (poor_pages.empty()) return false;
  if (ranges.empty()) return true;  // the section itself may be on a poor page
  for (const auto& [begin, end] : ranges) {
    if (end <= begin) continue;
    std::size_t first = document->LineAt(begin);
    std::size_t last = document->LineAt(end - 1);
    if (poor_lines_before_[last + 1] > poor_lines_before_[first]) return true;
  }
  return false;
}

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
  bool absent = result.outcome == Outcome::kMissing || result.outcome == Outcome::kFail;
  if (absent && result.absence_unsure) {
    finding.outcome = Outcome::kUnknown;
    finding.expected_section =
        rule.expected_section.empty() ? result.expected : rule.expected_section;
    finding.message =
        fmt::format("Not found in the pages read ({}), so not known: {}", context.unsure_reason,
                    rule.requirement.empty() ? rule.title : rule.requirement);
    AddEvidence(&finding.evidence, result.evidence);
    return finding;
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
