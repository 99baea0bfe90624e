// Reads rules/vocabulary/*.yaml (embedded, or from a directory) into a
// Vocabulary, strictly: an unknown key, a wrong type, a pattern that does
// not compile or a model, authority or provision without its wording is an
// Error naming file:line, so a legal editor's typo is caught at load time
// instead of silently matching nothing (or reaching a report unworded).
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include "common/embedded.h"
#include "common/yaml_reader.h"
#include "facts/numbers.h"
#include "facts/ocr_pattern.h"
#include "facts/vocabulary.h"
#include "moacheck/facts.h"

namespace moacheck {
namespace {

using facts::BooleanRule;
using facts::ChoiceRule;
using facts::QuantityRule;
using facts::Signal;

// section_kinds.yaml belongs to the outline stage and has its own schema
// (LoadSectionKinds reads it).
constexpr const char* kNotVocabulary = "section_kinds.yaml";

struct LoadError {
  Error error;
};

class FileReader {
 public:
  explicit FileReader(std::string name) : name_(std::move(name)) {}

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& what) const {
    throw LoadError{Error{ErrorKind::kInvalidRule,
                          name_ + ":" + std::to_string(node.Mark().line + 1) + ": " + what}};
  }

  // `more`: further allowed keys (a file's own, such as templates.yaml's).
  void CheckKeys(const YAML::Node& map, std::vector<std::string_view> allowed,
                 std::initializer_list<std::string_view> more = {}) const {
    allowed.insert(allowed.end(), more.begin(), more.end());
    if (!map.IsMap()) Fail(map, "expected a mapping");
    for (const auto& entry : map) {
      std::string key = entry.first.as<std::string>();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string list;
        for (std::string_view k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
        Fail(entry.first, "unknown key '" + key + "' (expected one of: " + list + ")");
      }
    }
  }

  std::string Text(const YAML::Node& node) const {
    if (!node.IsScalar()) Fail(node, "expected a string");
    return node.as<std::string>();
  }

  std::vector<std::string> Texts(const YAML::Node& node) const {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node.IsSequence()) Fail(node, "expected a list");
    for (const auto& item : node) out.push_back(Text(item));
    return out;
  }

  // Patterns become OCR-tolerant (unless `exact`), then {number} and
  // {unreadable} expand.
  Regex Compile(const YAML::Node& node, bool exact = false) const {
    return Compile(Text(node), node, exact);
  }

  // `source` as a pattern; `node` says where it came from.
  Regex Compile(const std::string& source, const YAML::Node& node, bool exact) const {
    std::string pattern = exact ? source : facts::OcrTolerantPattern(source);
    for (std::size_t at; (at = pattern.find("{number}")) != std::string::npos;)
      pattern.replace(at, 8, facts::NumberPattern());
    const std::string unreadable = "{unreadable}";
    for (std::size_t at; (at = pattern.find(unreadable)) != std::string::npos;)
      pattern.replace(at, unreadable.size(), facts::UnreadableWordPattern());
    RegexOptions options;
    options.caseless = !exact;
    std::string origin = name_ + ":" + std::to_string(node.Mark().line + 1);
    Result<Regex> regex = Regex::Compile(pattern, options, origin);
    if (!regex) Fail(node, "pattern does not compile: " + regex.error().message);
    return *regex;
  }

  std::vector<Regex> Patterns(const YAML::Node& node, bool exact = false) const {
    std::vector<Regex> out;
    if (!node) return out;
    if (!node.IsSequence()) Fail(node, "expected a list of patterns");
    for (const auto& item : node) out.push_back(Compile(item, exact));
    return out;
  }

  bool Bool(const YAML::Node& node) const {
    if (!node.IsScalar()) Fail(node, "expected true or false");
    std::string text = node.as<std::string>();
    if (text != "true" && text != "false") Fail(node, "expected true or false");
    return text == "true";
  }

