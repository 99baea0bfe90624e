// One side of a diff: a file or a bundled template text read by the check
// pipeline (moacheck/check.h), keeping the Document, which the diff quotes.
#include <fmt/format.h>

#include <algorithm>
#include <exception>

#include "common/embedded.h"
#include "moacheck/diff.h"

namespace moacheck {
namespace {

constexpr std::string_view kTemplateDir = "rules/templates/";

Result<DiffSide> ReadSide(Result<Document> document, const std::string& label,
                          const CheckOptions& options, const CheckContext& context) {
  if (!document) return document.error();
  try {
    DiffSide side;
    side.label = label;
    side.document = std::move(*document);
    Reading reading = ReadAgreement(side.document, context, options.state);
    side.outline = std::move(reading.outline);
    side.facts = std::move(reading.facts);
    return side;
  } catch (const std::exception& exception) {
    return Error{ErrorKind::kInternal,
                 fmt::format("{}: internal error: {}", label, exception.what())};
  }
}

}  // namespace

Result<DiffSide> LoadDiffSide(const std::string& path, const CheckOptions& options,
                              const CheckContext& context) {
  return ReadSide(LoadDocument(path, options.load, context.recognizer()), path, options, context);
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

Result<DiffSide> LoadTemplateSide(const std::string& name, const CheckOptions& options,
                                  const CheckContext& context) {
  std::optional<std::string_view> text = EmbeddedFile(fmt::format("{}{}.txt", kTemplateDir, name));
  if (!text) {
    return Error{ErrorKind::kUsage, fmt::format("unknown template \"{}\"; known templates: {}",
                                                name, fmt::join(TemplateNames(), ", "))};
  }
  std::string label = "template:" + name;
  return ReadSide(DocumentFromText(*text, label, options.load), label, options, context);
}

Status EvaluateBothSides(DiffSide& old_side, DiffSide& new_side, const CheckOptions& options,
                         const CheckContext& context) {
  AnalyzeOptions analyze;
  analyze.state = options.state;
  if (!context.fixed_rulebooks()) {
    for (const DiffSide* side : {&old_side, &new_side}) {
      for (const std::string& pack : context.DefaultPacksFor(side->facts).packs) {
        if (std::find(analyze.packs.begin(), analyze.packs.end(), pack) == analyze.packs.end())
          analyze.packs.push_back(pack);
      }
    }
  }
  for (DiffSide* side : {&old_side, &new_side}) {
    Result<CheckResult> analyzed = AnalyzeDocument(side->document, context, analyze);
    if (!analyzed) return analyzed.error();
    side->findings = std::move(analyzed->findings);
  }
  return {};
}

}  // namespace moacheck
