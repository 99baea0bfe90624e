// CheckFile: LoadDocument -> AnalyzeDocument for one file. The only I/O is
// the document load (and hashing an unreadable file's bytes for its record).
#include <fmt/format.h>

#include "common/sha256.h"
#include "moacheck/check.h"

namespace moacheck {
namespace {

CheckResult Unreadable(const std::string& path, Error error) {
  CheckResult result;
  result.file = path;
  result.ok = false;
  result.error = std::move(error);
  if (path != "-") result.sha256 = FileSha256(path);
  return result;
}

CheckResult CheckWithin(const std::string& path, const CheckOptions& options,
                        const CheckContext& context) {
  LoadOptions load = options.load;
  if (options.timeout_seconds > 0) {
    load.deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(options.timeout_seconds));
  }
  Result<Document> document = LoadDocument(path, load, context.recognizer());
  if (!document) return Unreadable(path, document.error());
  if (std::chrono::steady_clock::now() > load.deadline) {
    return Unreadable(path, Error{ErrorKind::kTimeout,
                                  fmt::format("{}: over the time limit of {} s (--timeout) {}",
                                              path, options.timeout_seconds, "after reading")});
  }
  if (Status text = RequireText(*document); !text) {
    CheckResult result;
    result.file = path;
    result.sha256 = document->sha256;
    result.ok = false;
    result.error = text.error();
    result.pages = static_cast<int>(document->pages.size());
    result.page_info = document->pages;
    result.warnings = document->warnings;
    return result;
  }
  AnalyzeOptions analyze;
  analyze.state = options.state;
  analyze.deadline = load.deadline;
  analyze.timeout_seconds = options.timeout_seconds;
  Result<CheckResult> result = AnalyzeDocument(*document, context, analyze);
  if (!result) return Unreadable(path, result.error());
  return std::move(result).value();
}

}  // namespace

Status RequireText(const Document& document) {
  std::vector<int> unread = document.PagesRead(PageReading::kNotRead);
  bool read_any = false;
  for (const Line& line : document.lines) {
    const PageInfo* page = line.page >= 1 && line.page <= static_cast<int>(document.pages.size())
                               ? &document.pages[static_cast<std::size_t>(line.page - 1)]
                               : nullptr;
    if (page != nullptr && page->source != PageSource::kNone) {
      read_any = true;
      break;
    }
  }
  if (read_any) return {};
  if (unread.empty()) {
    return Error{ErrorKind::kNoText, fmt::format("{}: no text on any of its {} pages; nothing in "
                                                 "it was checked",
                                                 document.path, document.pages.size())};
  }
  std::string file = document.path == "-" ? "FILE" : document.path;
  return Error{ErrorKind::kNoText,
               fmt::format("{}: no usable text ({}: no usable text layer, not read by OCR); "
                           "nothing in it was checked. To read scanned pages, rerun with OCR: "
                           "moacheck check {} --ocr auto",
                           document.path, DescribePages(unread), file)};
}

CheckResult CheckFile(const std::string& path, const CheckOptions& options) {
  // The stages report errors as values; this catches what a bug or an
  // exhausted allocation throws, so one file never ends a batch.
  try {
    std::shared_ptr<const CheckContext> context = options.context;
    if (!context) {
      Result<std::shared_ptr<const CheckContext>> loaded = LoadCheckContext(options);
      if (!loaded) return Unreadable(path, loaded.error());
      context = *loaded;
    }
    return CheckWithin(path, options, *context);
  } catch (const std::exception& exception) {
    return Unreadable(path, Error{ErrorKind::kInternal,
                                  fmt::format("{}: internal error: {}", path, exception.what())});
  }
}

}  // namespace moacheck
