#include "rules/engine/pattern.h"

#include <fmt/format.h>

#include <cctype>

#include "rules/engine/yaml_support.h"

namespace moacheck::rules {
namespace {

bool IsQuantifier(char c) { return c == '?' || c == '*' || c == '{' || c == '+'; }

// (?<name>...), (?'name'...) and (?P<name>...): the names a message may use.
std::vector<std::string> GroupNames(std::string_view pattern) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i + 3 < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
      continue;
    }
    if (pattern[i] != '(' || pattern[i + 1] != '?') continue;
    std::size_t start = i + 2;
    if (pattern[start] == 'P') ++start;
    if (start >= pattern.size() || (pattern[start] != '<' && pattern[start] != '\'')) continue;
    ++start;
    std::size_t end = start;
    while (end < pattern.size() &&
           (std::isalnum(static_cast<unsigned char>(pattern[end])) || pattern[end] == '_')) {
      ++end;
    }
    if (end > start && end < pattern.size() && (pattern[end] == '>' || pattern[end] == '\'')) {
      names.emplace_back(pattern.substr(start, end - start));
    }
  }
  return names;
}

// The longest certain run of one alternative (no top-level '|' inside).
std::string BranchLiteral(std::string_view pattern) {
  std::string best, run;
  auto close_run = [&] {
    while (!run.empty() && run.back() == ' ') run.pop_back();
    std::size_t first = run.find_first_not_of(' ');
    if (first != std::string::npos && run.size() - first > best.size()) best = run.substr(first);
    run.clear();
  };
  int depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {  // an escape (\b, \s, \., \d ...) never joins a run
      close_run();
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      close_run();
      in_class = true;
      continue;
    }
    if (c == '(') {
      close_run();
      ++depth;
      continue;
    }
    if (c == ')') {  // a group's contents never join a run, quantified or not
      --depth;
      continue;
    }
    if (depth > 0) continue;
    if (c == '{') {  // a counted repeat {2,3}: its digits are not text
      close_run();
      std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) i = close;
      continue;
    }
    bool plain = std::isalnum(static_cast<unsigned char>(c)) || c == ' ';
    if (!plain) {
      close_run();
      continue;
    }
    // A character made optional or repeatable by the next one is not certain.
    bool next_optional =
        i + 1 < pattern.size() && IsQuantifier(pattern[i + 1]) && pattern[i + 1] != '+';
    if (next_optional) {
      close_run();
      continue;
    }
    run += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  close_run();
  return best.size() >= 3 ? best : "";
}

}  // namespace

std::vector<std::string> RequiredLiterals(std::string_view pattern) {
  // Extended mode makes spaces in the pattern meaningless: prove nothing.
  if (pattern.find("(?x") != std::string_view::npos) return {};
  std::vector<std::string> literals;
  int depth = 0;
  bool in_class = false;
  std::size_t branch_start = 0;
  for (std::size_t i = 0; i <= pattern.size(); ++i) {
    bool split = i == pattern.size();
    if (!split) {
      char c = pattern[i];
      if (c == '\\') {
        ++i;
        continue;
      }
      if (in_class) {
        in_class = c != ']';
        continue;
      }
      if (c == '[') in_class = true;
      if (c == '(') ++depth;
      if (c == ')') --depth;
      split = c == '|' && depth == 0;
    }
    if (!split) continue;
    std::string literal = BranchLiteral(pattern.substr(branch_start, i - branch_start));
    if (literal.empty()) return {};
    literals.push_back(std::move(literal));
    branch_start = i + 1;
  }
  return literals;
}

Pattern CompilePattern(const std::string& pattern, const std::string& origin,
                       const std::string& rule_id) {
  if (pattern.empty()) {
    throw RuleError(fmt::format("{}: rule '{}': empty pattern", origin, rule_id));
  }
  RegexOptions options;  // caseless; lines of a scope are joined by spaces
  Result<Regex> compiled = Regex::Compile(pattern, options, origin + ": rule '" + rule_id + "'");
  if (!compiled) throw RuleError(compiled.error().message);
  // A case-sensitive pattern still contains the literal in some case, and the
  // prefilter compares lower-cased text, so it stays a necessary condition.
  return Pattern{std::move(compiled).value(), RequiredLiterals(pattern), GroupNames(pattern)};
}

}  // namespace moacheck::rules
