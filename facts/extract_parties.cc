// Agency, agency_kind and state: the law-enforcement party as the preamble
// names it (falling back to the name the document repeats most, e.g. in
// running footers and signature blocks), cleaned of blanks, OCR splits and
// the place appended to it; its kind from the name; and its state.
//
// The state is read from every place the agreement names one, in this order:
//  1. Explicit: a state in the agency's name as written ("..., SC",
//     "Florida Department of ..."), "County, ST" / "State of ..." phrases and
//     "City, ST 12345" addresses outside ICE's own offices (the LEA's contact
//     blocks weigh most). The best-supported state decides; it must be one
//     of the states the county table gives for the agency's county, when
//     the table knows it. The agency's name or own address naming another
//     state is a disagreement (null); a passing mention elsewhere is not.
//  2. ICE's offices: the field office, sub-office and Chief Counsel cities
//     and ICE addresses. An office serves its region, so it narrows a choice
//     (a county name several states share) to the states it covers.
//  3. The county table (counties.yaml): a county only one state has decides.
//  4. The LEA's contact and signature blocks: area codes of its telephone
//     numbers and titles only some states use ("Jailer": KY) narrow further.
// A choice still open after 2-4 goes to the named ICE office's own state
// when that is one of the states left (a county name GA and NC share and
// the Atlanta office; a city police department whose agreement names only
// the Miami field office); otherwise it is null. The evidence is the
// line that decided: the explicit mention, or the narrowing that left one.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

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

// The name as the agreement writes it, and as the agency fact gives it.
struct AgencyName {
  std::string written;
  std::string name;
};

AgencyName Named(std::string written, const Vocabulary& vocabulary) {
  // What stands before a blank left for filling in is not the name
  // ("the____________, Boca Raton Police ...").
  std::size_t blank = written.rfind('_');
  if (blank != std::string::npos) {
    written.erase(0, blank + 1);
    while (!written.empty() && !std::isalnum(static_cast<unsigned char>(written.front())))
      written.erase(0, 1);
  }
  return AgencyName{written, RepairAgencyName(CleanAgencyName(written, vocabulary), vocabulary)};
}

