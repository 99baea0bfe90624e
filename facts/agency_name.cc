#include "facts/agency_name.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

namespace moacheck::facts {
namespace {

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)); }

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Letters OCR mistakes for one another; a one-letter difference between a
// word and an agency word must be one of these to count as a misreading.
bool OcrConfusable(char a, char b) {
  static const char* kGroups[] = {"vy", "il1|!t", "o0ecd", "s5", "b6h", "g9q",
                                  "z2", "nmhru",  "aeo",   "ft", "ri"};
  a = static_cast<char>(std::tolower(static_cast<unsigned char>(a)));
  b = static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
  for (const char* group : kGroups) {
    std::string_view letters(group);
    if (letters.find(a) != std::string_view::npos && letters.find(b) != std::string_view::npos)
      return true;
  }
  return false;
}

// The agency word `word` misreads, or "" when it is none of them (or is one
// already). Only words of five letters or more: shorter ones are too easily
// confused with real names.
std::string RepairWord(const std::string& word, const Vocabulary& vocabulary) {
  if (word.size() < 5) return "";
  std::string lower = Lower(word);
  for (const std::string& known : vocabulary.agency_words)
    if (Lower(known) == lower) return "";
  for (const std::string& known : vocabulary.agency_words) {
    if (known.size() != word.size()) continue;
    int differences = 0;
    bool confusable = true;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(word[i])) ==
          std::tolower(static_cast<unsigned char>(known[i])))
        continue;
      ++differences;
      confusable = confusable && OcrConfusable(word[i], known[i]);
    }
    if (differences == 1 && confusable) return known;
  }
  return "";
}

}  // namespace

std::string RepairAgencyName(const std::string& name, const Vocabulary& vocabulary) {
  std::vector<std::string> words;
  std::istringstream stream(name);
  for (std::string word; stream >> word;) {
    // "B ay": a lone capital followed by a lower-case word is one word split
    // by OCR ("A" before a capitalized word is an article, left alone).
    if (!words.empty() && words.back().size() == 1 && IsUpper(words.back()[0]) &&
        IsLower(word[0])) {
      words.back() += word;
      continue;
    }
    words.push_back(word);
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string& word = words[i];
    if (word == "&") {
      word = "and";
      continue;
    }
    // A leading USPS code stands for the state ("FL Fish & Wildlife").
    if (i == 0 && word.size() == 2 && IsUpper(word[0]) && IsUpper(word[1]) && words.size() > 1) {
      auto state = std::find_if(vocabulary.states.begin(), vocabulary.states.end(),
                                [&](const UsState& s) { return s.code == word; });
      if (state != vocabulary.states.end()) {
        word = state->name;
        continue;
      }
    }
    // Keep trailing punctuation ("Countv,") outside the comparison.
    std::size_t end = word.size();
    while (end > 0 && !std::isalpha(static_cast<unsigned char>(word[end - 1])) &&
           word[end - 1] != '\'')
      --end;
    std::string repaired = RepairWord(word.substr(0, end), vocabulary);
    // Title-case words only ("0ffice" is one: OCR read the capital as a digit).
    if (!repaired.empty() &&
        (IsUpper(word[0]) || std::isdigit(static_cast<unsigned char>(word[0]))))
      word = repaired + word.substr(end);
  }
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

bool PlausibleAgencyName(const std::string& name, const Vocabulary& vocabulary) {
  if (name.size() < 6 || name.size() > 120 || name.find('_') != std::string::npos) return false;
  if (std::any_of(vocabulary.ice_office_cues.begin(), vocabulary.ice_office_cues.end(),
                  [&](const Regex& regex) { return regex.Find(name); }))
    return false;
  int capitalized = 0;
  bool agency_word = false;
  std::istringstream stream(name);
  for (std::string word; stream >> word;) {
    if (IsUpper(word[0])) ++capitalized;
    while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.pop_back();
    std::string lower = Lower(word);
    for (const std::string& known : vocabulary.agency_words)
      if (Lower(known) == lower) agency_word = true;
  }
  return capitalized >= 2 && agency_word;
}

}  // namespace moacheck::facts
