// Rules: the fourth pipeline stage. Rulebooks (YAML, docs/rulebook.md) are
// loaded and validated once, compiled (every pattern JIT-compiled, literal
// prefilters extracted) and then evaluated against many agreements.
// Thread-safety: a loaded Rulebooks is immutable; share one
// shared_ptr<const Rulebooks> among all threads and call Evaluate from any of
// them (PCRE2 match data is per thread, see common/regex.h).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/findings.h"
#include "moacheck/outline.h"
#include "moacheck/status.h"

namespace moacheck {

// One rule as `moacheck rules list` shows it.
struct RuleSummary {
  std::string id;
  std::string title;
  std::string pack;
  Severity severity = Severity::kWarning;
  bool disabled = false;  // switched off by an override file
  std::vector<RuleSource> sources;
  int test_count = 0;
  std::string origin;  // "file:line:column" where the rule is written
};

class Rulebooks {
 public:
  struct Impl;
  explicit Rulebooks(std::unique_ptr<const Impl> impl);
  ~Rulebooks();

  // Every pack loaded (named ones and those they include), in load order.
  std::vector<RulebookInfo> Infos() const;
  std::vector<RuleSummary> Rules() const;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<const Impl> impl_;
};

// rules/packs/defaults.yaml: the default choice of packs and the signing
// years of each template era (rules/engine/selection.h).
struct PackDefaults;
Result<std::shared_ptr<const PackDefaults>> LoadPackDefaults();

// What rulebooks are checked against when they are loaded and what their
// rules read when they are evaluated, besides the agreement itself.
struct RulebookInputs {
  std::shared_ptr<const Vocabulary> vocabulary;  // the section kinds a scope may name
  std::shared_ptr<const PackDefaults> defaults;  // template eras for applies-to
  std::string override_file;  // disables rules or changes severities; empty: none
};

// Loads rulebooks. Each spec is a pack name (rules/packs/NAME.yaml, embedded
// in the binary), a YAML file, or a directory of *.yaml files. Any malformed
// input (or a missing vocabulary or defaults) is an Error naming
// file:line:column and the rule id.
Result<std::shared_ptr<const Rulebooks>> LoadRulebooks(const std::vector<std::string>& specs,
                                                       const RulebookInputs& inputs);

// Names of every pack built into the binary (rules/packs/*.yaml), sorted.
std::vector<std::string> ShippedPacks();

// The packs to use when the caller names none, chosen from the detected
// models, template era and state by rules/packs/defaults.yaml, and the
// ones it names that could not be used, with why. Only packs that exist in
// the binary are chosen. Without a template era the model's era-independent
// packs (`per-model-any-era`) run instead of the era's.
struct PackChoice {
  std::vector<std::string> packs;
  std::vector<PackLeftOut> left_out;
};
PackChoice DefaultPacks(const Facts& facts, const PackDefaults& defaults);

// One finding per enabled rule, in rulebook order.
std::vector<Finding> Evaluate(const Rulebooks& rulebooks, const Document& document,
                              const Outline& outline, const Facts& facts);

// The examples written beside each rule (`tests:`). Each example's text (or
// file) becomes a Document, then what the rule reads, through `read`: the
// check pipeline's reading stages (ReadAgreement in moacheck/check.h), given
// as a function so this stage does not depend on the stages after it.
struct ExampleReading {
  Document document;
  Outline outline;
  Facts facts;
};
using ExampleReader = std::function<Result<ExampleReading>(Result<Document> document)>;
struct RuleTestFailure {
  std::string rule;
  std::string origin;   // file:line:column of the example
  std::string message;  // expected vs actual outcome, with the finding's message
};
struct RuleTestReport {
  int rules = 0;
  int examples = 0;
  std::vector<RuleTestFailure> failures;
};
RuleTestReport RunRuleTests(const Rulebooks& rulebooks, const ExampleReader& read);

// Advice beyond what loading already enforces: rules without a passing or a
// failing example, without rationale or remediation, or with no primary source.
struct LintIssue {
  std::string rule;
  std::string origin;
  std::string message;
};
std::vector<LintIssue> LintRulebooks(const Rulebooks& rulebooks);

}  // namespace moacheck
