// LoadRulebooks: resolving pack names, files and directories, following
// include and extends, applying overrides, and rejecting duplicate ids.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/embedded.h"
#include "facts/vocabulary.h"
#include "moacheck/rules.h"
#include "rules/engine/known_ids.h"
#include "rules/engine/rule_parser.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 4u << 20;
constexpr std::string_view kPackPrefix = "rules/packs/";

struct BookSource {
  std::string text;
  std::string display;   // file name in messages
  std::string identity;  // the same book reached twice is loaded once
  std::string base_dir;  // for relative includes; empty for embedded packs
  bool embedded = false;
};

std::string ReadSmallFile(const fs::path& path, const std::string& where) {
  std::error_code error;
  std::uintmax_t size = fs::file_size(path, error);
  if (error)
    throw RuleError(fmt::format("{}cannot read '{}': {}", where, path.string(), error.message()));
  if (size > kMaxFileBytes) {
    throw RuleError(fmt::format("{}'{}' is {} bytes, more than the {} a rulebook may have", where,
                                path.string(), size, kMaxFileBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RuleError(fmt::format("{}cannot open '{}'", where, path.string()));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string KnownPacks() {
  std::string names;
  for (const std::string& name : ShippedPacks()) names += (names.empty() ? "" : ", ") + name;
  return names;
}

class Loader {
 public:
  explicit Loader(const KnownNames& names) : names_(names) {}

  void LoadSpec(const std::string& spec, const std::string& base_dir, const std::string& where) {
    for (const BookSource& source : Resolve(spec, base_dir, where)) Add(source);
  }

  void ApplyOverrides(const std::vector<RuleOverride>& overrides) {
    for (const RuleOverride& change : overrides) {
      auto rule = std::find_if(rules_.begin(), rules_.end(),
                               [&](const Rule& candidate) { return candidate.id == change.rule; });
      if (rule == rules_.end()) {
        throw RuleError(fmt::format("{}: rule '{}': override names a rule that is not loaded",
                                    change.origin, change.rule));
      }
      if (change.severity) rule->severity = *change.severity;
      if (change.disable) rule->disabled = true;
    }
  }

  void RejectDuplicates() const {
    std::map<std::string, std::string> first_origin;
    for (const Rule& rule : rules_) {
      auto [existing, inserted] = first_origin.emplace(rule.id, rule.origin);
      if (!inserted) {
        throw RuleError(fmt::format("{}: rule '{}': duplicate id (already defined at {})",
                                    rule.origin, rule.id, existing->second));
      }
    }
  }

  std::vector<RuleOverride> pack_overrides;
  std::vector<RulebookInfo> packs;
  std::vector<Rule>& rules() { return rules_; }

 private:
  std::vector<BookSource> Resolve(const std::string& spec, const std::string& base_dir,
                                  const std::string& where) {
    bool looks_like_path = spec.find('/') != std::string::npos ||
                           (spec.size() > 5 && spec.substr(spec.size() - 5) == ".yaml") ||
                           spec == "." || spec == "..";
    if (!looks_like_path) {
      std::string embedded_path = std::string(kPackPrefix) + spec + ".yaml";
      if (std::optional<std::string_view> text = EmbeddedFile(embedded_path)) {
        return {{std::string(*text), embedded_path, "pack:" + spec, "", true}};
      }
    }
    fs::path path = spec;
    if (path.is_relative() && !base_dir.empty()) path = fs::path(base_dir) / path;
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        const fs::path& file = entry.path();
        if (file.extension() == ".yaml" && file.filename() != "defaults.yaml")
          files.push_back(file);
      }
      std::sort(files.begin(), files.end());
      std::vector<BookSource> sources;
      for (const fs::path& file : files) sources.push_back(FromFile(file, where));
      if (sources.empty()) {
        throw RuleError(
            fmt::format("{}no *.yaml rulebooks in directory '{}'", where, path.string()));
      }
      return sources;
    }
    if (fs::is_regular_file(path, error)) return {FromFile(path, where)};
    throw RuleError(fmt::format("{}no pack, file or directory named '{}' (built-in packs: {})",
                                where, spec, KnownPacks()));
  }

  BookSource FromFile(const fs::path& path, const std::string& where) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    return {ReadSmallFile(path, where), path.string(),
            "file:" + (error ? path.string() : canonical.string()), path.parent_path().string(),
            false};
  }

  void Add(const BookSource& source) {
    if (!loaded_.insert(source.identity).second) return;
    std::vector<Rule> book_rules = Compile(source, /*as_base=*/false);
    for (Rule& rule : book_rules) rules_.push_back(std::move(rule));
  }

  // The rules a book defines, with those it extends; its includes are added
  // as packs of their own. A base being extended is not listed as a pack.
  std::vector<Rule> Compile(const BookSource& source, bool as_base) {
    if (std::find(stack_.begin(), stack_.end(), source.identity) != stack_.end()) {
      throw RuleError(fmt::format("{}: include/extends cycle: '{}' is already being loaded",
                                  source.display, fs::path(source.display).filename().string()));
    }
    stack_.push_back(source.identity);
    ParsedRulebook book = ParseRulebook(ParseYaml(source.text, source.display), source.display,
                                        source.embedded, names_);
    for (const Located& include : book.includes) {
      LoadSpec(include.String(""), source.base_dir, include.Where() + ": ");
    }
    std::vector<Rule> rules;
    if (book.extends) {
      std::vector<BookSource> bases =
          Resolve(book.extends->String(""), source.base_dir, book.extends->Where() + ": ");
      if (bases.size() != 1) book.extends->Fail("", "'extends' names one pack or file");
      rules = Compile(bases[0], /*as_base=*/true);
      for (Rule& rule : rules) rule.pack = book.name;
    }
    for (Rule& rule : book.rules) {
      auto inherited = std::find_if(rules.begin(), rules.end(),
                                    [&](const Rule& base) { return base.id == rule.id; });
      if (book.extends && inherited != rules.end()) {
        *inherited = std::move(rule);  // an extending pack may redefine a rule
      } else {
        rules.push_back(std::move(rule));
      }
    }
    for (RuleOverride& change : book.overrides) pack_overrides.push_back(std::move(change));
    stack_.pop_back();
    if (!as_base) packs.push_back({book.name, book.version});
    return rules;
  }

  const KnownNames& names_;
  std::vector<Rule> rules_;
  std::set<std::string> loaded_;
  std::vector<std::string> stack_;
};

}  // namespace
}  // namespace moacheck::rules

