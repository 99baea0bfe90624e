// moacheck check PATH...: run the whole pipeline on each agreement and
// write one report (spec/cli.md, spec/report.md). Exit status: 0 nothing at
// or above --fail-on, 1 findings at or above it, 2 usage error or any input
// that could not be read.
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <thread>

#include "batch/progress.h"
#include "batch/summary_writer.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "common/atomic_file.h"
#include "moacheck/batch.h"
#include "moacheck/check.h"
#include "moacheck/report.h"

namespace moacheck::cli {
namespace {

struct CheckFlags {
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::string override_file;
  std::string state;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool recursive = false;
  bool sort = false;
  bool resume = false;
  std::string summary;
  double timeout = 0;
  DocumentFlags document;
};

// Reproducible reports: SOURCE_DATE_EPOCH fixes the footer date.
std::string DateFromEnvironment() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch == nullptr || *epoch == '\0') return "";
  std::time_t seconds = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
  return buffer;
}

bool UseColor(const CheckFlags& flags, ReportFormat format) {
  const char* no_color = std::getenv("NO_COLOR");
  return format == ReportFormat::kText && flags.output.empty() && isatty(STDOUT_FILENO) &&
         (no_color == nullptr || *no_color == '\0');
}

// SIGINT/SIGTERM during a batch: stop taking files, finish those in hand.
std::atomic<bool> interrupted{false};
extern "C" void OnInterrupt(int) { interrupted = true; }

// The records of one result in a batch format, whole lines.
std::string BatchRecord(const CheckResult& result, ReportFormat format) {
  std::string lines = RenderReport({result}, format);
  if (format == ReportFormat::kCsv) lines.erase(0, lines.find('\n') + 1);  // the header
  return lines;
}

// Reports word the ids as the vocabulary the files were read with does.
RenderOptions ReportRenderOptions(const CheckFlags& flags, ReportFormat format,
                                  const CheckContext& context) {
  RenderOptions render;
  render.color = UseColor(flags, format);
  render.date = DateFromEnvironment();
  render.vocabulary = context.rulebook_inputs().vocabulary;
  return render;
}

// --summary: the dashboard's writer, or null without the flag.
Result<std::unique_ptr<SummaryWriter>> OpenSummary(const CheckFlags& flags,
                                                   const CheckContext& context) {
  if (flags.summary.empty()) return std::unique_ptr<SummaryWriter>();
  return SummaryWriter::Open(flags.summary,
                             ReportRenderOptions(flags, ReportFormat::kHtml, context));
}

// JSONL and CSV: each record written as its file completes, so nothing done
// is lost to a crash or an interrupt, and memory stays flat however large
// the archive.
int RunBatchCheck(const CheckFlags& flags, std::vector<std::string> inputs,
                  const CheckOptions& options, ReportFormat format, FailOn fail_on) {
  bool csv = format == ReportFormat::kCsv;
  bool to_file = !flags.output.empty() && flags.output != "-";
  Result<std::unique_ptr<SummaryWriter>> summary = OpenSummary(flags, *options.context);
  if (!summary) return ReportError(summary.error());
  int status = 0;
  if (flags.resume) {
    if (!to_file) return ReportError(Error{ErrorKind::kUsage, "--resume needs -o FILE"});
    Result<ResumePlan> plan = PlanResume(flags.output, csv, std::move(inputs), fail_on,
                                         [&](const nlohmann::json& record) {
                                           if (*summary) (*summary)->AddRecorded(record);
                                         });
    if (!plan) return ReportError(plan.error());
    inputs = std::move(plan->remaining);
    status = plan->status;
  }
  Result<std::unique_ptr<BatchOutput>> output = BatchOutput::Open(flags.output, flags.resume);
  if (!output) return ReportError(output.error());
  BatchOutput& out = **output;
  Status written;  // the first write that failed
  if (csv && out.empty()) written = out.Write(RenderReport({}, format));

  BatchOptions batch;
  batch.check = options;
  batch.jobs = options.load.jobs;
  batch.sort = flags.sort;
  batch.stop = &interrupted;
  batch.render = [format](const CheckResult& result) { return BatchRecord(result, format); };
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  BatchProgress progress(inputs.size());
  Result<BatchTotals> totals =
      RunBatch(inputs, batch, [&](CheckResult&& result, std::string&& record) {
        if (!result.ok) fmt::print(stderr, "\rmoacheck: {}\n", result.error.message);
        if (*summary) (*summary)->Add(result);
        Status wrote = out.Write(record);
        if (!wrote && written) written = wrote;
        std::vector<CheckResult> one;
        one.push_back(std::move(result));
        status = std::max(status, ExitStatus(one, fail_on));
        progress.Add(one.front());
      });
  progress.Finish();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (!totals) return ReportError(totals.error());
  Status committed = out.Commit();
  if (!committed) return ReportError(committed.error());
  if (!written) return ReportError(written.error());
  if (*summary) {
    Status finished = (*summary)->Finish();
    if (!finished) return ReportError(finished.error());
  }
  if (totals->stopped) {
    fmt::print(stderr, "moacheck: interrupted after {} of {} files; --resume continues\n",
               totals->emitted, inputs.size());
    return 130;
  }
  return status;
}

