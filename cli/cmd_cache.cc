// moacheck cache info|clear: where the OCR cache is, how big, and emptying it.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/common_options.h"
#include "ocr/ocr_cache.h"

namespace moacheck::cli {
namespace {

struct CacheOptions {
  std::string directory;  // empty: the default location
};

int RunInfo(const CacheOptions& options) {
  OcrCache cache(options.directory);
  if (cache.directory().empty()) {
    fmt::print("location: none (neither XDG_CACHE_HOME nor HOME is set; OCR is not cached)\n");
    return 0;
  }
  Result<OcrCache::Usage> usage = cache.Measure();
  if (!usage) return ReportError(usage.error());
  fmt::print("location: {}\nentries: {} OCR pages\nsize: {} bytes ({:.2f} MB)\n", cache.directory(),
             usage->entries, usage->bytes, usage->bytes / 1e6);
  return 0;
}

int RunClear(const CacheOptions& options) {
  OcrCache cache(options.directory);
  Result<std::size_t> removed = cache.Clear();
  if (!removed) return ReportError(removed.error());
  fmt::print("removed {} OCR pages from {}\n", *removed,
             cache.directory().empty() ? "(no cache)" : cache.directory());
  return 0;
}

CommandRegistration registration(90, [](CLI::App& app) -> RunFunction {
  auto options = std::make_shared<CacheOptions>();
  CLI::App* cache = app.add_subcommand("cache", "Show or clear the OCR cache");
  cache->require_subcommand(1);
  CLI::App* info = cache->add_subcommand("info", "Location, number of cached pages and size");
  CLI::App* clear = cache->add_subcommand("clear", "Remove every cached OCR page");
  for (CLI::App* command : {info, clear}) {
    command->add_option("--dir", options->directory,
                        "Cache folder (default: $XDG_CACHE_HOME/moacheck, else ~/.cache/moacheck)");
  }
  return [options, info] { return info->parsed() ? RunInfo(*options) : RunClear(*options); };
});

}  // namespace
}  // namespace moacheck::cli