  // `wording_keys`: the IdWording keys the entry may (and ReadWording says
  // must) have besides the signal's own.
  // `model`: the entry may also say what implies the model when no name is
  // printed (implied_by, excluded_by, purpose).
  Signal ReadSignal(const YAML::Node& node, const char* id_key = "id",
                    std::initializer_list<std::string_view> wording_keys = {},
                    bool model = false) const {
    std::vector<std::string_view> keys = {id_key, "patterns", "sections", "negatable"};
    keys.insert(keys.end(), wording_keys.begin(), wording_keys.end());
    if (model) keys.insert(keys.end(), {"implied_by", "excluded_by", "purpose"});
    CheckKeys(node, keys);
    Signal signal;
    if (!node[id_key]) Fail(node, std::string("missing '") + id_key + "'");
    signal.id = Text(node[id_key]);
    signal.origin = name_ + ":" + std::to_string(node.Mark().line + 1);
    signal.patterns = Patterns(node["patterns"]);
    signal.sections = Texts(node["sections"]);
    signal.implied_by = Texts(node["implied_by"]);
    signal.excluded_by = Texts(node["excluded_by"]);
    signal.purpose = Patterns(node["purpose"]);
    if (node["negatable"]) signal.negatable = Bool(node["negatable"]);
    if (signal.patterns.empty() && signal.implied_by.empty()) Fail(node, "no patterns");
    return signal;
  }