// Sets facts "agency" and "agency_kind"; returns the name as written, which
// the state extractor looks for in address blocks and reads places from.
std::string ExtractAgency(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  std::string written;
  const Document& document = *index.document;
  FactValue value;
  // The preamble names the party; it comes early. A name filled in below a
  // blank can start a block of its own (a line of capitalized words reads
  // as a heading), so a clause is also read together with the next.
  std::size_t limit = std::min<std::size_t>(index.clauses.size(), 40);
  for (std::size_t i = 0; i < 2 * limit && value.is_null(); ++i) {
    const Clause& clause = index.clauses[i / 2];
    bool joined = i % 2 == 1;
    if (joined && i / 2 + 1 >= index.clauses.size()) continue;
    const Clause* next = joined ? &index.clauses[i / 2 + 1] : nullptr;
    std::string text = joined ? clause.text + " " + next->text : clause.text;
    for (const Regex& regex : vocabulary.agency_patterns) {
      RegexMatch match;
      if (!regex.Find(text, &match)) continue;
      int group = regex.NamedGroup("agency");
      std::size_t begin = match.groups[group].first, end = match.groups[group].second;
      // "theCandia": the OCR-tolerant "the " took the name's first letter.
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
      // A comma and a lower-case word ("..., hereby agree to") go on with
      // the sentence: the name ends before them.
      std::string_view captured = std::string_view(text).substr(begin, end - begin);
      for (std::size_t comma = captured.find(", "); comma != std::string_view::npos;
           comma = captured.find(", ", comma + 1)) {
        if (comma + 2 < captured.size() &&
            std::islower(static_cast<unsigned char>(captured[comma + 2]))) {
          captured = captured.substr(0, comma);
          end = begin + comma;
          break;
        }
      }
      AgencyName named = Named(Trim(captured), vocabulary);
      if (!PlausibleAgencyName(named.name, vocabulary)) continue;
      // Quote the name as written (curly apostrophes kept), from the
      // clause it ends in.
      std::size_t size = clause.text.size() + 1;
      value.value = named.name;
      value.evidence.push_back(
          next && end > size ? index.EvidenceFor(*next, begin > size ? begin - size : 0, end - size)
                             : index.EvidenceFor(clause, begin, end));
      written = named.written;
      break;
    }
  }
  // The names the document repeats (headers, footers, signature and
  // contact blocks), counted by their cleaned form.
  std::map<std::string, std::pair<int, const Line*>> counts;
  std::map<std::string, std::string> written_as;
  auto count_line = [&](const Line& line) {
    for (const Regex& shape : vocabulary.agency_shapes) {
      for (const RegexMatch& match : shape.FindAll(line.text)) {
        AgencyName named = Named(Trim(match.group(line.text, 0)), vocabulary);
        if (!PlausibleAgencyName(named.name, vocabulary)) continue;
        auto& entry = counts[named.name];
        if (entry.first++ == 0) {
          entry.second = &line;
          written_as[named.name] = named.written;
        }
      }
    }
  };
  for (const Line& line : document.lines) count_line(line);
  for (const Line& line : document.furniture) count_line(line);
  auto take_most_repeated = [&](const std::string& ending) {
    int best = 0;
    for (const auto& [name, entry] : counts) {
      if (entry.first <= best || !name.ends_with(ending) || name.size() <= ending.size()) continue;
      best = entry.first;
      value.value = name;
      value.evidence = {Evidence{entry.second->page, entry.second->line, "", entry.second->text}};
      written = written_as[name];
    }
  };
  if (value.is_null()) {
    take_most_repeated("");
  } else {
    // "County Sheriff's Office": OCR lost the county's name; the document
    // repeats it elsewhere.
    const std::string& name = std::get<std::string>(value.value);
    if (name.starts_with("County ") || name.starts_with("Parish ")) take_most_repeated(name);
  }
  FactValue kind;
  if (!value.is_null()) {
    kind.value = AgencyKind(std::get<std::string>(value.value), vocabulary);
    kind.evidence = value.evidence;
  }
  facts.scalars["agency"] = value;
  facts.scalars["agency_kind"] = kind;
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

// An explicit mention this strong (the agency's name, its own address
// block) outweighs the county table when they disagree.
constexpr int kStrongVote = 5;

// State code -> the first line that named it.
using StateLines = std::map<std::string, Evidence>;

Evidence LineEvidence(const Line& line) { return Evidence{line.page, line.line, "", line.text}; }

void Note(StateLines& lines, const std::string& code, const Evidence& where) {
  if (!code.empty()) lines.emplace(code, where);
}

// What the agreement says about the LEA's state, source by source (the
// order at the top of this file).
struct StateEvidence {
  std::map<std::string, std::pair<int, Evidence>> explicit_votes;
  StateLines ice_regions;  // states an ICE office named covers
  StateLines ice_own;      // the named offices' own states
  std::vector<std::string> county;
  Evidence county_where;
  StateLines phones;    // area codes on the LEA's lines
  StateLines lea_cues;  // titles some states use
};

StateEvidence GatherStateEvidence(const ClauseIndex& index, const Vocabulary& vocabulary,
                                  const std::string& written, const FactValue& agency_value) {
  const Document& document = *index.document;
  StateEvidence found;
  auto vote = [&](const std::string& code, int weight, const Evidence& where) {
    if (code.empty()) return;
    auto& entry = found.explicit_votes[code];
    if (entry.first == 0) entry.second = where;
    entry.first += weight;
  };
  static const Regex kAddress = *Regex::Compile(
      R"(\b([A-Za-z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?\s*,?\s+\d{5}(?:-\d{4})?\b)",
      {.caseless = false});
  static const Regex kPlace = *Regex::Compile(
      R"((?:County|City|State|Commonwealth) of [A-Z][A-Za-z]+(?: [A-Z][a-z]+)?,? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|\b[A-Z][a-z]+ County,? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|\bState of ([A-Z][a-z]+(?: [A-Z][a-z]+)?))",
      {.caseless = false});
  static const Regex kPhone =
      *Regex::Compile(R"((?<![\d-])\(?([2-9]\d\d)\)?[-. ]{0,2}\d{3}[-. ]\d{4}\b)");

  if (!agency_value.is_null() && !agency_value.evidence.empty()) {
    const Evidence& where = agency_value.evidence.front();
    for (const std::string& code : StatesInAgencyName(written, vocabulary)) vote(code, 10, where);
    found.county = CountyStates(std::get<std::string>(agency_value.value), vocabulary);
    found.county_where = where;
  }
  // An ICE address or office city: the office's state, and the states of
  // the region it serves.
  // Only states with an office count: "Washington, DC" is ICE's headquarters.
  auto ice_office_state = [&](const std::string& code, const Evidence& where) {
    for (const IceOffice& office : vocabulary.ice_offices) {
      if (office.state != code) continue;
      Note(found.ice_own, code, where);
      for (const std::string& served : office.serves) Note(found.ice_regions, served, where);
    }
  };

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
    Evidence where = LineEvidence(*line);
    if (AnyMatch(vocabulary.lea_block_cues, text) ||
        (!written.empty() && text.find(written) != std::string::npos)) {
      lea_block_left = 8;
      ice_context_left = 0;
    }
    if (AnyMatch(vocabulary.ice_office_cues, text)) ice_context_left = 4;
    if (ice_context_left > 0 || AnyMatch(vocabulary.ice_office_city_cues, text)) {
      for (const IceOffice& office : vocabulary.ice_offices)
        if (AnyMatch(office.patterns, text)) {
          Note(found.ice_own, office.state, where);
          for (const std::string& served : office.serves) Note(found.ice_regions, served, where);
        }
    }
    if (ice_context_left > 0) {
      for (const RegexMatch& match : kAddress.FindAll(text))
        ice_office_state(StateCode(vocabulary, match.group(text, 1)), where);
    } else {
      for (const RegexMatch& match : kAddress.FindAll(text))
        vote(StateCode(vocabulary, match.group(text, 1)), lea_block_left > 0 ? kStrongVote : 2,
             where);
      for (const RegexMatch& match : kPlace.FindAll(text))
        for (std::size_t group = 1; group <= 3; ++group)
          if (match.has(group)) vote(StateCode(vocabulary, match.group(text, group)), 3, where);
      // A footer or heading "Agency Name, ST".
      if (!written.empty()) {
        std::size_t at = text.find(written);
        if (at != std::string::npos) {
          std::string rest = Trim(text.substr(at + written.size()));
          if (rest.size() >= 3 && rest[0] == ',')
            vote(StateCode(vocabulary, rest.substr(1, 3)), 4, where);
        }
      }
      if (lea_block_left > 0) {
        for (const RegexMatch& match : kPhone.FindAll(text)) {
          auto code = vocabulary.area_codes.find(std::string(match.group(text, 1)));
          if (code != vocabulary.area_codes.end()) Note(found.phones, code->second, where);
        }
        for (const StateCue& cue : vocabulary.lea_state_cues)
          if (AnyMatch(cue.patterns, text))
            for (const std::string& code : cue.states) Note(found.lea_cues, code, where);
      }
    }
    if (lea_block_left > 0) --lea_block_left;
    if (ice_context_left > 0) --ice_context_left;
  }
  return found;
}

