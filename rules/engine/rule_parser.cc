#include "rules/engine/rule_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "rules/engine/check_parser.h"
#include "rules/engine/known_ids.h"

namespace moacheck::rules {
namespace {

Severity ParseSeverity(const Located& node, const std::string& id) {
  std::string text = node.String(id);
  if (text == "error") return Severity::kError;
  if (text == "warning") return Severity::kWarning;
  if (text == "info") return Severity::kInfo;
  node.Fail(id, fmt::format("severity must be error, warning or info, not '{}'", text));
}

Outcome ParseOutcome(const Located& node, const std::string& id) {
  std::string text = node.String(id);
  for (Outcome outcome : {Outcome::kPass, Outcome::kFail, Outcome::kMissing,
                          Outcome::kNotApplicable, Outcome::kInfo}) {
    if (text == OutcomeName(outcome)) return outcome;
  }
  node.Fail(id, fmt::format("outcome must be pass, fail, missing, not-applicable or info, not '{}'",
                            text));
}

std::vector<RuleSource> ParseSources(const Located& rule, const std::string& id) {
  Located list = rule["source"];
  if (!list.node.IsDefined() || list.node.IsNull()) {
    rule.Fail(id,
              "missing 'source': every rule must cite at least one statute, regulation, "
              "form, case, audit, policy or template with a pin cite");
  }
  static const std::vector<std::string> kKinds = {"statute", "regulation", "form",    "case",
                                                  "audit",   "policy",     "template"};
  std::vector<RuleSource> sources;
  for (const Located& item : list.Items(id)) {
    item.RequireKeys(id, "source", {"kind", "cite", "primary", "url"});
    if (!item.Has("kind")) item.Fail(id, "source needs a 'kind'");
    if (!item.Has("cite")) item.Fail(id, "source needs a 'cite' (the pin cite)");
    RuleSource source;
    source.kind = item["kind"].String(id);
    if (std::find(kKinds.begin(), kKinds.end(), source.kind) == kKinds.end()) {
      item["kind"].Fail(id, fmt::format("source kind must be one of statute, regulation, form, "
                                        "case, audit, policy, template, not '{}'",
                                        source.kind));
    }
    source.citation = item["cite"].String(id);
    if (source.citation.empty()) item["cite"].Fail(id, "empty 'cite'");
    if (item.Has("primary")) source.primary = item["primary"].Bool(id);
    if (item.Has("url")) source.url = item["url"].String(id);
    sources.push_back(std::move(source));
  }
  if (sources.empty()) rule.Fail(id, "'source' is empty: cite at least one source");
  return sources;
}

AppliesTo ParseAppliesTo(const Located& node, const std::string& id, const KnownNames& names) {
  node.RequireKeys(id, "applies-to", {"models", "states", "eras", "agency-kinds"});
  AppliesTo applies;
  applies.models = node["models"].Strings(id);
  for (const std::string& model : applies.models) {
    if (!names.IsKnownId("models", model)) {
      node["models"].Fail(
          id, fmt::format("unknown model '{}' (expected {})", model, names.List("models")));
    }
  }
  applies.states = node["states"].Strings(id);
  for (const std::string& state : applies.states) {
    bool code = state.size() == 2 && std::isupper(static_cast<unsigned char>(state[0])) &&
                std::isupper(static_cast<unsigned char>(state[1]));
    if (!code) {
      node["states"].Fail(id, fmt::format("state '{}' must be a two-letter code like CA", state));
    }
  }
  applies.eras = node["eras"].Strings(id);
  applies.agency_kinds = node["agency-kinds"].Strings(id);
  for (const std::string& kind : applies.agency_kinds) {
    if (!names.IsKnownId("agency-kinds", kind)) {
      node["agency-kinds"].Fail(id, fmt::format("unknown agency kind '{}' (expected {})", kind,
                                                names.List("agency-kinds")));
    }
  }
  return applies;
}

// "{fact.detainer.max_hold_hours}", "{value}", a named group...: anything
// else would print literally in every report, so it is an error here.
void ValidatePlaceholders(const Located& node, const std::string& text, const std::string& id,
                          const std::set<std::string>& groups) {
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    if (open + 1 < text.size() && text[open + 1] == '{') {
      ++open;
      continue;
    }
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) node.Fail(id, "message has '{' without a closing '}'");
    std::string name = text.substr(open + 1, close - open - 1);
    bool known = name == "value" || name == "count" || name == "section" || name == "expected" ||
                 groups.count(name) > 0 ||
                 (name.rfind("fact.", 0) == 0 && FindFact(name.substr(5)) != nullptr);
    if (!known) {
      node.Fail(id, fmt::format("unknown placeholder '{{{}}}' in message (use {{value}}, "
                                "{{count}}, {{section}}, {{expected}}, {{fact.NAME}} or a named "
                                "group of one of the rule's patterns)",
                                name));
    }
  }
}

