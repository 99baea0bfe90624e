#include "facts/clauses.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace moacheck::facts {
namespace {

// Words after which a period does not end a sentence ("U.S. Department",
// "8 C.F.R. § 287.5", "No. 107").
bool IsAbbreviation(const std::string& text, std::size_t period) {
  std::size_t start = period;
  while (start > 0 && !std::isspace(static_cast<unsigned char>(text[start - 1]))) --start;
  std::string word = text.substr(start, period - start);
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::set<std::string> kWords = {"no",  "nos", "pub", "l",   "stat", "ste", "st",
                                               "mr",  "ms",  "mrs", "dr",  "jr",   "sr",  "inc",
                                               "v",   "vs",  "seq", "al",  "e.g",  "i.e", "etc",
                                               "sec", "art", "par", "ave", "blvd", "rd"};
  if (kWords.count(lower)) return true;
  // Initials and dotted abbreviations: "U.S", "C.F.R", "M".
  if (word.size() <= 2 && !word.empty() && std::isupper(static_cast<unsigned char>(word[0])))
    return true;
  return word.find('.') != std::string::npos && word.size() <= 6;
}

bool StartsSentence(const std::string& text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[at]);
  return std::isupper(c) || std::isdigit(c) || c == '"' || c == '(' || c >= 0x80;
}

}  // namespace

Evidence ClauseIndex::EvidenceFor(const Clause& clause, std::size_t begin, std::size_t end) const {
  Evidence evidence;
  if (clause.line_of_offset.empty()) return evidence;
  begin = std::min(begin, clause.line_of_offset.size() - 1);
  end = std::clamp(end, begin + 1, clause.line_of_offset.size());
  std::size_t first = clause.line_of_offset[begin];
  std::size_t last = clause.line_of_offset[end - 1];
  const Line& line = document->lines[first];
  evidence.page = line.page;
  evidence.line = line.line;
  if (first < outline->section_of_line.size() && outline->section_of_line[first] >= 0)
    evidence.section = outline->sections[outline->section_of_line[first]].path;
  for (std::size_t i = first; i <= last; ++i) {
    if (!evidence.quote.empty()) evidence.quote += ' ';
    evidence.quote += document->lines[i].text;
  }
  return evidence;
}

bool ClauseIndex::InScope(const Clause& clause, const std::vector<std::string>& kinds) const {
  if (kinds.empty()) return true;
  auto wanted = [&](const Section& section) {
    return std::find(kinds.begin(), kinds.end(), section.kind) != kinds.end();
  };
  if (std::none_of(outline->sections.begin(), outline->sections.end(), wanted)) return true;
  for (int at = clause.section; at >= 0; at = outline->sections[at].parent)
    if (wanted(outline->sections[at])) return true;
  return false;
}

ClauseIndex SplitClauses(const Document& document, const Outline& outline) {
  ClauseIndex index{&document, &outline, {}};
  std::set<std::size_t> headings;
  for (const Section& section : outline.sections) headings.insert(section.first_line);
  auto section_of = [&](std::size_t line) {
    return line < outline.section_of_line.size() ? outline.section_of_line[line] : -1;
  };

  Clause current;
  int lead_in = -1;
  int lead_in_section = -2;
  auto flush = [&] {
    std::size_t first = current.text.find_first_not_of(' ');
    if (first != std::string::npos) {
      current.section = section_of(current.line_of_offset[first]);
      current.first_line = current.line_of_offset[first];
      std::size_t last = current.text.find_last_not_of(' ');
      current.lead_in = current.text[last] == ':';
      if (lead_in >= 0 && lead_in_section == current.section) current.introduced_by = lead_in;
      index.clauses.push_back(std::move(current));
      if (index.clauses.back().lead_in) {
        lead_in = static_cast<int>(index.clauses.size()) - 1;
        lead_in_section = index.clauses.back().section;
      }
    }
    current = Clause{};
  };

  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const Line& line = document.lines[i];
    bool heading = headings.count(i) > 0;
    if (heading || !line.list_marker.empty()) flush();
    if (heading) lead_in = -1;
    if (!current.text.empty()) {
      current.text += ' ';
      current.line_of_offset.push_back(i);
    }
    std::size_t start = current.text.size();
    current.text += line.folded;
    current.line_of_offset.resize(current.text.size(), i);
    // Sentence ends inside the line, and clause ends at its end.
    for (std::size_t at = start; at < current.text.size(); ++at) {
      char c = current.text[at];
      bool line_end = at + 1 == current.text.size();
      bool end = false;
      if (c == '.' && (line_end || current.text[at + 1] == ' ') &&
          !IsAbbreviation(current.text, at))
        end = line_end ? (i + 1 == document.lines.size() ||
                          StartsSentence(document.lines[i + 1].folded, 0))
                       : StartsSentence(current.text, at + 1);
      if ((c == ';' || c == ':') && line_end) end = true;
      if (!end) continue;
      // Split: keep [0, at] here, carry the rest to a new clause.
      std::string rest = current.text.substr(at + 1);
      std::vector<std::size_t> rest_lines(current.line_of_offset.begin() + at + 1,
                                          current.line_of_offset.end());
      current.text.resize(at + 1);
      current.line_of_offset.resize(at + 1);
      flush();
      current.text = rest;
      current.line_of_offset = rest_lines;
      at = static_cast<std::size_t>(-1);  // rescan the remainder from its start
      start = 0;
    }
    if (heading) flush();
  }
  flush();
  return index;
}

}  // namespace moacheck::facts
