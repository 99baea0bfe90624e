// The ICE template an agreement follows and the revision date its footer
// prints, read from the template's own marks (templates.yaml), never from
// the signing date: the findings stage picks template packs by it.
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <variant>

#include "facts/extractors.h"

namespace moacheck::facts {
namespace {

struct Revision {
  std::string date;  // ISO 8601
  int year = 0;
  std::vector<Evidence> evidence;
  int count = 0;
};

int Number(std::string_view text, const RegexMatch& match, int group) {
  std::string_view digits = match.group(text, group);
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return digits.empty() ? -1 : value;
}

// The footer date printed most often (OCR misreads one copy, "02/45/2025",
// and a page number may stick to one, "2/14/2510"); a tie between two
// dates leaves it unknown.
std::optional<Revision> ReadRevision(const ClauseIndex& index, const Vocabulary& vocabulary) {
  std::map<std::string, Revision> dates;
  auto read = [&](const Line& line, std::string section) {
    for (const Regex& regex : vocabulary.revision_patterns) {
      RegexMatch match;
      if (!regex.Find(line.folded, &match)) continue;
      int month = Number(line.folded, match, regex.NamedGroup("month"));
      int day = Number(line.folded, match, regex.NamedGroup("day"));
      int year = Number(line.folded, match, regex.NamedGroup("year"));
      if (year >= 0 && year < 100) year += 2000;
      if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2099) continue;
      char iso[11];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
      Revision& revision = dates[iso];
      revision.date = iso;
      revision.year = year;
      ++revision.count;
      if (revision.evidence.size() < 2)
        revision.evidence.push_back(Evidence{line.page, line.line, std::move(section), line.text});
      return;
    }
  };
  const Document& document = *index.document;
  for (const Line& line : document.furniture) read(line, "");
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    int section =
        i < index.outline->section_of_line.size() ? index.outline->section_of_line[i] : -1;
    read(document.lines[i], section >= 0 ? index.outline->sections[section].path : "");
  }
  const Revision* best = nullptr;
  bool tie = false;
  for (const auto& [date, revision] : dates) {
    if (best && revision.count == best->count) tie = true;
    if (!best || revision.count > best->count) best = &revision, tie = false;
  }
  if (!best || tie) return std::nullopt;
  return *best;
}

bool Expires(const Facts& facts) {
  auto found = facts.scalars.find("duration.expires");
  return found != facts.scalars.end() && std::holds_alternative<bool>(found->second.value) &&
         std::get<bool>(found->second.value);
}

}  // namespace

void ExtractTemplate(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  std::optional<Revision> revision = ReadRevision(index, vocabulary);
  FactValue revised{std::monostate{}, {}};
  if (revision) revised = FactValue{revision->date, revision->evidence};
  facts.scalars["template_revision"] = std::move(revised);

  FactValue chosen{std::monostate{}, {}};
  int candidates = 0;
  if (facts.models.size() == 1) {
    for (const TemplateRule& rule : vocabulary.templates) {
      if (rule.model != facts.models.front().id || (rule.open_ended && Expires(facts))) continue;
      std::vector<Evidence> evidence;
      if (revision && rule.revised_from > 0 && revision->year >= rule.revised_from &&
          revision->year <= rule.revised_to)
        evidence.push_back(revision->evidence.front());
      for (const Regex& marker : rule.markers) {
        for (const Clause& clause : index.clauses) {
          RegexMatch match;
          if (!marker.Find(clause.text, &match)) continue;
          evidence.push_back(index.EvidenceFor(clause, match.begin(), match.end()));
          break;
        }
      }
      if (evidence.empty()) continue;
      ++candidates;
      chosen = FactValue{rule.id, std::move(evidence)};
    }
  }
  // The marks of two templates: which one it follows cannot be told.
  if (candidates != 1) chosen = FactValue{std::monostate{}, {}};
  facts.scalars["template"] = std::move(chosen);
}

}  // namespace moacheck::facts
