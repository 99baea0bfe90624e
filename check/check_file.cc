// CheckFile: composes the pipeline stages for one file. The only I/O is the
// document load (and hashing an unreadable file's bytes for its record).
#include <fmt/format.h>

#include <map>
#include <mutex>

#include "common/sha256.h"
#include "moacheck/check.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"
#include "moacheck/rules.h"

namespace moacheck {

class CheckContext {
 public:
  CheckContext(std::shared_ptr<const Vocabulary> vocabulary,
               std::shared_ptr<const Rulebooks> fixed_rulebooks, std::string override_file,
               std::shared_ptr<const PageRecognizer> recognizer)
      : vocabulary_(std::move(vocabulary)),
        fixed_rulebooks_(std::move(fixed_rulebooks)),
        override_file_(std::move(override_file)),
        recognizer_(std::move(recognizer)) {}

  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const PageRecognizer* recognizer() const { return recognizer_.get(); }

  // The rulebooks given with --rules, or the default packs for these facts,
  // each distinct selection loaded once per run.
  Result<std::shared_ptr<const Rulebooks>> RulebooksFor(const Facts& facts) const {
    if (fixed_rulebooks_) return fixed_rulebooks_;
    std::vector<std::string> packs = DefaultPacks(facts);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = default_rulebooks_.find(packs);
    if (it != default_rulebooks_.end()) return it->second;
    Result<std::shared_ptr<const Rulebooks>> loaded = LoadRulebooks(packs, override_file_);
    if (loaded) default_rulebooks_.emplace(packs, *loaded);
    return loaded;
  }

 private:
  std::shared_ptr<const Vocabulary> vocabulary_;
  std::shared_ptr<const Rulebooks> fixed_rulebooks_;
  std::string override_file_;
  std::shared_ptr<const PageRecognizer> recognizer_;
  mutable std::mutex mutex_;
  mutable std::map<std::vector<std::string>, std::shared_ptr<const Rulebooks>> default_rulebooks_;
};

Result<std::shared_ptr<const CheckContext>> LoadCheckContext(const CheckOptions& options) {
  Result<std::shared_ptr<const Vocabulary>> vocabulary = LoadVocabulary(options.vocabulary_dir);
  if (!vocabulary) return vocabulary.error();
  std::shared_ptr<const Rulebooks> rulebooks;
  if (!options.rules.empty()) {
    Result<std::shared_ptr<const Rulebooks>> loaded =
        LoadRulebooks(options.rules, options.override_file);
    if (!loaded) return loaded.error();
    rulebooks = *loaded;
  }
  return std::shared_ptr<const CheckContext>(std::make_shared<CheckContext>(
      *vocabulary, rulebooks, options.override_file, MakeOcrRecognizer(options.ocr)));
}

namespace {

CheckResult Unreadable(const std::string& path, Error error) {
  CheckResult result;
  result.file = path;
  result.ok = false;
  result.error = std::move(error);
  if (path != "-") result.sha256 = FileSha256(path);
  return result;
}

// --state overrides what the text says, and the report says so.
void OverrideState(const std::string& state, CheckResult& result) {
  FactValue& fact = result.facts.scalars["state"];
  if (!fact.is_null() && std::holds_alternative<std::string>(fact.value) &&
      std::get<std::string>(fact.value) != state) {
    result.warnings.push_back(fmt::format("state {} from --state replaces {} read from the text",
                                          state, std::get<std::string>(fact.value)));
  }
  fact.value = state;
  fact.evidence.clear();
}

// Past --timeout between stages: the file's record is a timeout error.
bool OverTime(const LoadOptions& load) { return std::chrono::steady_clock::now() > load.deadline; }

CheckResult TimedOut(const std::string& path, const CheckOptions& options, const char* stage) {
  return Unreadable(
      path, Error{ErrorKind::kTimeout, fmt::format("{}: over the time limit of {} s (--timeout) {}",
                                                   path, options.timeout_seconds, stage)});
}

CheckResult RunPipeline(const std::string& path, const CheckOptions& options,
                        const CheckContext& context) {
  LoadOptions load = options.load;
  if (options.timeout_seconds > 0) {
    load.deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(options.timeout_seconds));
  }
  Result<Document> document = LoadDocument(path, load, context.recognizer());
  if (!document) return Unreadable(path, document.error());
  if (OverTime(load)) return TimedOut(path, options, "after reading");
  CheckResult result;
  result.file = path;
  result.sha256 = document->sha256;
  result.pages = static_cast<int>(document->pages.size());
  result.page_info = document->pages;
  result.warnings = document->warnings;
  result.outline = ParseOutline(*document);
  for (const std::string& warning : result.outline.warnings) result.warnings.push_back(warning);
  if (OverTime(load)) return TimedOut(path, options, "after the outline");
  result.facts = ExtractFacts(*document, result.outline, context.vocabulary());
  if (OverTime(load)) return TimedOut(path, options, "after the facts");
  if (!options.state.empty()) OverrideState(options.state, result);
  Result<std::shared_ptr<const Rulebooks>> rulebooks = context.RulebooksFor(result.facts);
  if (!rulebooks) return Unreadable(path, rulebooks.error());
  result.rulebooks = (*rulebooks)->Infos();
  result.findings = Evaluate(**rulebooks, *document, result.outline, result.facts);
  return result;
}

}  // namespace

CheckResult CheckFile(const std::string& path, const CheckOptions& options) {
  try {
    std::shared_ptr<const CheckContext> context = options.context;
    if (!context) {
      Result<std::shared_ptr<const CheckContext>> loaded = LoadCheckContext(options);
      if (!loaded) return Unreadable(path, loaded.error());
      context = *loaded;
    }
    return RunPipeline(path, options, *context);
  } catch (const std::exception& exception) {
    return Unreadable(path, Error{ErrorKind::kInternal,
                                  fmt::format("{}: internal error: {}", path, exception.what())});
  }
}

}  // namespace moacheck
