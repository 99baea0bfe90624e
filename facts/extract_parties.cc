// Agency and state: the law-enforcement party as the preamble names it
// (falling back to the name the document repeats most, e.g. in running
// footers), and its state from the name, the LEA's address blocks and
// "City, ST 12345" lines that are not ICE's own offices.
#include <algorithm>
#include <cctype>
#include <map>

#include "facts/agency_name.h"
#include "facts/extractors.h"

namespace moacheck::facts {
namespace {

bool AnyMatch(const std::vector<Regex>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Regex& regex) { return regex.Find(text); });
}

std::string Trim(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  // A trailing token without a letter or digit is a stray mark, not part
  // of the name: OCR reads an opening parenthesis or quote before
  // "hereinafter" as "'" ("Butler County Sheriff's Office ' hereinafter").
  for (;;) {
    while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
    std::size_t space = out.rfind(' ');
    if (space == std::string::npos) break;
    std::string_view last = std::string_view(out).substr(space + 1);
    if (std::any_of(last.begin(), last.end(),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
      break;
    out.resize(space);
  }
  if (out.rfind("the ", 0) == 0 || out.rfind("The ", 0) == 0) out = out.substr(4);
  return out;
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// The USPS code for a state name or code as written ("Florida", "Fl").
std::string StateCode(const Vocabulary& vocabulary, std::string_view written) {
  std::string upper = Upper(Trim(written));
  for (const UsState& state : vocabulary.states)
    if (upper == state.code || upper == Upper(state.name)) return state.code;
  // "Holbrook Arizona": the city came along; the state is the last word.
  std::size_t space = upper.rfind(' ');
  return space == std::string::npos ? "" : StateCode(vocabulary, upper.substr(space + 1));
}

// Sets facts "agency" (repaired) and returns the name as written, which the
// state extractor looks for in address blocks.
std::string ExtractAgency(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  std::string written;
  const Document& document = *index.document;
  FactValue value;
  // The preamble names the party; it comes early.
  std::size_t limit = std::min<std::size_t>(index.clauses.size(), 40);
  for (std::size_t i = 0; i < limit && value.is_null(); ++i) {
    const Clause& clause = index.clauses[i];
    for (const Regex& regex : vocabulary.agency_patterns) {
      RegexMatch match;
      if (!regex.Find(clause.text, &match)) continue;
      int group = regex.NamedGroup("agency");
      std::size_t begin = match.groups[group].first, end = match.groups[group].second;
      // A comma and a lower-case word ("..., hereby agree to") go on with
      // the sentence: the name ends before them.
      std::string_view captured = std::string_view(clause.text).substr(begin, end - begin);
      for (std::size_t comma = captured.find(", "); comma != std::string_view::npos;
           comma = captured.find(", ", comma + 1)) {
        if (comma + 2 < captured.size() &&
            std::islower(static_cast<unsigned char>(captured[comma + 2]))) {
          captured = captured.substr(0, comma);
          end = begin + comma;
          break;
        }
      }
      std::string name = Trim(captured);
      std::string repaired = RepairAgencyName(name, vocabulary);
      if (!PlausibleAgencyName(repaired, vocabulary)) continue;
      // Quote the name as written (curly apostrophes kept).
      Evidence evidence = index.EvidenceFor(clause, begin, end);
      value.value = repaired;
      value.evidence.push_back(evidence);
      written = name;
      break;
    }
  }
  if (value.is_null()) {
    // The name the document repeats most (headers, footers, signature and
    // contact blocks).
    std::map<std::string, std::pair<int, const Line*>> counts;
    auto count_line = [&](const Line& line) {
      for (const Regex& shape : vocabulary.agency_shapes) {
        for (const RegexMatch& match : shape.FindAll(line.text)) {
          std::string name = Trim(match.group(line.text, 0));
          if (!PlausibleAgencyName(RepairAgencyName(name, vocabulary), vocabulary)) continue;
          auto& entry = counts[name];
          if (entry.first++ == 0) entry.second = &line;
        }
      }
    };
    for (const Line& line : document.lines) count_line(line);
    for (const Line& line : document.furniture) count_line(line);
    int best = 0;
    for (const auto& [name, entry] : counts) {
      if (entry.first > best) {
        best = entry.first;
        value.value = RepairAgencyName(name, vocabulary);
        value.evidence = {Evidence{entry.second->page, entry.second->line, "", entry.second->text}};
        written = name;
      }
    }
  }
  facts.scalars["agency"] = value;
  return written;
}

// The states that have a county (parish, borough) the agency's name names:
// "Hernando County Sheriff's Office", "County of Volusia, ...".
std::vector<std::string> CountyStates(const std::string& agency, const Vocabulary& vocabulary) {
  static const Regex kCounty = *Regex::Compile(
      R"(\b((?:[A-Z][A-Za-z.'-]+ ){1,3}(?:County|Parish|Borough))\b|\b(County|Parish|Borough) of ((?:[A-Z][A-Za-z.'-]+ ?){1,3}))",
      {.caseless = false});
  std::vector<std::string> states;
  for (const RegexMatch& match : kCounty.FindAll(agency)) {
    // The whole capitalized run: "Cedar Mesa County" is not "Mesa County".
    std::string name =
        match.has(1) ? std::string(match.group(agency, 1))
                     : Trim(match.group(agency, 3)) + " " + std::string(match.group(agency, 2));
    auto found = vocabulary.county_states.find(name);
    if (found != vocabulary.county_states.end())
      states.insert(states.end(), found->second.begin(), found->second.end());
  }
  std::sort(states.begin(), states.end());
  states.erase(std::unique(states.begin(), states.end()), states.end());
  return states;
}

void ExtractState(const ClauseIndex& index, const Vocabulary& vocabulary,
                  const std::string& written, Facts& facts) {
  const Document& document = *index.document;
  std::map<std::string, std::pair<int, Evidence>> scores;
  auto vote = [&](const std::string& code, int weight, const Line& line) {
    if (code.empty()) return;
    auto& entry = scores[code];
    if (entry.first == 0) entry.second = Evidence{line.page, line.line, "", line.text};
    entry.first += weight;
  };
  std::string agency;
  const FactValue& agency_value = facts.scalars["agency"];
  if (!agency_value.is_null()) agency = std::get<std::string>(agency_value.value);

  static const Regex kAddress =
      *Regex::Compile(R"(\b([A-Za-z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*,?\s+\d{5}(?:-\d{4})?\b)",
                      {.caseless = false});
  static const Regex kPlace = *Regex::Compile(
      R"((?:County|City|State|Commonwealth) of [A-Z][A-Za-z]+(?: [A-Z][a-z]+)?,? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|\b[A-Z][a-z]+ County,? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|\bState of ([A-Z][a-z]+(?: [A-Z][a-z]+)?))",
      {.caseless = false});

  // The agency's own name ("Florida Department of Corrections").
  if (!agency.empty() && !agency_value.evidence.empty()) {
    const Evidence& where = agency_value.evidence.front();
    for (const UsState& state : vocabulary.states) {
      std::size_t at = agency.find(state.name);
      std::size_t end = at + state.name.size();
      if (at == std::string::npos ||
          (at > 0 && std::isalpha(static_cast<unsigned char>(agency[at - 1]))) ||
          (end < agency.size() && std::isalpha(static_cast<unsigned char>(agency[end]))))
        continue;
      // "Washington County", "Delaware County": a county named like a
      // state, in any of several states (the county table decides below).
      std::string_view after = std::string_view(agency).substr(end);
      if (after.starts_with(" County") || after.starts_with(" Parish") ||
          after.starts_with(" Borough"))
        continue;
      auto& entry = scores[state.code];
      if (entry.first == 0) entry.second = where;
      entry.first += 10;
    }
  }
  // A county only one state has decides like a state name; one several
  // states share only narrows the choice (below).
  std::vector<std::string> county_states = CountyStates(agency, vocabulary);
  if (county_states.size() == 1) {
    auto& entry = scores[county_states.front()];
    if (entry.first == 0) entry.second = agency_value.evidence.front();
    entry.first += 10;
  }
  std::map<std::string, std::pair<int, Evidence>> ice_office_states;
  std::vector<const Line*> lines;
  for (const Line& line : document.lines) lines.push_back(&line);
  for (const Line& line : document.furniture) lines.push_back(&line);
  std::stable_sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) {
    return a->page != b->page ? a->page < b->page : a->line < b->line;
  });
  int lea_block_left = 0;  // lines still inside a "For the LEA:" block
  int ice_context_left = 0;
  for (const Line* line : lines) {
    const std::string& text = line->folded;
    if (AnyMatch(vocabulary.lea_block_cues, text) ||
        (!written.empty() && text.find(written) != std::string::npos)) {
      lea_block_left = 8;
      ice_context_left = 0;
    }
    if (AnyMatch(vocabulary.ice_office_cues, text)) ice_context_left = 4;
    if (ice_context_left > 0) {
      for (const RegexMatch& match : kAddress.FindAll(text)) {
        auto& entry = ice_office_states[StateCode(vocabulary, match.group(text, 1))];
        if (entry.first++ == 0) entry.second = Evidence{line->page, line->line, "", line->text};
      }
    } else {
      for (const RegexMatch& match : kAddress.FindAll(text))
        vote(StateCode(vocabulary, match.group(text, 1)), lea_block_left > 0 ? 5 : 2, *line);
      for (const RegexMatch& match : kPlace.FindAll(text))
        for (std::size_t group = 1; group <= 3; ++group)
          if (match.has(group)) vote(StateCode(vocabulary, match.group(text, group)), 3, *line);
      // A footer or heading "Agency Name, ST".
      if (!written.empty()) {
        std::size_t at = text.find(written);
        if (at != std::string::npos) {
          std::string rest = Trim(text.substr(at + written.size()));
          if (rest.size() >= 3 && rest[0] == ',')
            vote(StateCode(vocabulary, rest.substr(1, 3)), 4, *line);
        }
      }
    }
    if (lea_block_left > 0) --lea_block_left;
    if (ice_context_left > 0) --ice_context_left;
  }
  // "Ellis County" (KS, OK, TX) and an ICE office in Irving, TX: ICE's
  // offices serve their own region, so one of the county's states named
  // there breaks the tie. ICE's addresses never name the state alone.
  if (county_states.size() > 1) {
    for (const std::string& code : county_states) {
      auto office = ice_office_states.find(code);
      if (office == ice_office_states.end()) continue;
      auto& entry = scores[code];
      if (entry.first == 0) entry.second = office->second.second;
      entry.first += 3;
    }
  }
  // The best-supported state; a tie between two states is no answer.
  FactValue value;
  int best = 0;
  bool tied = false;
  for (const auto& [code, entry] : scores) {
    if (entry.first > best) {
      best = entry.first;
      tied = false;
      value.value = code;
      value.evidence = {entry.second};
    } else if (entry.first == best && best > 0) {
      tied = true;
    }
  }
  if (tied) value = FactValue{};
  facts.scalars["state"] = value;
}

}  // namespace

void ExtractParties(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  std::string written = ExtractAgency(index, vocabulary, facts);
  ExtractState(index, vocabulary, written, facts);
}

}  // namespace moacheck::facts
