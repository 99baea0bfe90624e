// ReadAgreement and AnalyzeDocument: the stages after loading, in order.
#include <fmt/format.h>

#include "moacheck/check.h"

namespace moacheck {
namespace {

// --state overrides what the text says, and the reading says so.
void OverrideState(const std::string& state, Reading& reading) {
  FactValue& fact = reading.facts.scalars["state"];
  if (!fact.is_null() && std::holds_alternative<std::string>(fact.value) &&
      std::get<std::string>(fact.value) != state) {
    reading.warnings.push_back(fmt::format("state {} from --state replaces {} read from the text",
                                           state, std::get<std::string>(fact.value)));
  }
  fact.value = state;
  fact.evidence.clear();
}

bool OverTime(std::chrono::steady_clock::time_point deadline) {
  return std::chrono::steady_clock::now() > deadline;
}

Error TimedOut(const Document& document, const AnalyzeOptions& options, const char* stage) {
  return Error{ErrorKind::kTimeout, fmt::format("{}: over the time limit of {} s (--timeout) {}",
                                                document.path, options.timeout_seconds, stage)};
}

// The reading stages, stopping with a timeout Error past the deadline.
Result<Reading> ReadStages(const Document& document, const CheckContext& context,
                           const AnalyzeOptions& options) {
  Reading reading;
  reading.outline = ParseOutline(document, context.section_kinds());
  reading.warnings = reading.outline.warnings;
  if (OverTime(options.deadline)) return TimedOut(document, options, "after the outline");
  reading.facts = ExtractFacts(document, reading.outline, context.vocabulary());
  if (OverTime(options.deadline)) return TimedOut(document, options, "after the facts");
  if (!options.state.empty()) OverrideState(options.state, reading);
  return reading;
}

}  // namespace

Reading ReadAgreement(const Document& document, const CheckContext& context,
                      const std::string& state) {
  AnalyzeOptions options;
  options.state = state;
  return std::move(ReadStages(document, context, options).value());  // no deadline: no Error
}

Result<CheckResult> AnalyzeDocument(const Document& document, const CheckContext& context,
                                    const AnalyzeOptions& options) {
  Result<Reading> reading = ReadStages(document, context, options);
  if (!reading) return reading.error();
  CheckResult result;
  result.file = document.path;
  result.sha256 = document.sha256;
  result.pages = static_cast<int>(document.pages.size());
  result.page_info = document.pages;
  result.warnings = document.warnings;
  result.warnings.insert(result.warnings.end(), reading->warnings.begin(), reading->warnings.end());
  result.outline = std::move(reading->outline);
  result.facts = std::move(reading->facts);
  Result<std::shared_ptr<const Rulebooks>> rulebooks = context.fixed_rulebooks();
  if (!options.packs.empty()) {
    rulebooks = context.RulebooksOf(options.packs);
  } else if (!context.fixed_rulebooks()) {
    PackChoice choice = context.DefaultPacksFor(result.facts);
    rulebooks = context.RulebooksOf(choice.packs);
    result.packs_left_out = std::move(choice.left_out);
  }
  if (!rulebooks) return rulebooks.error();
  result.rulebooks = (*rulebooks)->Infos();
  result.findings = Evaluate(**rulebooks, document, result.outline, result.facts);
  return result;
}

RuleTestReport TestRulebooks(const Rulebooks& rulebooks, const CheckContext& context) {
  return RunRuleTests(rulebooks, [&](Result<Document> document) -> Result<ExampleReading> {
    if (!document) return document.error();
    Reading reading = ReadAgreement(*document, context);
    return ExampleReading{std::move(*document), std::move(reading.outline),
                          std::move(reading.facts)};
  });
}

}  // namespace moacheck
