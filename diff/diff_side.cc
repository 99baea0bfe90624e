// One side of a diff: a file or a bundled template text run through the same
// stages `moacheck check` composes (LoadDocument -> ParseOutline ->
// ExtractFacts -> Evaluate), keeping the Document, which the diff quotes.
#include <fmt/format.h>

#include <algorithm>
#include <exception>

#include "common/embedded.h"
#include "moacheck/diff.h"
#include "moacheck/ocr.h"
#include "moacheck/rules.h"

namespace moacheck {
namespace {

constexpr std::string_view kTemplateDir = "rules/templates/";

Result<DiffSide> RunStages(Result<Document> document, const std::string& label,
                           const CheckOptions& options) {
  if (!document) return document.error();
  try {
    Result<std::shared_ptr<const Vocabulary>> vocabulary = LoadVocabulary(options.vocabulary_dir);
    if (!vocabulary) return vocabulary.error();
    DiffSide side;
    side.label = label;
    side.document = std::move(*document);
    side.outline = ParseOutline(side.document);
    side.facts = ExtractFacts(side.document, side.outline, **vocabulary);
    if (!options.state.empty()) side.facts.scalars["state"] = FactValue{options.state, {}};
    return side;
  } catch (const std::exception& exception) {
    return Error{ErrorKind::kInternal,
                 fmt::format("{}: internal error: {}", label, exception.what())};
  }
}

}  // namespace

Result<DiffSide> LoadDiffSide(const std::string& path, const CheckOptions& options) {
  std::shared_ptr<const PageRecognizer> ocr = MakeOcrRecognizer(options.ocr);
  return RunStages(LoadDocument(path, options.load, ocr.get()), path, options);
}

std::vector<std::string> TemplateNames() {
  std::vector<std::string> names;
  for (const std::string& path : EmbeddedFiles(kTemplateDir)) {
    std::string_view name(path);
    name.remove_prefix(kTemplateDir.size());
    if (!name.ends_with(".txt")) continue;
    name.remove_suffix(4);
    names.emplace_back(name);
  }
  return names;
}

Result<DiffSide> LoadTemplateSide(const std::string& name, const CheckOptions& options) {
  std::optional<std::string_view> text = EmbeddedFile(fmt::format("{}{}.txt", kTemplateDir, name));
  if (!text) {
    return Error{ErrorKind::kUsage, fmt::format("unknown template \"{}\"; known templates: {}",
                                                name, fmt::join(TemplateNames(), ", "))};
  }
  std::string label = "template:" + name;
  return RunStages(DocumentFromText(*text, label, options.load), label, options);
}

Result<std::vector<std::string>> EvaluateBothSides(DiffSide& old_side, DiffSide& new_side,
                                                   const CheckOptions& options) {
  std::vector<std::string> packs = options.rules;
  if (packs.empty()) {
    for (const DiffSide* side : {&old_side, &new_side}) {
      for (const std::string& pack : DefaultPacks(side->facts)) {
        if (std::find(packs.begin(), packs.end(), pack) == packs.end()) packs.push_back(pack);
      }
    }
  }
  Result<std::shared_ptr<const Rulebooks>> rulebooks = LoadRulebooks(packs, options.override_file);
  if (!rulebooks) return rulebooks.error();
  for (DiffSide* side : {&old_side, &new_side}) {
    side->findings = Evaluate(**rulebooks, side->document, side->outline, side->facts);
  }
  return packs;
}

}  // namespace moacheck
