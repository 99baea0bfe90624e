#include "rules/engine/check_parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "moacheck/outline.h"
#include "rules/engine/known_ids.h"
#include "rules/engine/pattern.h"
#include "rules/engine/units.h"

namespace moacheck::rules {
namespace {

constexpr std::string_view kCheckKeys = "all, any, none, if, require, forbid, count or fact";

Scope ParseScope(const Located& node, const std::string& id, const KnownNames& names) {
  Scope scope;
  if (!node.node.IsDefined()) return scope;
  if (node.IsScalar()) {
    std::string name = node.String(id);
    if (name == "document") return scope;
    if (name == "appendix" || name == "appendices") {
      scope.kind = Scope::Kind::kAppendix;
    } else if (name == "signatures") {
      scope.kind = Scope::Kind::kSignatures;
    } else if (name == "preamble") {
      scope.kind = Scope::Kind::kPreamble;
    } else {
      node.Fail(id, fmt::format("unknown scope '{}' (use document, appendix, signatures, "
                                "preamble, or a map with section-kind, section-path, "
                                "section-title or appendix)",
                                name));
    }
    return scope;
  }
  node.RequireKeys(id, "scope 'in'", {"section-kind", "section-path", "section-title", "appendix"});
  if (node.node.size() != 1) node.Fail(id, "a scope names exactly one of its keys");
  if (node.Has("section-kind")) {
    scope.kind = Scope::Kind::kSectionKind;
    scope.value = node["section-kind"].String(id);
    if (!names.IsKnownId("section-kinds", scope.value)) {
      node["section-kind"].Fail(id, fmt::format("unknown section kind '{}' (expected one of: {})",
                                                scope.value, names.List("section-kinds")));
    }
  } else if (node.Has("section-path")) {
    scope.kind = Scope::Kind::kSectionPath;
    scope.value = node["section-path"].String(id);
  } else if (node.Has("section-title")) {
    scope.kind = Scope::Kind::kSectionTitle;
    scope.value = node["section-title"].String(id);
    scope.title_pattern = CompilePattern(scope.value, node["section-title"].Where(), id).regex;
  } else {
    scope.kind = Scope::Kind::kAppendix;
    scope.value = node["appendix"].String(id);
  }
  return scope;
}

std::vector<Pattern> ParsePatterns(const Located& node, const std::string& id) {
  std::vector<Pattern> patterns;
  for (const Located& item : node.Items(id)) {
    patterns.push_back(CompilePattern(item.String(id), item.Where(), id));
  }
  if (patterns.empty()) node.Fail(id, "needs at least one pattern");
  return patterns;
}

int ParseCount(const Located& node, const std::string& id) {
  double value = node.Number(id);
  if (value < 0 || value != static_cast<int>(value)) {
    node.Fail(id, "min and max are whole numbers, 0 or more");
  }
  return static_cast<int>(value);
}

std::vector<std::string> ParseIds(const Located& node, const std::string& id,
                                  const KnownNames& names, const std::string& fact) {
  std::vector<std::string> ids = node.Strings(id);
  for (const std::string& item : ids) {
    if (!names.IsKnownId(fact, item)) {
      node.Fail(id, fmt::format("unknown {} id '{}' (expected {})", fact, item, names.List(fact)));
    }
  }
  if (ids.empty()) node.Fail(id, "needs at least one id");
  return ids;
}

FactScalar ParseEquals(const Located& node, const std::string& id, const FactSpec& spec) {
  switch (spec.type) {
    case FactType::kBool:
      return node.Bool(id);
    case FactType::kNumber: {
      Result<double> value = ToFactUnit(node.String(id), spec.name, spec.unit);
      if (!value) node.Fail(id, value.error().message);
      return *value;
    }
    case FactType::kString:
      return node.String(id);
    default:
      node.Fail(id, fmt::format("'equals' does not apply to '{}', a list: use contains or "
                                "excludes",
                                spec.name));
  }
}

void ParseFactCheck(const Located& node, const std::string& id, const KnownNames& names,
                    Check* check) {
  static const std::vector<std::pair<std::string_view, Check::Compare>> kCompares = {
      {"at-most", Check::Compare::kAtMost},
      {"at-least", Check::Compare::kAtLeast},
      {"less-than", Check::Compare::kLessThan},
      {"more-than", Check::Compare::kMoreThan}};
  node.RequireKeys(id, "fact check",
                   {"fact", "present", "absent", "equals", "at-most", "at-least", "less-than",
                    "more-than", "contains", "excludes"});
  check->fact = node["fact"].String(id);
  const FactSpec* spec = FindFact(check->fact);
  if (spec == nullptr) {
    node["fact"].Fail(id, fmt::format("unknown fact '{}' (docs/facts.md lists them)", check->fact));
  }
  check->fact_type = spec->type;
  check->fact_unit = spec->unit;
  if (node.node.size() != 2) {
    node.Fail(id,
              "a fact check has 'fact' and exactly one test: present, absent, equals, "
              "at-most, at-least, less-than, more-than, contains or excludes");
  }
  if (node.Has("present") || node.Has("absent")) {
    bool present = node.Has("present");
    Located flag = node[present ? "present" : "absent"];
    if (!flag.Bool(id)) flag.Fail(id, "write 'present: true' or 'absent: true'");
    check->kind = present ? Check::Kind::kFactPresent : Check::Kind::kFactAbsent;
    return;
  }
  if (node.Has("equals")) {
    check->kind = Check::Kind::kFactEquals;
    check->equals = ParseEquals(node["equals"], id, *spec);
    return;
  }
  if (node.Has("contains") || node.Has("excludes")) {
    bool contains = node.Has("contains");
    Located list = node[contains ? "contains" : "excludes"];
    if (spec->type != FactType::kIdSet) {
      list.Fail(id, fmt::format("contains/excludes apply to the list facts models and "
                                "authorities, not '{}'",
                                check->fact));
    }
    check->kind = contains ? Check::Kind::kFactContains : Check::Kind::kFactExcludes;
    check->ids = ParseIds(list, id, names, check->fact);
    return;
  }
  for (const auto& [key, compare] : kCompares) {
    if (!node.Has(key)) continue;
    Located limit = node[key];
    if (spec->type != FactType::kNumber) {
      limit.Fail(id,
                 fmt::format("'{}' compares numbers; fact '{}' is not a number", key, check->fact));
    }
    Result<double> value = ToFactUnit(limit.String(id), spec->name, spec->unit);
    if (!value) limit.Fail(id, value.error().message);
    check->kind = Check::Kind::kFactCompare;
    check->compare = compare;
    check->quantity = {*value, limit.String(id)};
    return;
  }
}

}  // namespace

Check ParseCheck(const Located& node, const std::string& id, const KnownNames& names) {
  if (!node.IsMap() || node.node.size() == 0) {
    node.Fail(id, fmt::format("a check is a map starting with one of: {}", kCheckKeys));
  }
  Check check;
  check.origin = node.Where();
  if (node.Has("fact")) {
    ParseFactCheck(node, id, names, &check);
    return check;
  }
  for (std::string_view key : {"all", "any", "none"}) {
    if (!node.Has(key)) continue;
    node.RequireKeys(id, fmt::format("'{}' check", key), {key});
    check.kind = key == "all"   ? Check::Kind::kAll
                 : key == "any" ? Check::Kind::kAny
                                : Check::Kind::kNone;
    Located list = node[key];
    if (!list.IsSequence() || list.node.size() == 0) {
      list.Fail(id, fmt::format("'{}' takes a list of checks", key));
    }
    for (const Located& child : list.Items(id))
      check.children.push_back(ParseCheck(child, id, names));
    return check;
  }
  if (node.Has("if")) {
    node.RequireKeys(id, "'if' check", {"if", "then"});
    if (!node.Has("then")) node.Fail(id, "'if' needs a 'then' check");
    check.kind = Check::Kind::kIf;
    check.children.push_back(ParseCheck(node["if"], id, names));
    check.children.push_back(ParseCheck(node["then"], id, names));
    return check;
  }
  if (node.Has("require") || node.Has("forbid")) {
    bool require = node.Has("require");
    node.RequireKeys(id, require ? "'require' check" : "'forbid' check",
                     {require ? "require" : "forbid", "in"});
    check.kind = require ? Check::Kind::kRequire : Check::Kind::kForbid;
    check.patterns = ParsePatterns(node[require ? "require" : "forbid"], id);
    check.scope = ParseScope(node["in"], id, names);
    return check;
  }
  if (node.Has("count")) {
    node.RequireKeys(id, "'count' check", {"count", "in", "min", "max"});
    check.kind = Check::Kind::kCount;
    Located pattern = node["count"];
    check.patterns.push_back(CompilePattern(pattern.String(id), pattern.Where(), id));
    check.scope = ParseScope(node["in"], id, names);
    if (node.Has("min")) check.min_count = ParseCount(node["min"], id);
    if (node.Has("max")) check.max_count = ParseCount(node["max"], id);
    if (!check.min_count && !check.max_count) node.Fail(id, "'count' needs 'min', 'max' or both");
    if (check.min_count && check.max_count && *check.min_count > *check.max_count) {
      node.Fail(id, "'count' has min greater than max");
    }
    return check;
  }
  std::string first = node.node.begin()->first.Scalar();
  node.Fail(id,
            fmt::format("unknown check '{}' (a check starts with one of: {})", first, kCheckKeys));
}

}  // namespace moacheck::rules