// Narrows `candidates` (empty: any state) to those `source` names, unless
// that would leave none; sets `where` when it leaves one.
void Narrow(std::vector<std::string>& candidates, const StateLines& source,
            std::optional<Evidence>& where) {
  if (source.empty()) return;
  std::vector<std::string> kept;
  if (candidates.empty()) {
    for (const auto& [code, line] : source) kept.push_back(code);
  } else {
    for (const std::string& code : candidates)
      if (source.contains(code)) kept.push_back(code);
  }
  if (kept.empty()) return;
  if (kept.size() == 1 && (candidates.size() != 1)) where = source.at(kept.front());
  candidates = kept;
}

void ExtractState(const ClauseIndex& index, const Vocabulary& vocabulary,
                  const std::string& written, Facts& facts) {
  StateEvidence found = GatherStateEvidence(index, vocabulary, written, facts.scalars["agency"]);
  FactValue value;
  std::vector<std::string> candidates;
  std::optional<Evidence> where;
  auto in_county = [&](const std::string& code) {
    return found.county.empty() ||
           std::find(found.county.begin(), found.county.end(), code) != found.county.end();
  };
  // 1. The best-supported explicit state of the agency's county.
  int best = 0, best_elsewhere = 0;
  for (const auto& [code, entry] : found.explicit_votes) {
    if (!in_county(code)) {
      best_elsewhere = std::max(best_elsewhere, entry.first);
    } else if (entry.first > best) {
      best = entry.first;
      candidates = {code};
      where = entry.second;
    } else if (entry.first == best) {
      candidates.push_back(code);
    }
  }
  if (candidates.empty()) {
    // The agency's name or its own address names a state the county is
    // not in: they disagree. A passing mention elsewhere does not count.
    if (best_elsewhere >= kStrongVote) {
      facts.scalars["state"] = value;
      return;
    }
    // 3. The county table (ICE's offices narrow it below).
    candidates = found.county;
    if (candidates.size() == 1) where = found.county_where;
  }
  if (candidates.size() != 1) {
    Narrow(candidates, found.ice_regions, where);
    Narrow(candidates, found.phones, where);
    Narrow(candidates, found.lea_cues, where);
    // Still open: the state of the ICE office itself, the likeliest of
    // its region ("Polk County", GA or NC, and the Atlanta office).
    Narrow(candidates, found.ice_own, where);
  }
  if (candidates.size() == 1 && where) {
    value.value = candidates.front();
    value.evidence = {*where};
  }
  facts.scalars["state"] = value;
}

}  // namespace

void ExtractParties(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  std::string written = ExtractAgency(index, vocabulary, facts);
  ExtractState(index, vocabulary, written, facts);
}

}  // namespace moacheck::facts