int RunCheck(CheckFlags flags) {
  std::optional<ReportFormat> format = ParseReportFormat(flags.format);
  std::optional<FailOn> fail_on = ParseFailOn(flags.fail_on);
  if (!format || !fail_on)
    return ReportError(Error{ErrorKind::kUsage, "unknown --format or --fail-on"});
  for (char& c : flags.state) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!flags.state.empty() &&
      (flags.state.size() != 2 || !std::isalpha(flags.state[0]) || !std::isalpha(flags.state[1]))) {
    return ReportError(
        Error{ErrorKind::kUsage,
              fmt::format("--state {}: expected a two-letter USPS code such as TX", flags.state)});
  }
  std::vector<std::string> inputs = CollectInputs(flags.paths, flags.recursive);
  if (inputs.empty()) {
    return ReportError(Error{ErrorKind::kUsage, "no PDF found in the given paths"});
  }

  CheckOptions options;
  options.load = flags.document.ToLoadOptions();
  options.ocr = flags.document.ToOcrOptions();
  options.rules = flags.rules;
  options.override_file = flags.override_file;
  options.state = flags.state;
  options.timeout_seconds = flags.timeout;
  bool batch = *format == ReportFormat::kJsonl || *format == ReportFormat::kCsv;
  if (!batch && (flags.resume || flags.sort)) {
    return ReportError(
        Error{ErrorKind::kUsage, "--resume and --sort go with --format jsonl or csv"});
  }
  Result<std::shared_ptr<const CheckContext>> context = LoadCheckContext(options);
  if (!context) return ReportError(context.error());
  options.context = *context;
  if (batch) return RunBatchCheck(flags, std::move(inputs), options, *format, *fail_on);
  Result<std::unique_ptr<SummaryWriter>> summary = OpenSummary(flags, **context);
  if (!summary) return ReportError(summary.error());
  Result<std::vector<CheckResult>> results = CheckFiles(inputs, options, options.load.jobs);
  if (!results) return ReportError(results.error());
  for (const CheckResult& result : *results) {
    if (!result.ok) fmt::print(stderr, "moacheck: {}\n", result.error.message);
    if (*summary) (*summary)->Add(result);
  }

  std::string report =
      RenderReport(*results, *format, ReportRenderOptions(flags, *format, **context));
  if (flags.output.empty() || flags.output == "-") {
    std::fwrite(report.data(), 1, report.size(), stdout);
  } else if (Status written = WriteFileAtomically(flags.output, report); !written) {
    return ReportError(written.error());
  }
  if (*summary) {
    Status finished = (*summary)->Finish();
    if (!finished) return ReportError(finished.error());
  }
  return ExitStatus(*results, *fail_on);
}

CommandRegistration registration(40, [](CLI::App& app) -> RunFunction {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* command = app.add_subcommand(
      "check", "Check agreements against the rulebooks and report findings with evidence");
  command
      ->add_option("PATH", flags->paths,
                   "PDF or text files, or directories of PDFs; - reads standard input")
      ->required();
  command
      ->add_option("--rules", flags->rules,
                   "Rulebook: shipped pack name, YAML file or directory (repeatable; default: "
                   "packs chosen from the agreement's model, era and state)")
      ->allow_extra_args(false);  // one value per --rules, so PATHs may follow
  command->add_option("--override", flags->override_file,
                      "YAML file that disables rules or changes their severity");
  command->add_option("--state", flags->state, "Apply this state's rules (two-letter code)");
  command->add_option("--format,-f", flags->format, "Report format")
      ->check(CLI::IsMember({"text", "md", "markdown", "html", "json", "jsonl", "csv", "sarif"}));
  command->add_option("-o,--output", flags->output,
                      "Write the report to this file instead of standard output");
  command
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 when a failing or missing finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command->add_flag("--recursive,-r", flags->recursive, "Descend into folders below a directory");
  command
      ->add_option("--timeout", flags->timeout,
                   "Give up on a file after this many seconds (an error record of kind timeout; "
                   "0: no limit)")
      ->check(CLI::NonNegativeNumber);
  command->add_flag("--sort", flags->sort,
                    "jsonl/csv: write records in input order (default: as each file completes)");
  command->add_option("--summary", flags->summary,
                      "Also write an HTML dashboard of the whole run to this file (counts by "
                      "model, state and rule; a sortable table of documents), with each "
                      "document's own report in FILE-reports/ beside it");
  command->add_flag("--resume", flags->resume,
                    "jsonl/csv with -o: skip files whose SHA-256 already has a record in the "
                    "output and append the others");
  flags->document.Add(*command);
  return [flags] { return RunCheck(*flags); };
});

}  // namespace
}  // namespace moacheck::cli
