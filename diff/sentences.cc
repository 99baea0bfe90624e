#include "diff/sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "parser/unicode_text.h"

namespace moacheck::diff {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::vector<std::string_view> SplitSpaces(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Abbreviations after which a period does not end a sentence in MOAs
// ("8 C.F.R. § 287.5", "Garrity v. New Jersey", "Pub. L. No. 107-296").
bool IsAbbreviation(std::string_view folded_word) {
  std::string_view bare = folded_word;
  while (!bare.empty() && (bare.back() == '.' || bare.back() == ',')) bare.remove_suffix(1);
  if (bare.size() <= 1) return true;                          // "A." "L."
  if (bare.find('.') != std::string_view::npos) return true;  // "U.S" "C.F.R" "e.g"
  static constexpr std::array<std::string_view, 12> kShort = {
      "v", "No", "no", "Pub", "seq", "Stat", "Sec", "Mr", "Ms", "Dr", "St", "Inc"};
  for (std::string_view abbreviation : kShort) {
    if (bare == abbreviation) return true;
  }
  return false;
}

bool EndsSentence(std::string_view word) {
  while (!word.empty() && (word.back() == '"' || word.back() == ')' || word.back() == '\'')) {
    word.remove_suffix(1);
  }
  if (word.empty()) return false;
  char last = word.back();
  if (last == ';' || last == '?' || last == '!' || last == ':') return true;
  return last == '.' && !IsAbbreviation(word);
}

bool StartsSentence(std::string_view word) {
  char first = word.empty() ? ' ' : word.front();
  return (first >= 'A' && first <= 'Z') || first == '(' || first == '"';
}

// The heading line begins with the label and title; the rest of it (if any)
// is body text.
std::size_t HeadingWords(const std::vector<std::string_view>& words, const Section& section) {
  std::string heading = WordKey(section.label) + WordKey(section.title);
  if (heading.empty()) return 0;
  std::string consumed;
  for (std::size_t i = 0; i < words.size(); ++i) {
    consumed += WordKey(words[i]);
    if (consumed.size() >= heading.size()) return consumed == heading ? i + 1 : 0;
    if (heading.compare(0, consumed.size(), consumed) != 0) return 0;
  }
  return 0;
}

}  // namespace

std::string WordKey(std::string_view word) {
  std::string key;
  for (char c : word) {
    if (IsAsciiAlnum(c)) key += AsciiLower(c);
  }
  return key;
}

std::vector<Sentence> SectionSentences(const Document& document, const Outline& outline,
                                       int section_index) {
  const Section& section = outline.sections[section_index];
  std::vector<Sentence> sentences;
  Sentence current;
  auto finish = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = Sentence{};
  };
  std::size_t end = std::min(section.end_line, document.lines.size());
  for (std::size_t index = section.first_line; index < end; ++index) {
    if (outline.section_of_line[index] != section_index) continue;
    const Line& line = document.lines[index];
    std::vector<std::string_view> folded = SplitSpaces(line.folded);
    std::vector<std::string_view> shown = SplitSpaces(line.text);
    if (shown.size() != folded.size()) shown = folded;
    std::size_t first = index == section.first_line ? HeadingWords(folded, section) : 0;
    if (!line.list_marker.empty()) finish();  // a bullet starts a new item
    for (std::size_t i = first; i < folded.size(); ++i) {
      if (current.words.empty() && current.quote.empty()) current.line = index;
      if (!current.quote.empty()) current.quote += ' ';
      current.quote += shown[i];
      std::string key = WordKey(folded[i]);
      if (!key.empty()) {
        current.key += key;
        current.words.push_back(Word{std::move(key), std::string(shown[i]), index});
      }
      bool next_starts = i + 1 < folded.size() ? StartsSentence(folded[i + 1]) : true;
      if (EndsSentence(folded[i]) && next_starts) finish();
    }
  }
  finish();
  return sentences;
}

Evidence SentenceEvidence(const Document& document, const Outline& outline,
                          const Sentence& sentence) {
  Evidence evidence;
  const Line& line = document.lines[sentence.line];
  evidence.page = line.page;
  evidence.line = line.line;
  int section = outline.section_of_line[sentence.line];
  if (section >= 0) evidence.section = outline.sections[section].path;
  evidence.quote = sentence.quote;
  return evidence;
}

}  // namespace moacheck::diff
