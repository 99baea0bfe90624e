// moacheck rules list|lint|test|bench: inspect, check and measure rulebooks.
// With no PATH, every pack built into the binary is used.
#include <fmt/format.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common_options.h"
#include "moacheck/check.h"

namespace moacheck::cli {
namespace {

struct RulesOptions {
  std::vector<std::string> specs;
  std::string override_file;
  std::string format = "text";
  std::vector<std::string> bench_files;
  int repeat = 0;
};

// The run's context with the rulebooks named (or every built-in pack) as its
// --rules.
Result<std::shared_ptr<const CheckContext>> LoadContext(const RulesOptions& options) {
  CheckOptions check;
  check.rules = options.specs.empty() ? ShippedPacks() : options.specs;
  check.override_file = options.override_file;
  return LoadCheckContext(check);
}

Result<std::shared_ptr<const Rulebooks>> Load(const RulesOptions& options) {
  Result<std::shared_ptr<const CheckContext>> context = LoadContext(options);
  if (!context) return context.error();
  return (*context)->fixed_rulebooks();
}

int RunList(const RulesOptions& options) {
  auto rulebooks = Load(options);
  if (!rulebooks) return ReportError(rulebooks.error());
  std::vector<RuleSummary> rules = (*rulebooks)->Rules();
  if (options.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const RuleSummary& rule : rules) {
      nlohmann::json sources = nlohmann::json::array();
      for (const RuleSource& source : rule.sources) {
        sources.push_back({{"kind", source.kind},
                           {"cite", source.citation},
                           {"primary", source.primary},
                           {"url", source.url}});
      }
      out.push_back({{"id", rule.id},
                     {"title", rule.title},
                     {"severity", SeverityName(rule.severity)},
                     {"pack", rule.pack},
                     {"disabled", rule.disabled},
                     {"tests", rule.test_count},
                     {"origin", rule.origin},
                     {"sources", sources}});
    }
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  for (const RuleSummary& rule : rules) {
    std::string cite = rule.sources.empty() ? "" : rule.sources[0].citation;
    fmt::print("{}\t{}{}\t{}\t{} tests\t{}\t{}\n", rule.id, SeverityName(rule.severity),
               rule.disabled ? " (disabled)" : "", rule.pack, rule.test_count, rule.title, cite);
  }
  return 0;
}

int RunLint(const RulesOptions& options) {
  auto rulebooks = Load(options);
  if (!rulebooks) return ReportError(rulebooks.error());
  std::vector<LintIssue> issues = LintRulebooks(**rulebooks);
  for (const LintIssue& issue : issues) {
    fmt::print("{}: rule '{}': {}\n", issue.origin, issue.rule, issue.message);
  }
  fmt::print(stderr, "{} rules checked, {} issues\n", (*rulebooks)->Rules().size(), issues.size());
  return issues.empty() ? 0 : 1;
}

int RunTest(const RulesOptions& options) {
  auto context = LoadContext(options);
  if (!context) return ReportError(context.error());
  RuleTestReport report = TestRulebooks(*(*context)->fixed_rulebooks(), **context);
  for (const RuleTestFailure& failure : report.failures) {
    fmt::print("FAIL {}: rule '{}': {}\n", failure.origin, failure.rule, failure.message);
  }
  fmt::print("{} rules, {} examples, {} failed\n", report.rules, report.examples,
             report.failures.size());
  return report.failures.empty() ? 0 : 1;
}

// Rule-evaluation throughput (MB of agreement text per second) and the share
// of a whole check spent in rules, per file and overall. Used by bench/.
int RunBench(const RulesOptions& options) {
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
  auto context = LoadContext(options);
  if (!context) return ReportError(context.error());
  const Rulebooks& rulebooks = *(*context)->fixed_rulebooks();
  double total_bytes = 0, total_pipeline = 0, total_rules = 0;
  fmt::print("file\tMB\tpipeline_s\trules_s\trules_MB/s\trules_share\n");
  for (const std::string& file : options.bench_files) {
    LoadOptions load;
    load.ocr = OcrMode::kNever;
    auto start = Clock::now();
    Result<Document> document = LoadDocument(file, load, /*recognizer=*/nullptr);
    if (!document) return ReportError(document.error());
    Reading reading = ReadAgreement(*document, **context);
    double pipeline = seconds(Clock::now() - start);
    int runs = 0;
    auto rules_start = Clock::now();
    do {
      Evaluate(rulebooks, *document, reading.outline, reading.facts);
      ++runs;
    } while (options.repeat > 0 ? runs < options.repeat
                                : seconds(Clock::now() - rules_start) < 0.5);
    double rules = seconds(Clock::now() - rules_start) / runs;
    double megabytes = document->folded_text.size() / 1e6;
    fmt::print("{}\t{:.3f}\t{:.4f}\t{:.5f}\t{:.1f}\t{:.1f}%\n", file, megabytes, pipeline, rules,
               megabytes / rules, 100 * rules / (pipeline + rules));
    total_bytes += megabytes;
    total_pipeline += pipeline;
    total_rules += rules;
  }
  if (total_rules > 0) {
    fmt::print("TOTAL\t{:.3f}\t{:.4f}\t{:.5f}\t{:.1f}\t{:.1f}%\n", total_bytes, total_pipeline,
               total_rules, total_bytes / total_rules,
               100 * total_rules / (total_pipeline + total_rules));
  }
  return 0;
}

CommandRegistration registration(80, [](CLI::App& app) -> RunFunction {
  auto options = std::make_shared<RulesOptions>();
  CLI::App* rules = app.add_subcommand("rules", "List, lint and test rulebooks");
  rules->require_subcommand(1);
  auto add_specs = [&](CLI::App* command) {
    command->add_option("PATH", options->specs,
                        "Pack names, rulebook files or directories (default: every built-in pack)");
    command->add_option("--override", options->override_file,
                        "Local override file (disable rules, change severities)");
  };
  CLI::App* list =
      rules->add_subcommand("list", "Each rule: id, severity, pack, tests, title, source");
  add_specs(list);
  list->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  CLI::App* lint = rules->add_subcommand(
      "lint", "Validate rulebooks and list missing tests, rationale, remediation");
  add_specs(lint);
  CLI::App* test = rules->add_subcommand("test", "Run every rule's examples through the pipeline");
  add_specs(test);
  CLI::App* bench = rules->add_subcommand("bench", "Measure rule-evaluation throughput on FILEs");
  bench->add_option("FILE", options->bench_files, "Agreements (PDF or text)")->required();
  bench->add_option("--rules", options->specs,
                    "Packs, files or directories (default: all built-in)");
  bench->add_option("--repeat", options->repeat, "Evaluations per file (default: for 0.5 s)");
  return [options, list, lint, test] {
    if (list->parsed()) return RunList(*options);
    if (lint->parsed()) return RunLint(*options);
    if (test->parsed()) return RunTest(*options);
    return RunBench(*options);
  };
});

}  // namespace
}  // namespace moacheck::cli
