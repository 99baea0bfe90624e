#include "rules/engine/yaml_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "common/yaml_reader.h"

namespace moacheck::rules {
namespace {

std::string Prefix(const std::string& where, const std::string& rule_id) {
  return rule_id.empty() ? where + ": " : fmt::format("{}: rule '{}': ", where, rule_id);
}

}  // namespace

std::string Located::Where() const { return YamlPosition(*file, node.Mark()); }

void Located::Fail(const std::string& rule_id, const std::string& message) const {
  throw RuleError(Prefix(Where(), rule_id) + message);
}

Located Located::operator[](std::string_view key) const {
  if (!node.IsMap()) return {YAML::Node(YAML::NodeType::Undefined), file};
  for (const auto& entry : node) {
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return {entry.second, file};
  }
  return {YAML::Node(YAML::NodeType::Undefined), file};
}

bool Located::Has(std::string_view key) const { return (*this)[key].node.IsDefined(); }

std::vector<Located> Located::Items(const std::string& rule_id) const {
  std::vector<Located> items;
  if (node.IsSequence()) {
    for (const YAML::Node& child : node) items.push_back({child, file});
  } else if (node.IsScalar() || node.IsMap()) {
    items.push_back(*this);
  } else if (node.IsDefined() && !node.IsNull()) {
    Fail(rule_id, "expected a list");
  }
  return items;
}

std::string Located::String(const std::string& rule_id) const {
  if (!node.IsScalar()) Fail(rule_id, "expected a single value (text), not a list or a map");
  return node.Scalar();
}

bool Located::Bool(const std::string& rule_id) const {
  std::string text = String(rule_id);
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  Fail(rule_id, fmt::format("expected true or false, found '{}'", node.Scalar()));
}

double Located::Number(const std::string& rule_id) const {
  std::string text = String(rule_id);
  try {
    std::size_t used = 0;
    double value = std::stod(text, &used);
    if (used == text.size() && std::isfinite(value)) return value;
  } catch (const std::exception&) {
  }
  Fail(rule_id, fmt::format("expected a number, found '{}'", text));
}

std::vector<std::string> Located::Strings(const std::string& rule_id) const {
  std::vector<std::string> values;
  for (const Located& item : Items(rule_id)) values.push_back(item.String(rule_id));
  return values;
}

void Located::RequireKeys(const std::string& rule_id, std::string_view what,
                          const std::vector<std::string_view>& allowed) const {
  if (!node.IsMap()) Fail(rule_id, fmt::format("expected a map of keys for {}", what));
  for (const auto& entry : node) {
    Located key{entry.first, file};
    std::string name = key.String(rule_id);
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string expected;
    for (std::string_view option : allowed) {
      expected += (expected.empty() ? "" : ", ") + std::string(option);
    }
    key.Fail(rule_id,
             fmt::format("unknown key '{}' in {} (expected one of: {})", name, what, expected));
  }
}

YAML::Node ParseYaml(std::string_view text, const std::string& file) {
  Result<YAML::Node> root = ReadYaml(text, file);
  if (!root) throw RuleError(root.error().message);
  return *root;
}

}  // namespace moacheck::rules
