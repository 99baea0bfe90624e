#include "rules/engine/message.h"

#include <string_view>

namespace moacheck::rules {
namespace {

// Braces in the rule's own words are text, not placeholders.
std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '{' || c == '}') out += c;
  }
  return out;
}

std::string DefaultMessage(const Rule& rule, const CheckOutcome& result) {
  const std::string requirement = Escape(rule.requirement);
  if (rule.informational && result.outcome != Outcome::kNotApplicable) {
    return result.value.empty() ? "Noted: " + requirement
                                : "Noted: " + requirement + " (found: {value})";
  }
  switch (result.outcome) {
    case Outcome::kPass:
      return "Meets the requirement: " + requirement;
    case Outcome::kFail:
      return result.value.empty()
                 ? "Does not meet the requirement: " + requirement
                 : "Does not meet the requirement: " + requirement + " (found: {value})";
    case Outcome::kMissing:
      return "Not found: " + requirement + " (expected in {expected})";
    case Outcome::kNotApplicable:
      return "Does not apply: " + Escape(result.reason);
    case Outcome::kUnknown:
      return "Not known: " + requirement;
    case Outcome::kInfo:
      return "Noted: " + requirement;
  }
  return "";
}

std::string Placeholder(const std::string& name, const CheckOutcome& result, const Facts& facts) {
  if (name == "value") return result.value;
  if (name == "count") return result.count < 0 ? "0" : std::to_string(result.count);
  if (name == "section") return result.evidence.empty() ? "" : result.evidence[0].section;
  if (name == "expected") return result.expected;
  if (name.rfind("fact.", 0) == 0) {
    std::string text = FactText(facts, name.substr(5));
    return text.empty() ? "not stated" : text;
  }
  auto group = result.groups.find(name);
  return group == result.groups.end() ? "" : group->second;
}

// A placeholder with nothing to show leaves no empty quotes or brackets
// behind: "a hold ("") without a limit" reads "a hold without a limit".
void DropEmptyWrappers(std::string* text) {
  for (std::string_view empty : {" (\"\")", "(\"\")", " \"\"", " ()", "()"}) {
    for (std::size_t at = text->find(empty); at != std::string::npos; at = text->find(empty)) {
      text->erase(at, empty.size());
    }
  }
}

}  // namespace

std::string RenderMessage(const Rule& rule, const CheckOutcome& result, const Facts& facts) {
  auto written = rule.messages.find(result.outcome);
  if (written == rule.messages.end() && rule.informational)
    written = rule.messages.find(Outcome::kInfo);
  std::string text =
      written != rule.messages.end() ? written->second : DefaultMessage(rule, result);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      out += '{';
      ++i;
    } else if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      out += '}';
      ++i;
    } else if (text[i] == '{') {
      std::size_t close = text.find('}', i);
      if (close == std::string::npos) {
        out += text.substr(i);
        break;
      }
      out += Placeholder(text.substr(i + 1, close - i - 1), result, facts);
      i = close;
    } else {
      out += text[i];
    }
  }
  DropEmptyWrappers(&out);
  return out;
}

}  // namespace moacheck::rules
