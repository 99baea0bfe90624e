#include "facts/numbers.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

namespace moacheck::facts {
namespace {

struct NumberWord {
  const char* word;
  int value;
};

constexpr NumberWord kUnits[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"a", 1},        {"an", 1},       {"single", 1}};
constexpr NumberWord kTens[] = {{"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
                                {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<int> WordValue(const std::string& word) {
  for (const NumberWord& entry : kUnits)
    if (word == entry.word) return entry.value;
  for (const NumberWord& entry : kTens)
    if (word == entry.word) return entry.value;
  if (word == "hundred") return 100;
  return std::nullopt;
}

}  // namespace

const std::string& NumberPattern() {
  static const std::string pattern = [] {
    std::string units, tens;
    for (const NumberWord& entry : kUnits)
      if (std::string(entry.word).size() > 2)
        units += std::string(units.empty() ? "" : "|") + entry.word;
    for (const NumberWord& entry : kTens) tens += std::string(tens.empty() ? "" : "|") + entry.word;
    // Longest alternatives first so "fourteen" is not read as "four".
    std::string words =
        "(?:(?:" + tens + ")(?:[- ]?(?:" + units + "))?|(?:" + units + ")(?: hundred)?)";
    return "(?:\\d{1,4}(?:\\.\\d+)?(?:\\s*\\(\\s*" + words + "\\s*\\))?|" + words +
           "(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?|\\ban?\\b)";
  }();
  return pattern;
}

const std::string& UnreadableWordPattern() {
  static const std::string pattern = R"((?:[^\s.;]{1,12}(?:\s+[^\w\s.;]{1,3}){0,3}))";
  return pattern;
}

std::optional<double> ParseNumber(std::string_view text) {
  // Digits win when present.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      std::size_t end = i;
      while (end < text.size() &&
             (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
        ++end;
      while (end > i && text[end - 1] == '.') --end;
      // strtod, not stod: a run of hundreds of digits is out of a double's
      // range, which stod would throw for.
      return std::strtod(std::string(text.substr(i, end - i)).c_str(), nullptr);
    }
  }
  std::string lower = Lower(text);
  int total = 0;
  bool any = false;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (std::optional<int> value = WordValue(word)) {
      total = *value == 100 ? (total == 0 ? 100 : total * 100) : total + *value;
      any = true;
    }
    word.clear();
  };
  for (char c : lower) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  if (!any) return std::nullopt;
  return total;
}

}  // namespace moacheck::facts
