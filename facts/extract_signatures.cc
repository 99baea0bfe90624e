// Signature dates: digital-signature stamps ("Date: 2020.06.30 16:47:50"),
// "Date: 7/16/20" and written dates ("February 26, 2025") on signature
// pages, each given to the party whose title or name stands nearest.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "facts/extractors.h"

namespace moacheck::facts {
namespace {

bool AnyMatch(const std::vector<Regex>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Regex& regex) { return regex.Find(text); });
}

// OCR prints digits in stamps as look-alike letters ("2020.D6.3016").
std::string DigitsFromOcr(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case 'D':
      case 'O':
      case 'o':
        out += '0';
        break;
      case 'l':
      case 'I':
      case 'i':
        out += '1';
        break;
      case 'S':
      case 's':
        out += '5';
        break;
      default:
        out += c;
    }
  }
  return out;
}

int MonthNumber(std::string_view word) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : word.substr(0, 3))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i)
    if (lower == kMonths[i]) return i + 1;
  return 0;
}

std::string Iso(int year, int month, int day) {
  if (year < 100) year += 2000;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// The ISO date a signature line holds, or "".
std::string DateOnLine(const std::string& text) {
  static const Regex kStamp = *Regex::Compile(R"((20\d\d)\.([0-9DOo]{2})\.([0-9DOo]{2}))");
  static const Regex kWritten = *Regex::Compile(
      R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)\b)");
  static const Regex kNumeric =
      *Regex::Compile(R"(\bdate\s*:?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\b)");
  RegexMatch match;
  if (kStamp.Find(text, &match)) {
    std::string digits = DigitsFromOcr(std::string(match.group(text, 0)));
    int year = 0, month = 0, day = 0;
    if (std::sscanf(digits.c_str(), "%d.%d.%d", &year, &month, &day) == 3)
      return Iso(year, month, day);
  }
  if (kWritten.Find(text, &match))
    return Iso(std::stoi(std::string(match.group(text, 3))), MonthNumber(match.group(text, 1)),
               std::stoi(std::string(match.group(text, 2))));
  if (kNumeric.Find(text, &match))
    return Iso(std::stoi(std::string(match.group(text, 3))),
               std::stoi(std::string(match.group(text, 1))),
               std::stoi(std::string(match.group(text, 2))));
  return "";
}

// Where the first of `patterns` matches in `text`, or npos.
std::size_t FirstAt(const std::vector<Regex>& patterns, std::string_view text) {
  std::size_t first = std::string_view::npos;
  for (const Regex& regex : patterns) {
    RegexMatch match;
    if (regex.Find(text, &match)) first = std::min(first, match.begin());
  }
  return first;
}

// Signature blocks printed side by side ("For the LEA: ... For ICE: ..."
// above "Date: 02/18/2025 Date: February 25, 2025"): one date per "Date:"
// label on the line, each given to the party whose column it stands in, as
// the nearest line above or below naming both parties orders them. Empty when the
// line is not such a pair.
std::vector<std::pair<std::string, std::string>> SideBySideDates(const std::vector<Line>& lines,
                                                                 std::size_t i,
                                                                 const Vocabulary& vocabulary) {
  static const Regex kLabel = *Regex::Compile(R"(\bdate\s*:)");
  const std::string& text = lines[i].folded;
  std::vector<std::size_t> starts;
  for (const RegexMatch& match : kLabel.FindAll(text)) starts.push_back(match.begin());
  if (starts.size() != 2) return {};
  std::string left = DateOnLine(text.substr(starts[0], starts[1] - starts[0]));
  std::string right = DateOnLine(text.substr(starts[1]));
  if (left.empty() || right.empty()) return {};
  for (std::size_t distance = 1; distance <= 6; ++distance) {
    for (std::size_t j : {i + distance, i >= distance ? i - distance : lines.size()}) {
      if (j >= lines.size() || lines[j].page != lines[i].page) continue;
      std::size_t lea = FirstAt(vocabulary.signature_lea_cues, lines[j].folded);
      std::size_t ice = FirstAt(vocabulary.signature_ice_cues, lines[j].folded);
      if (lea == std::string_view::npos || ice == std::string_view::npos) continue;
      if (lea < ice) return {{"lea", left}, {"ice", right}};
      return {{"ice", left}, {"lea", right}};
    }
  }
  return {};
}

}  // namespace

void ExtractSignatures(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  const std::vector<Line>& lines = index.document->lines;
  static const Regex kSignaturePage =
      *Regex::Compile(R"(\b(?:date|signature|digitally signed)\s*:?)");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Only lines near a signature label: dates elsewhere are effective
    // dates, revisions and citations.
    bool near_label = false;
    for (std::size_t j = i >= 2 ? i - 2 : 0; j < std::min(lines.size(), i + 3); ++j)
      if (lines[j].page == lines[i].page && kSignaturePage.Find(lines[j].folded)) near_label = true;
    if (!near_label) continue;
    const Line& line = lines[i];
    std::string section;
    if (i < index.outline->section_of_line.size() && index.outline->section_of_line[i] >= 0)
      section = index.outline->sections[index.outline->section_of_line[i]].path;
    auto add = [&](const std::string& party, const std::string& date) {
      bool seen = std::any_of(facts.signed_.begin(), facts.signed_.end(), [&](const Signature& s) {
        return s.date == date && s.party == party;
      });
      if (!seen)
        facts.signed_.push_back(
            Signature{party, date, Evidence{line.page, line.line, section, line.text}});
    };
    auto pair = SideBySideDates(lines, i, vocabulary);
    if (!pair.empty()) {
      for (const auto& [party, date] : pair) add(party, date);
      continue;
    }
    std::string date = DateOnLine(lines[i].folded);
    if (date.empty()) continue;
    // The nearest party cue within a few lines decides; ICE's stamps carry
    // "Digitally signed by" and ICE titles below them.
    std::string party = "unknown";
    for (std::size_t distance = 0; distance <= 6 && party == "unknown"; ++distance) {
      for (std::size_t j : {i + distance, i >= distance ? i - distance : lines.size()}) {
        if (j >= lines.size() || lines[j].page != lines[i].page) continue;
        bool ice = AnyMatch(vocabulary.signature_ice_cues, lines[j].folded);
        bool lea = AnyMatch(vocabulary.signature_lea_cues, lines[j].folded);
        if (ice != lea) {
          party = ice ? "ice" : "lea";
          break;
        }
      }
    }
    add(party, date);
  }
}

}  // namespace moacheck::facts
