// moacheck outline FILE: the section tree, as indented text or as the
// report contract's JSON; numbering anomalies go to stderr.
#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common_options.h"
#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"

namespace moacheck::cli {
namespace {

struct OutlineOptions {
  std::string file;
  std::string format = "text";
  DocumentFlags document;
};

std::string OutlineText(const Outline& outline) {
  std::string out;
  for (const Section& section : outline.sections) {
    std::string heading =
        section.label.empty() ? section.title : section.label + " " + section.title;
    if (heading.empty()) heading = section.path;
    out += fmt::format("{:>3}:{:<3} {}{}  [{}{}{}]\n", section.page, section.line,
                       std::string(2 * section.depth, ' '), heading, section.path,
                       section.kind.empty() ? "" : ", ", section.kind);
  }
  return out;
}

int RunOutline(const OutlineOptions& options) {
  std::shared_ptr<const PageRecognizer> ocr = MakeOcrRecognizer(options.document.ToOcrOptions());
  Result<Document> document =
      LoadDocument(options.file, options.document.ToLoadOptions(), ocr.get());
  if (!document) return ReportError(document.error());
  PrintWarnings(*document);
  Result<std::shared_ptr<const SectionKindTable>> kinds = LoadSectionKinds();
  if (!kinds) return ReportError(kinds.error());
  Outline outline = ParseOutline(*document, **kinds);
  for (const std::string& warning : outline.warnings) {
    fmt::print(stderr, "moacheck: {}: {}\n", options.file, warning);
  }
  std::string out =
      options.format == "json" ? OutlineToJson(outline).dump(2) + "\n" : OutlineText(outline);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

CommandRegistration registration(20, [](CLI::App& app) -> RunFunction {
  auto options = std::make_shared<OutlineOptions>();
  CLI::App* command = app.add_subcommand("outline", "Print the section tree of an agreement");
  command->add_option("FILE", options->file, "PDF or UTF-8 text file; - reads standard input")
      ->required();
  command->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  options->document.Add(*command);
  return [options] { return RunOutline(*options); };
});

}  // namespace
}  // namespace moacheck::cli
