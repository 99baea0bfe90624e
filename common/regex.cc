#include "common/regex.h"

namespace moacheck {
namespace {

// Bounds that stop catastrophic backtracking: ordinary MOA patterns need a
// few thousand steps per attempt.
constexpr uint32_t kMatchLimit = 2'000'000;
constexpr uint32_t kDepthLimit = 10'000;

std::string Pcre2Message(int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof buffer);
  return reinterpret_cast<const char*>(buffer);
}

// Per-thread scratch shared by all patterns: a JIT stack and a match context
// pointing at it, and match data large enough for any pattern's groups.
struct ThreadScratch {
  pcre2_jit_stack* jit_stack = nullptr;
  pcre2_match_context* context = nullptr;
  pcre2_match_data* data = nullptr;
  uint32_t data_pairs = 0;

  ThreadScratch() {
    jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr);
    context = pcre2_match_context_create(nullptr);
    pcre2_jit_stack_assign(context, nullptr, jit_stack);
    pcre2_set_match_limit(context, kMatchLimit);
    pcre2_set_depth_limit(context, kDepthLimit);
  }
  ~ThreadScratch() {
    pcre2_match_data_free(data);
    pcre2_match_context_free(context);
    pcre2_jit_stack_free(jit_stack);
  }
  pcre2_match_data* DataFor(uint32_t pairs) {
    if (pairs > data_pairs) {
      pcre2_match_data_free(data);
      data = pcre2_match_data_create(pairs, nullptr);
      data_pairs = pairs;
    }
    return data;
  }
};

ThreadScratch& Scratch() {
  thread_local ThreadScratch scratch;
  return scratch;
}

}  // namespace

struct Regex::Code {
  pcre2_code* code = nullptr;
  uint32_t capture_count = 0;
  bool jit = false;
  ~Code() { pcre2_code_free(code); }
};

std::string_view RegexMatch::group(std::string_view subject, std::size_t index) const {
  if (!has(index)) return {};
  return subject.substr(groups[index].first, groups[index].second - groups[index].first);
}

Result<Regex> Regex::Compile(std::string_view pattern, const RegexOptions& options,
                             std::string origin) {
  uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
  if (options.caseless) flags |= PCRE2_CASELESS;
  if (options.multiline) flags |= PCRE2_MULTILINE;
  if (options.dotall) flags |= PCRE2_DOTALL;
  if (options.extended) flags |= PCRE2_EXTENDED;
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   flags, &error_code, &error_offset, nullptr);
  if (code == nullptr) {
    return Error{ErrorKind::kInvalidRule,
                 (origin.empty() ? "" : origin + ": ") + "bad pattern at offset " +
                     std::to_string(error_offset) + ": " + Pcre2Message(error_code) + " in /" +
                     std::string(pattern) + "/"};
  }
  auto compiled = std::make_shared<Code>();
  compiled->code = code;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &compiled->capture_count);
  compiled->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  Regex regex;
  regex.code_ = std::move(compiled);
  regex.pattern_ = std::string(pattern);
  regex.origin_ = std::move(origin);
  return regex;
}

Result<bool> Regex::Search(std::string_view subject, std::size_t start, RegexMatch* match) const {
  ThreadScratch& scratch = Scratch();
  pcre2_match_data* data = scratch.DataFor(code_->capture_count + 1);
  int rc = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(),
                       start, 0, data, scratch.context);
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  if (rc < 0) {
    return Error{ErrorKind::kInvalidRule,
                 (origin_.empty() ? "" : origin_ + ": ") + "pattern stopped: " + Pcre2Message(rc)};
  }
  if (match != nullptr) {
    PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
    match->groups.assign(code_->capture_count + 1,
                         {std::string_view::npos, std::string_view::npos});
    for (uint32_t i = 0; i <= code_->capture_count && i < static_cast<uint32_t>(rc); ++i) {
      if (ovector[2 * i] == PCRE2_UNSET) continue;
      match->groups[i] = {ovector[2 * i], ovector[2 * i + 1]};
    }
  }
  return true;
}

std::vector<RegexMatch> Regex::FindAll(std::string_view subject) const {
  std::vector<RegexMatch> matches;
  std::size_t start = 0;
  RegexMatch match;
  while (start <= subject.size()) {
    Result<bool> found = Search(subject, start, &match);
    if (!found.ok() || !*found) break;
    matches.push_back(match);
    // An empty match must still move forward (by one whole UTF-8 code point).
    std::size_t next = match.end();
    if (next == match.begin()) {
      ++next;
      while (next < subject.size() && (static_cast<unsigned char>(subject[next]) & 0xC0) == 0x80) {
        ++next;
      }
    }
    start = next;
  }
  return matches;
}

int Regex::NamedGroup(std::string_view name) const {
  std::string owned(name);
  int number =
      pcre2_substring_number_from_name(code_->code, reinterpret_cast<PCRE2_SPTR>(owned.c_str()));
  return number < 0 ? -1 : number;
}

}  // namespace moacheck
