#include "common/yaml_reader.h"

#include <fmt/format.h>

#include <optional>

namespace moacheck {
namespace {

constexpr std::size_t kMaxYamlBytes = 4u << 20;
constexpr int kMaxDepth = 40;
constexpr long kMaxNodes = 200'000;

Error Invalid(std::string message) { return Error{ErrorKind::kInvalidRule, std::move(message)}; }

// Walks the tree as a consumer would see it (aliases expanded), so an alias
// bomb is caught here instead of in the consumer's own walk.
std::optional<Error> CheckShape(const YAML::Node& node, int depth, long* budget,
                                const std::string& file) {
  if (--*budget < 0) {
    return Invalid(
        fmt::format("{}: more than {} YAML nodes once aliases are expanded "
                    "(is an alias referring to itself many times?)",
                    YamlPosition(file, node.Mark()), kMaxNodes));
  }
  if (depth > kMaxDepth) {
    return Invalid(fmt::format("{}: YAML nested more than {} levels deep",
                               YamlPosition(file, node.Mark()), kMaxDepth));
  }
  if (node.IsSequence()) {
    for (const YAML::Node& child : node) {
      if (auto failed = CheckShape(child, depth + 1, budget, file)) return failed;
    }
  } else if (node.IsMap()) {
    for (const auto& entry : node) {
      if (auto failed = CheckShape(entry.first, depth + 1, budget, file)) return failed;
      if (auto failed = CheckShape(entry.second, depth + 1, budget, file)) return failed;
    }
  }
  return std::nullopt;
}

// yaml-cpp recurses once per level of flow nesting ("[[[[..."), so a
// hostile file could exhaust the stack before CheckShape sees the tree.
std::optional<Error> CheckFlowNesting(std::string_view text, const std::string& file) {
  int depth = 0;
  char quote = 0;
  int line = 1;
  for (char c : text) {
    if (c == '\n') ++line;
    if (quote != 0) {
      if (c == quote || c == '\n') quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && depth > 0) --depth;
    if (depth > kMaxDepth) {
      return Invalid(
          fmt::format("{}:{}: YAML nested more than {} levels deep", file, line, kMaxDepth));
    }
  }
  return std::nullopt;
}

}  // namespace

std::string YamlPosition(const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) return file;
  return fmt::format("{}:{}:{}", file, mark.line + 1, mark.column + 1);
}

Result<YAML::Node> ReadYaml(std::string_view text, const std::string& file) {
  if (text.size() > kMaxYamlBytes) {
    return Invalid(fmt::format("{}: YAML file is {} bytes, more than the {} allowed", file,
                               text.size(), kMaxYamlBytes));
  }
  if (auto failed = CheckFlowNesting(text, file)) return *failed;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    return Invalid(
        fmt::format("{}: YAML syntax error: {}", YamlPosition(file, error.mark), error.msg));
  }
  long budget = kMaxNodes;
  if (auto failed = CheckShape(root, 0, &budget, file)) return *failed;
  return root;
}

}  // namespace moacheck