void CollectGroups(const Check& check, std::set<std::string>* groups) {
  for (const Pattern& pattern : check.patterns) {
    groups->insert(pattern.group_names.begin(), pattern.group_names.end());
  }
  for (const Check& child : check.children) CollectGroups(child, groups);
}

void ParseMessages(const Located& node, Rule* rule) {
  std::set<std::string> groups;
  CollectGroups(rule->check, &groups);
  if (node.IsScalar()) {
    ValidatePlaceholders(node, node.String(rule->id), rule->id, groups);
    rule->messages[Outcome::kFail] = node.String(rule->id);
    rule->messages[Outcome::kMissing] = node.String(rule->id);
    return;
  }
  node.RequireKeys(rule->id, "message", {"pass", "fail", "missing", "not-applicable", "info"});
  for (const auto& entry : node.node) {
    Located key{entry.first, node.file}, value{entry.second, node.file};
    Outcome outcome = ParseOutcome(key, rule->id);
    ValidatePlaceholders(value, value.String(rule->id), rule->id, groups);
    rule->messages[outcome] = value.String(rule->id);
  }
}

std::vector<RuleExample> ParseExamples(const Located& list, const std::string& id, bool embedded) {
  std::vector<RuleExample> examples;
  for (const Located& item : list.Items(id)) {
    item.RequireKeys(id, "test", {"expect", "text", "file", "facts"});
    RuleExample example;
    example.origin = item.Where();
    example.rulebook_file = *item.file;
    if (!item.Has("expect"))
      item.Fail(id, "test needs 'expect' (pass, fail, missing or not-applicable)");
    example.expect = ParseOutcome(item["expect"], id);
    if (item.Has("text") == item.Has("file"))
      item.Fail(id, "test needs exactly one of 'text' or 'file'");
    if (item.Has("text")) example.text = item["text"].String(id);
    if (item.Has("file")) {
      if (embedded) item["file"].Fail(id, "a pack built into moacheck cannot use 'file:' tests");
      example.file = item["file"].String(id);
    }
    Located facts = item["facts"];
    if (facts.node.IsDefined()) {
      if (!facts.IsMap()) facts.Fail(id, "'facts' must map fact names to values");
      for (const auto& entry : facts.node) {
        Located key{entry.first, facts.file};
        std::string name = key.String(id);
        const FactSpec* spec = FindFact(name);
        if (spec == nullptr) key.Fail(id, fmt::format("unknown fact '{}'", name));
        if (spec->type == FactType::kIdSet || spec->type == FactType::kSignatures) {
          key.Fail(id, fmt::format("test facts may set scalar facts only, not '{}'", name));
        }
        example.facts[name] = Located{entry.second, facts.file}.String(id);
      }
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

bool ValidId(const std::string& id) {
  if (id.empty() || !std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.';
  });
}

Rule ParseRule(const Located& node, const std::string& pack, bool embedded,
               const KnownNames& names) {
  if (!node.IsMap()) node.Fail("", "each rule must be a map of keys (id, title, ...)");
  std::string id;
  if (!node.Has("id")) node.Fail("", "rule without 'id'");
  id = node["id"].String("");
  if (!ValidId(id)) {
    node["id"].Fail(id, "ids use lower-case letters, digits, '-' and '.' only (e.g. det-48h-cap)");
  }
  node.RequireKeys(
      id, "rule",
      {"id", "title", "severity", "applies-to", "source", "rationale", "remediation", "requirement",
       "message", "expected-section", "check", "tests", "informational"});
  for (std::string_view key : {"title", "severity", "requirement", "check"}) {
    if (!node.Has(key)) node.Fail(id, fmt::format("missing '{}'", key));
  }
  Rule rule;
  rule.id = id;
  rule.pack = pack;
  rule.origin = node.Where();
  rule.title = node["title"].String(id);
  rule.severity = ParseSeverity(node["severity"], id);
  rule.sources = ParseSources(node, id);
  if (node.Has("applies-to")) rule.applies_to = ParseAppliesTo(node["applies-to"], id, names);
  if (node.Has("rationale")) rule.rationale = node["rationale"].String(id);
  if (node.Has("remediation")) rule.remediation = node["remediation"].String(id);
  rule.requirement = node["requirement"].String(id);
  if (node.Has("expected-section")) rule.expected_section = node["expected-section"].String(id);
  if (node.Has("informational")) rule.informational = node["informational"].Bool(id);
  rule.check = ParseCheck(node["check"], id, names);
  if (node.Has("message")) ParseMessages(node["message"], &rule);
  if (node.Has("tests")) rule.examples = ParseExamples(node["tests"], id, embedded);
  return rule;
}

}  // namespace

std::vector<RuleOverride> ParseOverrides(const Located& list) {
  std::vector<RuleOverride> overrides;
  for (const Located& item : list.Items("")) {
    item.RequireKeys("", "override", {"rule", "severity", "disable"});
    if (!item.Has("rule")) item.Fail("", "override needs 'rule' (the id it changes)");
    RuleOverride change;
    change.rule = item["rule"].String("");
    change.origin = item.Where();
    if (item.Has("severity")) change.severity = ParseSeverity(item["severity"], change.rule);
    if (item.Has("disable")) change.disable = item["disable"].Bool(change.rule);
    if (!change.severity && !change.disable) {
      item.Fail(change.rule, "override changes nothing: give 'severity' or 'disable: true'");
    }
    overrides.push_back(std::move(change));
  }
  return overrides;
}

ParsedRulebook ParseRulebook(const YAML::Node& root, const std::string& file, bool embedded,
                             const KnownNames& names) {
  Located top{root, std::make_shared<const std::string>(file)};
  if (!top.IsMap()) top.Fail("", "a rulebook is a map with name, version, description, rules");
  top.RequireKeys("", "rulebook",
                  {"name", "version", "description", "include", "extends", "overrides", "rules"});
  ParsedRulebook book;
  book.file = file;
  if (!top.Has("name")) top.Fail("", "rulebook needs a 'name'");
  book.name = top["name"].String("");
  if (!ValidId(book.name))
    top["name"].Fail("", "pack names use lower-case letters, digits and '-'");
  if (!top.Has("version")) top.Fail("", "rulebook needs a 'version'");
  book.version = top["version"].String("");
  if (top.Has("description")) book.description = top["description"].String("");
  if (top.Has("include")) book.includes = top["include"].Items("");
  if (top.Has("extends")) book.extends = top["extends"];
  if (top.Has("overrides")) book.overrides = ParseOverrides(top["overrides"]);
  if (top.Has("rules")) {
    for (const Located& rule : top["rules"].Items("")) {
      book.rules.push_back(ParseRule(rule, book.name, embedded, names));
    }
  }
  if (book.rules.empty() && book.includes.empty() && !book.extends) {
    top.Fail("", "rulebook has no rules, include or extends");
  }
  return book;
}

}  // namespace moacheck::rules
