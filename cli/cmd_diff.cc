// moacheck diff OLD NEW | --template NAME NEW | --list-templates: what
// changed between two agreements, or between an agreement and a bundled ICE
// template text.
#include <fmt/format.h>

#include <cstdio>

#include "cli/command.h"
#include "cli/common_options.h"
#include "moacheck/diff.h"

namespace moacheck::cli {
namespace {

struct DiffFlags {
  std::vector<std::string> files;
  std::string template_name;
  bool list_templates = false;
  std::string format = "text";
  std::vector<std::string> rules;
  DocumentFlags document;
};

int RunDiff(const DiffFlags& flags) {
  if (flags.list_templates) {
    for (const std::string& name : TemplateNames()) std::printf("%s\n", name.c_str());
    return 0;
  }
  std::optional<ReportFormat> format = ParseReportFormat(flags.format);
  if (!format || (*format != ReportFormat::kText && *format != ReportFormat::kMarkdown &&
                  *format != ReportFormat::kHtml && *format != ReportFormat::kJson)) {
    return ReportError(
        Error{ErrorKind::kUsage,
              fmt::format("--format {}: expected text, md, html or json", flags.format)});
  }
  std::size_t wanted = flags.template_name.empty() ? 2 : 1;
  if (flags.files.size() != wanted) {
    return ReportError(
        Error{ErrorKind::kUsage, flags.template_name.empty()
                                     ? "diff needs two files: OLD NEW (or --template NAME NEW)"
                                     : "diff --template NAME needs exactly one file: NEW"});
  }
  CheckOptions options;
  options.load = flags.document.ToLoadOptions();
  options.ocr = flags.document.ToOcrOptions();
  options.rules = flags.rules;
  Result<std::shared_ptr<const CheckContext>> context = LoadCheckContext(options);
  if (!context) return ReportError(context.error());
  Result<DiffSide> old_side = flags.template_name.empty()
                                  ? LoadDiffSide(flags.files[0], options, **context)
                                  : LoadTemplateSide(flags.template_name, options, **context);
  if (!old_side) return ReportError(old_side.error());
  Result<DiffSide> new_side = LoadDiffSide(flags.files.back(), options, **context);
  if (!new_side) return ReportError(new_side.error());
  Status judged = EvaluateBothSides(*old_side, *new_side, options, **context);
  if (!judged) return ReportError(judged.error());
  PrintWarnings(old_side->document);
  PrintWarnings(new_side->document);
  std::string out =
      RenderDiff(DiffAgreements(*old_side, *new_side, (*context)->vocabulary()), *format);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

CommandRegistration registration(45, [](CLI::App& app) -> RunFunction {
  auto flags = std::make_shared<DiffFlags>();
  CLI::App* command = app.add_subcommand(
      "diff", "What changed between two agreements (OLD NEW), or from a bundled ICE template");
  command->add_option("FILES", flags->files, "OLD NEW, or only NEW with --template");
  command->add_option("--template", flags->template_name,
                      "Compare NEW against this bundled template text (see --list-templates)");
  command->add_flag("--list-templates", flags->list_templates, "Print the bundled template names");
  command->add_option("--format", flags->format, "text, md, html or json")
      ->check(CLI::IsMember({"text", "md", "html", "json"}));
  command->add_option("--rules", flags->rules,
                      "Rulebooks for both sides (pack name, YAML file or directory); "
                      "default: the packs `check` picks for either side");
  flags->document.Add(*command);
  return [flags] { return RunDiff(*flags); };
});

}  // namespace
}  // namespace moacheck::cli
