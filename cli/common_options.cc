#include "cli/common_options.h"

#include <fmt/format.h>

#include <thread>

namespace moacheck::cli {

void DocumentFlags::Add(CLI::App& command) {
  command.add_option("--password", password, "Password of an encrypted PDF");
  command
      .add_option("--ocr", ocr,
                  "When to recognize page images: auto (pages without usable text), never, force")
      ->check(CLI::IsMember({"auto", "never", "force"}));
  command.add_flag("--verbose,-v", verbose, "Also show the PDF library's own warnings");
  command.add_option("--jobs,-j", jobs, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("--no-cache", no_cache, "Do not read or write the OCR cache");
  command.add_option("--max-bytes", max_bytes, "Refuse an input file larger than this many bytes")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-pages", max_pages, "Refuse a document with more pages than this")
      ->check(CLI::PositiveNumber);
}

LoadOptions DocumentFlags::ToLoadOptions() const {
  LoadOptions options;
  options.password = password;
  options.ocr = ocr == "never"   ? OcrMode::kNever
                : ocr == "force" ? OcrMode::kForce
                                 : OcrMode::kAuto;
  options.verbose = verbose;
  options.jobs =
      jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.max_bytes = max_bytes;
  options.max_pages = max_pages;
  return options;
}

OcrOptions DocumentFlags::ToOcrOptions() const {
  OcrOptions options;
  options.use_cache = !no_cache;
  return options;
}

int ReportError(const Error& error) {
  fmt::print(stderr, "moacheck: {}\n", error.message);
  return 2;
}

void PrintWarnings(const Document& document) {
  for (const std::string& warning : document.warnings) {
    fmt::print(stderr, "moacheck: warning: {}: {}\n", document.path, warning);
  }
}

}  // namespace moacheck::cli
