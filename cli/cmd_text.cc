// moacheck text FILE: the normalized text, each line prefixed "page:line".
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "cli/command.h"
#include "cli/common_options.h"
#include "moacheck/document.h"
#include "moacheck/ocr.h"

namespace moacheck::cli {
namespace {

struct TextOptions {
  std::string file;
  bool raw = false;
  DocumentFlags document;
};

int RunText(const TextOptions& options) {
  LoadOptions load = options.document.ToLoadOptions();
  load.remove_furniture = !options.raw;
  std::shared_ptr<const PageRecognizer> ocr = MakeOcrRecognizer(options.document.ToOcrOptions());
  Result<Document> document = LoadDocument(options.file, load, ocr.get());
  if (!document) return ReportError(document.error());
  PrintWarnings(*document);
  // With --raw the furniture is kept in place: merge by page and line.
  std::vector<const Line*> lines;
  for (const Line& line : document->lines) lines.push_back(&line);
  if (options.raw) {
    for (const Line& line : document->furniture) lines.push_back(&line);
    std::stable_sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) {
      return a->page != b->page ? a->page < b->page : a->line < b->line;
    });
  }
  std::string out;
  for (const Line* line : lines) {
    if (options.raw) {
      out += fmt::format("{}:{}\t{}\n", line->page, line->line, line->raw);
    } else {
      out += fmt::format("{}:{}\t{}{}{}\n", line->page, line->line, line->list_marker,
                         line->list_marker.empty() ? "" : " ", line->text);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

CommandRegistration registration(10, [](CLI::App& app) -> RunFunction {
  auto options = std::make_shared<TextOptions>();
  CLI::App* command =
      app.add_subcommand("text", "Print the normalized text, each line prefixed page:line");
  command->add_option("FILE", options->file, "PDF or UTF-8 text file; - reads standard input")
      ->required();
  command->add_flag("--raw", options->raw,
                    "Keep running headers, footers and page numbers; print lines as extracted");
  options->document.Add(*command);
  return [options] { return RunText(*options); };
});

}  // namespace
}  // namespace moacheck::cli
