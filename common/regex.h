// The one way this project uses PCRE2: compile once (UTF, UCP, JIT), match
// many times from any thread. Match data and the JIT stack are per thread.
// Runaway patterns stop at the match and depth limits and report an error
// instead of hanging.
// Thread-safety: a compiled Regex is immutable and may be shared.
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "moacheck/status.h"

namespace moacheck {

struct RegexMatch {
  // groups[0] is the whole match; a group that did not take part is {npos, npos}.
  std::vector<std::pair<std::size_t, std::size_t>> groups;
  std::size_t begin() const { return groups[0].first; }
  std::size_t end() const { return groups[0].second; }
  bool has(std::size_t group) const {
    return group < groups.size() && groups[group].first != std::string_view::npos;
  }
  std::string_view group(std::string_view subject, std::size_t index) const;
};

struct RegexOptions {
  bool caseless = true;
  bool multiline = false;  // ^ and $ at line breaks
  bool dotall = false;
  bool extended = false;  // whitespace and #comments in the pattern ignored
};

class Regex {
 public:
  // `origin` names where the pattern came from ("rules/vocabulary/authorities.yaml:12")
  // so compile and match errors can say so.
  static Result<Regex> Compile(std::string_view pattern, const RegexOptions& options = {},
                               std::string origin = "");

  // Searches `subject` from byte `start`: whether it matched, or an Error
  // (naming the pattern's origin) when the match or depth limit stopped a
  // runaway pattern.
  Result<bool> Search(std::string_view subject, std::size_t start, RegexMatch* match) const;
  // A stopped search counts as no match.
  bool Find(std::string_view subject, RegexMatch* match = nullptr) const {
    Result<bool> found = Search(subject, 0, match);
    return found.ok() && *found;
  }
  // Every non-overlapping match from the start of `subject`.
  std::vector<RegexMatch> FindAll(std::string_view subject) const;

  int NamedGroup(std::string_view name) const;  // -1 when absent
  const std::string& pattern() const { return pattern_; }
  const std::string& origin() const { return origin_; }

 private:
  struct Code;
  std::shared_ptr<const Code> code_;
  std::string pattern_;
  std::string origin_;
};

}  // namespace moacheck
