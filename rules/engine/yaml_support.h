// Reading rulebook YAML defensively: size, nesting and alias-expansion
// guards, every yaml-cpp exception turned into a RuleError naming
// file:line:column, and strict key checking so a misspelt key is an error
// rather than a silently ignored line.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace moacheck::rules {

// Thrown inside the rules engine only; LoadRulebooks turns it into an Error.
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A YAML node together with the file it came from, so every error can say
// where it is.
struct Located {
  YAML::Node node;
  std::shared_ptr<const std::string> file;

  std::string Where() const;  // "file:line:column" (1-based)
  [[noreturn]] void Fail(const std::string& rule_id, const std::string& message) const;

  bool IsMap() const { return node.IsMap(); }
  bool IsSequence() const { return node.IsSequence(); }
  bool IsScalar() const { return node.IsScalar(); }
  Located operator[](std::string_view key) const;  // undefined node when absent
  bool Has(std::string_view key) const;
  std::vector<Located> Items(
      const std::string& rule_id) const;  // a sequence; one scalar is a list of one

  std::string String(const std::string& rule_id) const;  // a scalar, else RuleError
  bool Bool(const std::string& rule_id) const;
  double Number(const std::string& rule_id) const;
  std::vector<std::string> Strings(const std::string& rule_id) const;

  // Every key must be in `allowed`; `what` names the map ("rule", "source").
  void RequireKeys(const std::string& rule_id, std::string_view what,
                   const std::vector<std::string_view>& allowed) const;
};

// ReadYaml (common/yaml_reader.h), its Error thrown as a RuleError.
YAML::Node ParseYaml(std::string_view text, const std::string& file);

}  // namespace moacheck::rules