  int Year(const YAML::Node& node) const {
    std::string text = Text(node);
    if (text.size() != 4 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
      Fail(node, "expected a four-digit year");
    return std::stoi(text);
  }

  facts::TemplateRule ReadTemplate(const YAML::Node& node) const {
    CheckKeys(node, {"id", "model", "revised_from", "revised_to", "markers", "open_ended"});
    facts::TemplateRule rule;
    if (!node["id"] || !node["model"]) Fail(node, "a template needs 'id' and 'model'");
    rule.id = Text(node["id"]);
    rule.origin = name_ + ":" + std::to_string(node.Mark().line + 1);
    rule.model = Text(node["model"]);
    if (node["revised_from"]) rule.revised_from = Year(node["revised_from"]);
    if (node["revised_to"]) rule.revised_to = Year(node["revised_to"]);
    rule.markers = Patterns(node["markers"]);
    if (node["open_ended"]) rule.open_ended = Bool(node["open_ended"]);
    if (rule.markers.empty() && rule.revised_from == 0)
      Fail(node, "template '" + rule.id + "' has neither markers nor revised_from");
    return rule;
  }

  // Each of `keys` (label, plain, citation) is required and not empty: a
  // new id cannot reach the reports without its words.
  IdWording ReadWording(const YAML::Node& node, const std::string& id,
                        std::initializer_list<std::string_view> keys) const {
    IdWording wording{id, "", "", ""};
    for (std::string_view key : keys) {
      std::string name(key);
      if (!node[name]) Fail(node, "'" + id + "' has no '" + name + "' (the reports' words for it)");
      std::string text = Text(node[name]);
      if (text.empty()) Fail(node[name], "'" + name + "' of '" + id + "' is empty");
      (key == "label" ? wording.label : key == "plain" ? wording.plain : wording.citation) = text;
    }
    return wording;
  }

  void CheckFact(const YAML::Node& node, const std::string& fact) const {
    const auto& catalog = FactCatalog();
    if (std::none_of(catalog.begin(), catalog.end(),
                     [&](const FactSpec& spec) { return spec.name == fact; }))
      Fail(node, "unknown fact '" + fact + "' (see docs/facts.md)");
  }

  QuantityRule ReadQuantity(const YAML::Node& node) const {
    CheckKeys(node, {"fact", "units", "pick", "patterns", "zero_patterns", "clause_requires",
                     "match_excludes", "sections", "flags"});
    QuantityRule rule;
    rule.fact = Text(node["fact"]);
    CheckFact(node["fact"], rule.fact);
    rule.origin = name_ + ":" + std::to_string(node.Mark().line + 1);
    if (!node["units"] || !node["units"].IsMap()) Fail(node, "missing 'units' mapping");
    for (const auto& unit : node["units"]) {
      try {
        rule.units[unit.first.as<std::string>()] = unit.second.as<double>();
      } catch (const YAML::Exception&) {
        Fail(unit.second, "unit factor must be a number");
      }
    }
    if (node["pick"]) {
      std::string pick = Text(node["pick"]);
      if (pick != "max" && pick != "first") Fail(node["pick"], "pick must be max or first");
      rule.pick_max = pick == "max";
    }
    rule.patterns = Patterns(node["patterns"]);
    if (rule.patterns.empty()) Fail(node, "no patterns");
    for (const Regex& regex : rule.patterns)
      if (regex.NamedGroup("unit") < 0)
        Fail(node["patterns"], "each pattern needs a (?<unit>...) group");
    rule.zero_patterns = Patterns(node["zero_patterns"]);
    rule.clause_requires = Patterns(node["clause_requires"]);
    rule.match_excludes = Patterns(node["match_excludes"]);
    rule.sections = Texts(node["sections"]);
    if (node["flags"]) {
      for (const auto& flag : node["flags"]) {
        CheckKeys(flag, {"fact", "patterns"});
        QuantityRule::Flag read{Text(flag["fact"]), Patterns(flag["patterns"])};
        CheckFact(flag["fact"], read.fact);
        rule.flags.push_back(std::move(read));
      }
    }
    return rule;
  }

  void Read(const YAML::Node& root, Vocabulary& vocabulary) const {
    if (!root || root.IsNull()) return;
    CheckKeys(root,
              {"grant_cues", "deny_cues", "authority_sections", "authorities", "provisions",
               "models", "quantities", "booleans", "choices", "agency_patterns", "agency_shapes",
               "lea_block_cues", "ice_office_cues", "states", "agency_words", "counties",
               "appendix_pointers", "signature_ice_cues", "signature_lea_cues"},
              {"revision_patterns", "templates", "ice_office_city_cues", "ice_offices",
               "area_codes", "lea_state_cues", "agency_kinds", "signature_addendum_cues"});
    auto append = [](std::vector<Regex>& to, std::vector<Regex> from) {
      to.insert(to.end(), from.begin(), from.end());
    };
    append(vocabulary.grant_cues, Patterns(root["grant_cues"]));
    append(vocabulary.deny_cues, Patterns(root["deny_cues"]));
    for (std::string& kind : Texts(root["authority_sections"]))
      vocabulary.authority_sections.push_back(kind);
    auto signals = [&](const char* key, std::vector<Signal>& to, std::vector<IdWording>& words,
                       std::initializer_list<std::string_view> wording_keys) {
      if (!root[key]) return;
      for (const auto& item : root[key]) {
        to.push_back(ReadSignal(item, "id", wording_keys, std::string_view(key) == "models"));
        // A provision is a fact of the contract ("provisions.suspension"):
        // the vocabulary cannot invent one the reports and rulebooks lack.
        if (std::string_view(key) == "provisions")
          CheckFact(item["id"], "provisions." + to.back().id);
        words.push_back(ReadWording(item, to.back().id, wording_keys));
      }
    };
    signals("authorities", vocabulary.authorities, vocabulary.wording.authorities,
            {"plain", "citation"});
    signals("provisions", vocabulary.provisions, vocabulary.wording.provisions, {"plain"});
    signals("models", vocabulary.models, vocabulary.wording.models, {"label", "plain"});
    if (root["quantities"])
      for (const auto& item : root["quantities"])
        vocabulary.quantities.push_back(ReadQuantity(item));
    if (root["booleans"]) {
      for (const auto& item : root["booleans"]) {
        CheckKeys(item, {"fact", "patterns", "true_if", "sections"});
        BooleanRule rule{Text(item["fact"]), Patterns(item["patterns"]), "",
                         Texts(item["sections"])};
        CheckFact(item["fact"], rule.fact);
        if (item["true_if"]) rule.true_if = Text(item["true_if"]);
        vocabulary.booleans.push_back(std::move(rule));
      }
    }
    if (root["choices"]) {
      for (const auto& item : root["choices"]) {
        CheckKeys(item, {"fact", "options"});
        ChoiceRule rule{Text(item["fact"]), {}};
        CheckFact(item["fact"], rule.fact);
        for (const auto& option : item["options"])
          rule.options.push_back(ReadSignal(option, "value"));
        vocabulary.choices.push_back(std::move(rule));
      }
    }
    append(vocabulary.revision_patterns, Patterns(root["revision_patterns"]));
    for (const Regex& regex : vocabulary.revision_patterns)
      if (regex.NamedGroup("month") < 0 || regex.NamedGroup("day") < 0 ||
          regex.NamedGroup("year") < 0)
        Fail(root["revision_patterns"], "each pattern needs (?<month>), (?<day>) and (?<year>)");
    if (root["templates"])
      for (const auto& item : root["templates"]) vocabulary.templates.push_back(ReadTemplate(item));
    append(vocabulary.appendix_pointers, Patterns(root["appendix_pointers"]));
    for (const Regex& regex : vocabulary.appendix_pointers)
      if (regex.NamedGroup("label") < 0)
        Fail(root["appendix_pointers"], "each pattern needs (?<label>...)");
    append(vocabulary.agency_patterns, Patterns(root["agency_patterns"]));
    for (const Regex& regex : vocabulary.agency_patterns)
      if (regex.NamedGroup("agency") < 0)
        Fail(root["agency_patterns"], "each pattern needs (?<agency>...)");
    append(vocabulary.agency_shapes, Patterns(root["agency_shapes"], /*exact=*/true));
    append(vocabulary.lea_block_cues, Patterns(root["lea_block_cues"]));
    append(vocabulary.ice_office_cues, Patterns(root["ice_office_cues"]));
    append(vocabulary.ice_office_city_cues, Patterns(root["ice_office_city_cues"]));
    auto state_codes = [&](const YAML::Node& node) {
      std::vector<std::string> codes = Texts(node);
      for (const std::string& code : codes)
        if (code.size() != 2) Fail(node, "a USPS code has two letters");
      return codes;
    };
    if (root["ice_offices"]) {
      for (const auto& item : root["ice_offices"]) {
        CheckKeys(item, {"city", "state", "serves"});
        facts::IceOffice office{
            Text(item["city"]), {}, Text(item["state"]), state_codes(item["serves"])};
        // The city as a whole word, OCR-tolerant like every phrase, and not
        // a county named like it ("Dallas County").
        office.patterns.push_back(
            Compile("\\b(?:" + office.city + ")\\b(?! County| Parish)", item["city"], false));
        if (std::find(office.serves.begin(), office.serves.end(), office.state) ==
            office.serves.end())
          Fail(item["serves"], "an office serves its own state");
        vocabulary.ice_offices.push_back(std::move(office));
      }
    }
    if (root["area_codes"]) {
      if (!root["area_codes"].IsMap()) Fail(root["area_codes"], "expected a mapping");
      for (const auto& entry : root["area_codes"]) {
        std::string code = Text(entry.first);
        if (code.size() != 3 || !std::all_of(code.begin(), code.end(), ::isdigit))
          Fail(entry.first, "an area code has three digits");
        std::string state = Text(entry.second);
        if (state.size() != 2) Fail(entry.second, "a USPS code has two letters");
        vocabulary.area_codes[code] = state;
      }
    }
    if (root["lea_state_cues"]) {
      for (const auto& item : root["lea_state_cues"]) {
        CheckKeys(item, {"patterns", "states"});
        vocabulary.lea_state_cues.push_back(
            facts::StateCue{Patterns(item["patterns"]), state_codes(item["states"])});
      }
    }
    if (root["agency_kinds"]) {
      static const std::set<std::string> kKinds = {
          "sheriff",        "corrections", "municipal-police", "state-agency", "attorney-general",
          "national-guard", "other"};
      for (const auto& item : root["agency_kinds"]) {
        CheckKeys(item, {"kind", "patterns", "starts_with_state"});
        facts::AgencyKindRule rule{Text(item["kind"]), Patterns(item["patterns"]), false};
        if (!kKinds.contains(rule.kind))
          Fail(item["kind"], "unknown agency kind '" + rule.kind + "' (see docs/facts.md)");
        if (item["starts_with_state"]) rule.starts_with_state = Bool(item["starts_with_state"]);
        vocabulary.agency_kinds.push_back(std::move(rule));
      }
    }
    append(vocabulary.signature_ice_cues, Patterns(root["signature_ice_cues"]));
    append(vocabulary.signature_lea_cues, Patterns(root["signature_lea_cues"]));
    append(vocabulary.signature_addendum_cues, Patterns(root["signature_addendum_cues"]));
    if (root["states"]) {
      for (const auto& item : root["states"]) {
        CheckKeys(item, {"name", "code"});
        facts::UsState state{Text(item["name"]), Text(item["code"])};
        if (state.code.size() != 2) Fail(item["code"], "a USPS code has two letters");
        vocabulary.states.push_back(std::move(state));
      }
    }
    for (std::string& word : Texts(root["agency_words"])) vocabulary.agency_words.push_back(word);
    if (root["counties"]) {
      for (const auto& item : root["counties"]) {
        CheckKeys(item, {"name", "states"});
        std::vector<std::string> codes = Texts(item["states"]);
        for (const std::string& code : codes)
          if (code.size() != 2) Fail(item["states"], "a USPS code has two letters");
        auto& states = vocabulary.county_states[Text(item["name"])];
        states.insert(states.end(), codes.begin(), codes.end());
      }
    }
  }

 private:
  std::string name_;
};

Result<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::kIo, path.string() + ": cannot read vocabulary file"};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Ids one file names from another (a model's authorities, a template's
// model) must exist once every file is read.
std::optional<Error> CheckReferences(const Vocabulary& vocabulary) {
  auto known = [](const std::vector<Signal>& signals, const std::string& id) {
    return std::any_of(signals.begin(), signals.end(),
                       [&](const Signal& signal) { return signal.id == id; });
  };
  for (const Signal& model : vocabulary.models)
    for (const auto* ids : {&model.implied_by, &model.excluded_by})
      for (const std::string& id : *ids)
        if (!known(vocabulary.authorities, id))
          return Error{ErrorKind::kInvalidRule, model.origin + ": model '" + model.id +
                                                    "' names unknown authority '" + id + "'"};
  for (const facts::TemplateRule& rule : vocabulary.templates)
    if (!known(vocabulary.models, rule.model))
      return Error{ErrorKind::kInvalidRule, rule.origin + ": template '" + rule.id +
                                                "' names unknown model '" + rule.model + "'"};
  return std::nullopt;
}

}  // namespace

