// Running the examples written beside each rule through the real pipeline,
// and the lint advice that loading does not enforce.
#include <fmt/format.h>

#include <filesystem>

#include "moacheck/rules.h"
#include "rules/engine/evaluate_context.h"
#include "rules/engine/known_ids.h"
#include "rules/engine/rule_model.h"

namespace moacheck {
namespace {

// A value written in a test's `facts:` map, typed as the catalog says.
FactScalar TypedFact(const std::string& name, const std::string& text) {
  const FactSpec* spec = rules::FindFact(name);
  if (spec != nullptr && spec->type == FactType::kBool) return text == "true" || text == "yes";
  if (spec != nullptr && spec->type == FactType::kNumber) {
    try {
      return std::stod(text);
    } catch (const std::exception&) {
      return std::monostate{};
    }
  }
  return text;
}

Result<Document> ExampleDocument(const rules::RuleExample& example) {
  LoadOptions options;
  options.ocr = OcrMode::kNever;
  if (example.file.empty()) return DocumentFromText(example.text, example.origin, options);
  std::filesystem::path path = example.file;
  if (path.is_relative()) {
    path = std::filesystem::path(example.rulebook_file).parent_path() / path;
  }
  return LoadDocument(path.string(), options, /*recognizer=*/nullptr);
}

}  // namespace

RuleTestReport RunRuleTests(const Rulebooks& rulebooks, const ExampleReader& read) {
  RuleTestReport report;
  for (const rules::Rule& rule : rulebooks.impl().rules) {
    if (rule.examples.empty()) continue;
    ++report.rules;
    for (const rules::RuleExample& example : rule.examples) {
      ++report.examples;
      Result<ExampleReading> reading = read(ExampleDocument(example));
      if (!reading) {
        report.failures.push_back({rule.id, example.origin, reading.error().message});
        continue;
      }
      Facts& facts = reading->facts;
      for (const auto& [name, value] : example.facts) {
        facts.scalars[name] = FactValue{TypedFact(name, value), {}};
      }
      rules::EvalContext context(reading->document, reading->outline, facts,
                                 *rulebooks.impl().defaults);
      Outcome decided = Outcome::kNotApplicable;
      Finding finding = rules::EvaluateRule(rule, context, &decided);
      // An informational rule's example may name the sentence it expects
      // (pass, fail, missing) or just `info`.
      bool informational_match = finding.outcome == Outcome::kInfo && decided == example.expect;
      if (finding.outcome != example.expect && !informational_match) {
        report.failures.push_back(
            {rule.id, example.origin,
             fmt::format("expected {}, got {}: {}", OutcomeName(example.expect),
                         OutcomeName(finding.outcome), finding.message)});
      }
    }
  }
  return report;
}

std::vector<LintIssue> LintRulebooks(const Rulebooks& rulebooks) {
  std::vector<LintIssue> issues;
  for (const rules::Rule& rule : rulebooks.impl().rules) {
    auto add = [&](std::string message) {
      issues.push_back({rule.id, rule.origin, std::move(message)});
    };
    bool passing = false, failing = false;
    for (const rules::RuleExample& example : rule.examples) {
      (example.expect == Outcome::kPass ? passing : failing) = true;
    }
    if (!passing) add("no test expects 'pass': add an example of compliant text");
    if (!failing)
      add("no test expects 'fail' or 'missing': add an example of text the rule catches");
    if (rule.rationale.empty()) add("no 'rationale': say why the rule matters");
    if (rule.remediation.empty()) add("no 'remediation': say how to fix the agreement");
    bool primary = std::any_of(rule.sources.begin(), rule.sources.end(),
                               [](const RuleSource& source) { return source.primary; });
    if (!primary) add("every source is secondary: cite the primary text too");
  }
  return issues;
}

}  // namespace moacheck
