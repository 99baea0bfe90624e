#include "diff/identity.h"

#include <array>
#include <cctype>

namespace moacheck::diff {
namespace {

// Words that appear in agency names and addresses but name nothing alone.
bool IsNameFiller(std::string_view key) {
  static const std::unordered_set<std::string_view> kFiller = {
      "the",       "of",         "and",        "county",      "sheriff",    "sheriffs",
      "office",    "s",          "department", "dept",        "police",     "city",
      "state",     "commission", "division",   "corrections", "correction", "correctional",
      "public",    "safety",     "revised",    "page",        "street",     "st",
      "avenue",    "ave",        "road",       "rd",          "blvd",       "suite",
      "drive",     "dr",         "north",      "south",       "east",       "west",
      "for",       "at",         "by",         "date",        "name",       "title",
      "signature", "sheriff",    "director",   "chief",       "acting",     "conservation",
      "wildlife",  "fish",       "highway",    "patrol",      "jail",       "parish",
      "town"};
  return kFiller.count(key) > 0;
}

bool IsMonth(std::string_view key) {
  static constexpr std::array<std::string_view, 21> kMonths = {
      "january", "february",  "march",   "april",    "may",      "june", "july",
      "august",  "september", "october", "november", "december", "jan",  "feb",
      "mar",     "apr",       "jun",     "jul",      "aug",      "sep",  "oct"};
  for (std::string_view month : kMonths) {
    if (key == month) return true;
  }
  return key == "nov" || key == "dec" || key == "sept";
}

bool AllDigits(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A year, a ZIP code, a phone number or a date run together ("02122025").
bool IsDateOrAddressNumber(std::string_view key) {
  if (!AllDigits(key)) return false;
  if (key.size() == 4) return key.starts_with("19") || key.starts_with("20");
  return key.size() >= 5;
}

bool StartsUpper(std::string_view text) {
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      return std::isupper(static_cast<unsigned char>(c));
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return false;
}

enum class WordWeight { kNone, kFiller, kName };

WordWeight Weigh(const Word& word, const IdentityLexicon& names, SectionNature nature) {
  const std::string& key = word.key;
  if (IsMonth(key) || IsDateOrAddressNumber(key)) return WordWeight::kName;
  if (word.text.find('@') != std::string::npos) return WordWeight::kName;
  if (names.Names(key) && !IsNameFiller(key)) return WordWeight::kName;
  if (nature == SectionNature::kContacts && StartsUpper(word.text)) return WordWeight::kName;
  if (IsNameFiller(key) || AllDigits(key) || key.size() == 1) return WordWeight::kFiller;
  if (names.Names(key)) return WordWeight::kFiller;
  return WordWeight::kNone;
}

}  // namespace

IdentityLexicon::IdentityLexicon(const DiffSide& side) {
  for (const char* fact : {"agency", "state"}) {
    auto it = side.facts.scalars.find(fact);
    if (it != side.facts.scalars.end() && std::holds_alternative<std::string>(it->second.value)) {
      AddName(std::get<std::string>(it->second.value));
    }
  }
  // Running headers and footers carry the agency's name and revision dates.
  for (const Line& line : side.document.furniture) AddName(line.text);
  for (std::size_t i = 0; i < side.document.lines.size(); ++i) {
    int section = side.outline.section_of_line[i];
    if (section < 0) continue;
    if (NatureOfSection(side.outline.sections[section].kind) == SectionNature::kWording) continue;
    AddName(side.document.lines[i].text);
  }
}

// Capitalized words only: the names in a contact list, not its verbs. The
// initials of the agency's name are its acronym ("HCSO").
void IdentityLexicon::AddName(std::string_view text) {
  std::string initials, initials_of_names;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    std::string key = WordKey(word);
    if (key.empty() || !StartsUpper(word)) continue;
    names_.insert(key);
    initials += key[0];
    if (key != "of" && key != "the" && key != "and") initials_of_names += key[0];
  }
  if (initials.size() >= 2) names_.insert(initials);
  if (initials_of_names.size() >= 2) names_.insert(initials_of_names);
}

SectionNature NatureOfSection(const std::string& kind) {
  if (kind == "signatures") return SectionNature::kSignatures;
  if (kind == "points-of-contact" || kind == "media") return SectionNature::kContacts;
  return SectionNature::kWording;
}

bool IsIdentityHunk(const std::vector<Word>& old_words, const std::vector<Word>& new_words,
                    const WordHunk& hunk, const IdentityLexicon& old_names,
                    const IdentityLexicon& new_names, SectionNature nature) {
  if (nature == SectionNature::kSignatures) return true;
  // A template's placeholder ("[ADDRESS]", "[LAW ENFORCEMENT AGENCY]")
  // stands for whatever an agency's copy fills in there.
  auto placeholder = [](const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    return begin < end && words[begin].text.find('[') != std::string::npos &&
           words[end - 1].text.find(']') != std::string::npos;
  };
  if (placeholder(old_words, hunk.old_begin, hunk.old_end) ||
      placeholder(new_words, hunk.new_begin, hunk.new_end)) {
    return true;
  }
  // A signature block or digital-signature stamp standing in another
  // section (an addendum): mostly names and dates around a signing word.
  std::size_t total = 0, identity = 0;
  bool signing = false;
  auto count = [&](const std::vector<Word>& words, std::size_t begin, std::size_t end,
                   const IdentityLexicon& names) {
    for (std::size_t k = begin; k < end; ++k) {
      ++total;
      if (Weigh(words[k], names, nature) != WordWeight::kNone) ++identity;
      const std::string& key = words[k].key;
      signing = signing || key == "signature" || key == "signed" || key.starts_with("digitally");
    }
  };
  count(old_words, hunk.old_begin, hunk.old_end, old_names);
  count(new_words, hunk.new_begin, hunk.new_end, new_names);
  if (signing && 2 * identity >= total) return true;
  bool named = false;
  auto weigh_all = [&](const std::vector<Word>& words, std::size_t begin, std::size_t end,
                       const IdentityLexicon& names) {
    for (std::size_t k = begin; k < end; ++k) {
      WordWeight weight = Weigh(words[k], names, nature);
      if (weight == WordWeight::kNone) return false;
      named = named || weight == WordWeight::kName;
    }
    return true;
  };
  return weigh_all(old_words, hunk.old_begin, hunk.old_end, old_names) &&
         weigh_all(new_words, hunk.new_begin, hunk.new_end, new_names) && named;
}

}  // namespace moacheck::diff
