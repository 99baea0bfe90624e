// moacheck facts FILE...: what each agreement says (docs/facts.md), each
// value with the page, line, section and quote it was read from.
#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common_options.h"
#include "moacheck/check.h"
#include "moacheck/facts.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"

namespace moacheck::cli {
namespace {

struct FactsOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string vocabulary_dir;
  DocumentFlags document;
};

std::string ScalarText(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string Where(const nlohmann::json& evidence) {
  if (evidence.empty()) return "";
  const nlohmann::json& first = evidence.front();
  std::string section =
      first["section"].is_string() ? " §" + first["section"].get<std::string>() : "";
  return fmt::format("  [p{}:{}{}] {}", first["page"].get<int>(), first["line"].get<int>(), section,
                     first["quote"].get<std::string>());
}

// Human-readable: one fact per line, dotted name, value, first evidence.
std::string FactsText(const nlohmann::json& facts) {
  std::string out =
      fmt::format("{} ({} pages{})\n", facts["file"].get<std::string>(), facts["pages"].get<int>(),
                  facts["ocr_pages"].empty() ? "" : ", OCR pages " + facts["ocr_pages"].dump());
  std::function<void(const nlohmann::json&, const std::string&)> walk =
      [&](const nlohmann::json& node, const std::string& prefix) {
        for (const auto& [key, value] : node.items()) {
          if (prefix.empty() && (key == "file" || key == "pages" || key == "ocr_pages" ||
                                 key == "models" || key == "authorities" || key == "signed"))
            continue;
          if (value.is_object() && value.contains("value")) {
            out += fmt::format("  {:40} {}{}\n", prefix + key, ScalarText(value["value"]),
                               Where(value["evidence"]));
          } else if (value.is_object()) {
            walk(value, prefix + key + ".");
          }
        }
      };
  walk(facts, "");
  for (const char* set : {"models", "authorities"}) {
    out += fmt::format("  {}:\n", set);
    for (const nlohmann::json& item : facts[set])
      out += fmt::format("    {:36} {}\n", item["id"].get<std::string>(), Where(item["evidence"]));
  }
  out += "  signed:\n";
  for (const nlohmann::json& signature : facts["signed"])
    out += fmt::format("    {:6} {}{}\n", signature["party"].get<std::string>(),
                       signature["date"].get<std::string>(), Where(signature["evidence"]));
  return out;
}

int RunFacts(const FactsOptions& options) {
  CheckOptions check;
  check.vocabulary_dir = options.vocabulary_dir;
  check.ocr = options.document.ToOcrOptions();
  Result<std::shared_ptr<const CheckContext>> context = LoadCheckContext(check);
  if (!context) return ReportError(context.error());
  if (options.format == "json" && options.files.size() > 1) {
    return ReportError(
        Error{ErrorKind::kUsage, "--format json takes one file; use --format jsonl for several"});
  }
  int status = 0;
  LoadOptions load = options.document.ToLoadOptions();
  for (const std::string& file : options.files) {
    Result<Document> document = LoadDocument(file, load, (*context)->recognizer());
    if (!document) {
      status = ReportError(document.error());
      continue;
    }
    PrintWarnings(*document);
    if (Status text = RequireText(*document); !text) {  // its facts are unknown, not false
      status = ReportError(text.error());
      continue;
    }
    nlohmann::json facts = FactsToJson(ReadAgreement(*document, **context).facts);
    std::string out;
    if (options.format == "json") {
      out = facts.dump(2) + "\n";
    } else if (options.format == "jsonl") {
      out = facts.dump() + "\n";
    } else {
      out = FactsText(facts);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
  }
  return status;
}

CommandRegistration registration(30, [](CLI::App& app) -> RunFunction {
  auto options = std::make_shared<FactsOptions>();
  CLI::App* command =
      app.add_subcommand("facts", "What each agreement says (docs/facts.md), with evidence");
  command->add_option("FILE", options->files, "PDF or UTF-8 text files; - reads standard input")
      ->required();
  command
      ->add_option("--format", options->format,
                   "text, json (one file) or jsonl (one object per line)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  command->add_option("--vocabulary", options->vocabulary_dir,
                      "Read the phrase vocabulary from this directory instead of the built-in one");
  options->document.Add(*command);
  return [options] { return RunFacts(*options); };
});

}  // namespace
}  // namespace moacheck::cli