namespace moacheck {

std::vector<std::string> ShippedPacks() {
  std::vector<std::string> names;
  for (const std::string& path : EmbeddedFiles(rules::kPackPrefix)) {
    std::string name = path.substr(rules::kPackPrefix.size());
    bool rulebook = name.size() > 5 && name.substr(name.size() - 5) == ".yaml" &&
                    name != "defaults.yaml" && name.find('/') == std::string::npos;
    if (rulebook) names.push_back(name.substr(0, name.size() - 5));
  }
  return names;
}

Rulebooks::Rulebooks(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Rulebooks::~Rulebooks() = default;

std::vector<RulebookInfo> Rulebooks::Infos() const { return impl_->packs; }

std::vector<RuleSummary> Rulebooks::Rules() const {
  std::vector<RuleSummary> summaries;
  for (const rules::Rule& rule : impl_->rules) {
    summaries.push_back({rule.id, rule.title, rule.pack, rule.severity, rule.disabled, rule.sources,
                         static_cast<int>(rule.examples.size()), rule.origin});
  }
  return summaries;
}

Result<std::shared_ptr<const Rulebooks>> LoadRulebooks(const std::vector<std::string>& specs,
                                                       const RulebookInputs& inputs) {
  using namespace rules;
  if (!inputs.vocabulary || !inputs.vocabulary->section_kinds || !inputs.defaults) {
    return Error{ErrorKind::kInternal, "rulebooks loaded without a vocabulary or pack defaults"};
  }
  const std::string& override_file = inputs.override_file;
  try {
    KnownNames names(*inputs.vocabulary);
    Loader loader(names);
    for (const std::string& spec : specs) loader.LoadSpec(spec, "", "");
    loader.RejectDuplicates();
    loader.ApplyOverrides(loader.pack_overrides);
    if (!override_file.empty()) {
      std::string text = ReadSmallFile(override_file, "");
      Located root{ParseYaml(text, override_file),
                   std::make_shared<const std::string>(override_file)};
      root.RequireKeys("", "override file", {"overrides"});
      if (!root.Has("overrides")) root.Fail("", "override file needs an 'overrides' list");
      loader.ApplyOverrides(ParseOverrides(root["overrides"]));
    }
    auto impl = std::make_unique<Rulebooks::Impl>();
    impl->packs = std::move(loader.packs);
    impl->rules = std::move(loader.rules());
    impl->defaults = inputs.defaults;
    return std::make_shared<const Rulebooks>(std::move(impl));
  } catch (const RuleError& error) {
    return Error{ErrorKind::kInvalidRule, error.what()};
  } catch (const std::exception& error) {
    return Error{ErrorKind::kInvalidRule, std::string("while loading rulebooks: ") + error.what()};
  }
}

}  // namespace moacheck