const IdWordings& Wording(const Vocabulary& vocabulary) { return vocabulary.wording; }

Result<std::shared_ptr<const Vocabulary>> LoadVocabulary(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;  // name, text
  if (dir.empty()) {
    for (const std::string& path : EmbeddedFiles("rules/vocabulary/")) {
      if (path.ends_with(kNotVocabulary) || !path.ends_with(".yaml")) continue;
      files.emplace_back(path, std::string(*EmbeddedFile(path)));
    }
  } else {
    std::error_code error;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
      if (entry.path().extension() == ".yaml" && entry.path().filename() != kNotVocabulary)
        paths.push_back(entry.path());
    if (error)
      return Error{ErrorKind::kIo, dir + ": cannot list vocabulary directory: " + error.message()};
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      Result<std::string> text = ReadWholeFile(path);
      if (!text) return text.error();
      files.emplace_back(path.string(), *text);
    }
  }
  if (files.empty())
    return Error{ErrorKind::kInvalidRule,
                 "no vocabulary files found" + (dir.empty() ? "" : " in " + dir)};
  auto vocabulary = std::make_shared<Vocabulary>();
  for (const auto& [name, text] : files) {
    FileReader reader(name);
    try {
      Result<YAML::Node> root = ReadYaml(text, name);
      if (!root) return root.error();
      reader.Read(*root, *vocabulary);
    } catch (const LoadError& failure) {
      return failure.error;
    } catch (const YAML::Exception& failure) {
      return Error{ErrorKind::kInvalidRule, YamlPosition(name, failure.mark) + ": " + failure.msg};
    }
  }
  if (std::optional<Error> error = CheckReferences(*vocabulary)) return *error;
  Result<std::shared_ptr<const SectionKindTable>> kinds = LoadSectionKinds(dir);
  if (!kinds) return kinds.error();
  vocabulary->section_kinds = *kinds;
  return std::shared_ptr<const Vocabulary>(std::move(vocabulary));
}

}  // namespace moacheck
