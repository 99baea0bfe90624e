// LoadCheckContext: everything a run reads once, before any agreement.
#include <fmt/format.h>

#include "facts/vocabulary.h"
#include "moacheck/check.h"

namespace moacheck {

CheckContext::CheckContext(RulebookInputs inputs, std::shared_ptr<const Rulebooks> fixed_rulebooks,
                           std::shared_ptr<const PageRecognizer> recognizer)
    : inputs_(std::move(inputs)),
      fixed_rulebooks_(std::move(fixed_rulebooks)),
      recognizer_(std::move(recognizer)) {}

const SectionKindTable& CheckContext::section_kinds() const {
  return *inputs_.vocabulary->section_kinds;
}

PackChoice CheckContext::DefaultPacksFor(const Facts& facts) const {
  if (fixed_rulebooks_) return {};
  return DefaultPacks(facts, *inputs_.defaults);
}

Result<std::shared_ptr<const Rulebooks>> CheckContext::RulebooksOf(
    const std::vector<std::string>& packs) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = by_packs_.find(packs);
  if (it != by_packs_.end()) return it->second;
  Result<std::shared_ptr<const Rulebooks>> loaded = LoadRulebooks(packs, inputs_);
  if (loaded) by_packs_.emplace(packs, *loaded);
  return loaded;
}

Result<std::shared_ptr<const CheckContext>> LoadCheckContext(const CheckOptions& options) {
  Result<std::shared_ptr<const Vocabulary>> vocabulary = LoadVocabulary(options.vocabulary_dir);
  if (!vocabulary) return vocabulary.error();
  Result<std::shared_ptr<const PackDefaults>> defaults = LoadPackDefaults();
  if (!defaults) return defaults.error();
  RulebookInputs inputs{*vocabulary, *defaults, options.override_file};
  std::shared_ptr<const Rulebooks> fixed;
  if (!options.rules.empty()) {
    Result<std::shared_ptr<const Rulebooks>> loaded = LoadRulebooks(options.rules, inputs);
    if (!loaded) return loaded.error();
    fixed = *loaded;
  }
  return std::make_shared<const CheckContext>(std::move(inputs), std::move(fixed),
                                              MakeOcrRecognizer(options.ocr));
}

}  // namespace moacheck
