#include "facts/agency_name.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

#include "common/ocr_confusions.h"

namespace moacheck::facts {
namespace {

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)); }

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Letters OCR mistakes for one another (the table's word-repair
// confusions, either way round); a one-letter difference between a word and
// an agency word must be one of these to count as a misreading.
bool OcrConfusable(char a, char b) {
  auto reads = [](char printed, char read) {
    std::vector<std::string_view> readings =
        OcrReadings(std::string_view(&printed, 1), OcrUse::kWordRepair);
    return std::find(readings.begin(), readings.end(), std::string_view(&read, 1)) !=
           readings.end();
  };
  a = static_cast<char>(std::tolower(static_cast<unsigned char>(a)));
  b = static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
  return reads(a, b) || reads(b, a);
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

bool IsAgencyWord(std::string word, const Vocabulary& vocabulary) {
  while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.pop_back();
  std::string lower = Lower(word);
  return std::any_of(vocabulary.agency_words.begin(), vocabulary.agency_words.end(),
                     [&](const std::string& known) { return Lower(known) == lower; });
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::string Join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// How many words at `at` spell a state (its name, or its USPS code in
// capitals), trailing commas and periods aside; 0 when none does.
std::size_t StateWordsAt(const std::vector<std::string>& words, std::size_t at,
                         const Vocabulary& vocabulary) {
  auto bare = [](std::string word) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
    return word;
  };
  for (const UsState& state : vocabulary.states) {
    if (bare(words[at]) == state.code) return 1;
    std::vector<std::string> name = Words(state.name);
    if (at + name.size() > words.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) {
      std::string word = bare(words[at + i]);
      same = !word.empty() && IsUpper(word[0]) && Lower(word) == Lower(name[i]);
    }
    if (same) return name.size();
  }
  return 0;
}

}  // namespace

std::string CleanAgencyName(const std::string& name, const Vocabulary& vocabulary) {
  // Blanks and what stands before them ("the____, Boca Raton ...").
  std::string text = name;
  std::size_t blank = text.rfind('_');
  if (blank != std::string::npos) text = text.substr(blank + 1);
  std::vector<std::string> words = Words(text);
  // Marks and lower-case pieces before the name ("t_h e Kershaw ...": the
  // blank took the article apart); a name begins with a capital.
  while (words.size() > 1 && !IsUpper(words.front()[0]) &&
         !(words.front().size() > 3 && Lower(words.front().substr(0, 3)) == "the" &&
           IsUpper(words.front()[3])))
    words.erase(words.begin());
  // "theTroy": OCR lost the space after the article.
  if (!words.empty() && words.front().size() > 3 && Lower(words.front().substr(0, 3)) == "the" &&
      IsUpper(words.front()[3]))
    words.front() = words.front().substr(3);
  // "Sherif f's", "Sheriff' s": a piece that is no agency word joined to
  // the one before when together they make one.
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (IsAgencyWord(words[i + 1], vocabulary)) continue;
    if (!IsAgencyWord(words[i] + words[i + 1], vocabulary)) continue;
    words[i] += words[i + 1];
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // The place: a state (and the town before it) after the first word,
  // unless the state names a county ("Washington County") or belongs to a
  // phrase ("State of Texas").
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t length = i == 0 ? 0 : StateWordsAt(words, i, vocabulary);
    std::string previous = kept.empty() ? "" : Lower(kept.back());
    std::string next = i + length < words.size() ? Lower(words[i + length]) : "";
    while (!next.empty() && !std::isalpha(static_cast<unsigned char>(next.back()))) next.pop_back();
    if (length == 0 || previous == "of" || previous == "state" || next == "county" ||
        next == "parish" || next == "borough" || next == "state" || next == "city") {
      kept.push_back(words[i++]);
      continue;
    }
    // ", Holbrook, Arizona": drop the town too (one to three capitalized
    // words after a comma, none of them an agency word).
    auto separated = [&](std::size_t at) {
      return kept[at].back() == ',' || kept[at].back() == ';';
    };
    auto drop_comma = [&] {
      if (!kept.empty() && separated(kept.size() - 1)) kept.back().pop_back();
    };
    if (!kept.empty() && separated(kept.size() - 1)) {
      drop_comma();
      std::size_t town = kept.size();
      while (town > 0 && !separated(town - 1)) --town;
      bool is_town = town > 0 && kept.size() - town <= 3;
      for (std::size_t j = town; is_town && j < kept.size(); ++j)
        is_town = IsUpper(kept[j][0]) && !IsAgencyWord(kept[j], vocabulary);
      if (is_town) {
        kept.resize(town);
        drop_comma();
      }
    }
    i += length;
  }
  std::string out = Join(kept, 0, kept.size());
  while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '-'))
    out.pop_back();
  return out;
}

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

std::vector<std::string> StatesInAgencyName(const std::string& name, const Vocabulary& vocabulary) {
  std::vector<std::string> words = Words(name);
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t length = StateWordsAt(words, i, vocabulary);
    if (length == 0) continue;
    std::string next = i + length < words.size() ? Lower(words[i + length]) : "";
    while (!next.empty() && !std::isalpha(static_cast<unsigned char>(next.back()))) next.pop_back();
    if (next == "county" || next == "parish" || next == "borough" || next == "city" ||
        next == "township")
      continue;
    std::string written = Join(words, i, i + length);
    while (!written.empty() && !std::isalpha(static_cast<unsigned char>(written.back())))
      written.pop_back();
    for (const UsState& state : vocabulary.states)
      if (written == state.code || Lower(written) == Lower(state.name)) codes.push_back(state.code);
    i += length - 1;
  }
  return codes;
}

std::string AgencyKind(const std::string& name, const Vocabulary& vocabulary) {
  // "Florida Department of ...", "State of Missouri"; not "Washington
  // County" or "Missouri City".
  std::vector<std::string> words = Words(name);
  if (!words.empty() && Lower(words[0]) == "state" && words.size() > 2 && Lower(words[1]) == "of")
    words.erase(words.begin(), words.begin() + 2);
  std::size_t length = words.empty() ? 0 : StateWordsAt(words, 0, vocabulary);
  std::string next = length > 0 && length < words.size() ? Lower(words[length]) : "";
  bool starts_with_state = length > 0 && next != "county" && next != "parish" &&
                           next != "borough" && next != "city" && next != "township";
  for (const AgencyKindRule& rule : vocabulary.agency_kinds) {
    if (rule.starts_with_state && starts_with_state) return rule.kind;
    if (std::any_of(rule.patterns.begin(), rule.patterns.end(),
                    [&](const Regex& regex) { return regex.Find(name); }))
      return rule.kind;
  }
  return "other";
}

}  // namespace moacheck::facts
