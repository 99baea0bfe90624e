// Signature dates: digital-signature stamps ("Date: 2020.06.30 16:47:50"),
// date stamps ("OCT 1 5 2019"), "Date: 7/16/20" and written dates
// ("February 26, 2025") on signature pages, each given to the party whose
// block it stands in, and marked as the agreement's or an addendum's.
//
// Signature blocks are mostly printed side by side, so who signed a date is
// a question of columns: the line extracted with its layout (Line::raw keeps
// the spacing) tells in which column a date and each party's title stand.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "common/ocr_confusions.h"
#include "facts/extractors.h"

namespace moacheck::facts {
namespace {

// How far (in printed lines) from a date the party's title may stand, and
// the line naming both parties' columns (handwritten signatures between
// them take many lines).
constexpr int kBlockLines = 8;
constexpr int kColumnsLines = 14;

bool AnyMatch(const std::vector<Regex>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Regex& regex) { return regex.Find(text); });
}

// OCR prints digits in stamps as look-alike letters ("2020.D6.3016"); the
// confusion table's digit readings undo it.
std::string DigitsFromOcr(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    std::string_view digit = OcrPrinted(std::string_view(&c, 1), OcrUse::kDigit);
    out += digit.empty() ? std::string_view(&c, 1) : digit;
  }
  return out;
}

int Int(std::string_view text) { return std::atoi(DigitsFromOcr(text).c_str()); }

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

// Column of byte `offset` of a line: code points before it, so a curly
// quote earlier on the line does not shift the columns.
std::size_t Column(std::string_view text, std::size_t offset) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

struct DateAt {
  std::string iso;
  std::size_t begin = 0;  // byte offset in the line
  std::size_t length = 0;
};

// Every date a signature line holds, in line order.
std::vector<DateAt> DatesOnLine(std::string_view text) {
  static const Regex kStamp = *Regex::Compile(R"((20\d\d)\.([0-9DOo]{2})\.([0-9DOo]{2}))");
  // A digital stamp whose century OCR lost ("~~~020.06.0914:37:04"): the
  // time after it still marks it as one.
  static const Regex kStampNoCentury =
      *Regex::Compile(R"((?<![\d.])0(\d\d)\.([0-9DOo]{2})\.([0-9DOo]{2})(?=\s?[0-9DOo]{2}:\d\d))");
  // "February 26, 2025", "OCT 1 5 2019" (a stamp's day split by OCR).
  static const Regex kWritten = *Regex::Compile(
      R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d\s?\d?),?\s+(20\d\d)\b)");
  static const Regex kDayFirst = *Regex::Compile(
      R"(\b(\d{1,2})\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s?(20\d\d)\b)");
  // "Date: 7/16/20", "Date:__5/13/2025", "Date: 1.31.2020".
  static const Regex kLabelled =
      *Regex::Compile(R"(\bdate\s*:?[\s_]*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\b)");
  // A bare "04/16/2025" written above or below its label.
  static const Regex kBare = *Regex::Compile(R"((?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)\b)");
  static const Regex kRevision = *Regex::Compile(R"(\brev(?:ised|ision|\.)\s*:?\s*$)");

  std::vector<DateAt> dates;
  auto add = [&](const RegexMatch& match, std::string iso) {
    if (iso.empty()) return;
    // "Revised 02/12/2025" in a running footer is not a signature.
    if (kRevision.Find(text.substr(0, match.begin()))) return;
    for (const DateAt& seen : dates)
      if (match.begin() < seen.begin + 10 && seen.begin < match.end()) return;  // overlaps
    dates.push_back({std::move(iso), match.begin(), match.end() - match.begin()});
  };
  for (const RegexMatch& m : kStamp.FindAll(text))
    add(m, Iso(Int(m.group(text, 1)), Int(m.group(text, 2)), Int(m.group(text, 3))));
  for (const RegexMatch& m : kStampNoCentury.FindAll(text))
    add(m, Iso(Int(m.group(text, 1)), Int(m.group(text, 2)), Int(m.group(text, 3))));
  for (const RegexMatch& m : kWritten.FindAll(text))
    add(m, Iso(Int(m.group(text, 3)), MonthNumber(m.group(text, 1)), Int(m.group(text, 2))));
  for (const RegexMatch& m : kDayFirst.FindAll(text))
    add(m, Iso(Int(m.group(text, 3)), MonthNumber(m.group(text, 2)), Int(m.group(text, 1))));
  for (const RegexMatch& m : kLabelled.FindAll(text))
    add(m, Iso(Int(m.group(text, 4)), Int(m.group(text, 1)), Int(m.group(text, 3))));
  for (const RegexMatch& m : kBare.FindAll(text))
    add(m, Iso(Int(m.group(text, 3)), Int(m.group(text, 1)), Int(m.group(text, 2))));
  std::sort(dates.begin(), dates.end(),
            [](const DateAt& a, const DateAt& b) { return a.begin < b.begin; });
  return dates;
}

// Where the first of `patterns` matches in `text` [begin, end), or nullopt.
struct Span {
  std::size_t begin = 0, end = 0;
};
std::optional<Span> FirstMatch(const std::vector<Regex>& patterns, std::string_view text) {
  std::optional<Span> first;
  for (const Regex& regex : patterns) {
    RegexMatch match;
    if (regex.Find(text, &match) && (!first || match.begin() < first->begin))
      first = Span{match.begin(), match.end()};
  }
  return first;
}

// Where the printed cell holding byte `at` begins: after the last run of two
// or more spaces before it (layout text puts such gaps between columns), but
// not before `floor`.
std::size_t CellStart(std::string_view text, std::size_t at, std::size_t floor) {
  std::size_t start = at;
  while (start > floor && !(start >= 2 && text[start - 1] == ' ' && text[start - 2] == ' '))
    --start;
  return start;
}

std::size_t CellEnd(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && !(text[end] == ' ' && end + 1 < text.size() && text[end + 1] == ' '))
    ++end;
  return end;
}

// A line naming both parties ("For the LEA:   For ICE:", "Assistant
// Director, Enforcement   Sheriff"): which party is on the left, and the
// column where the right one's cell begins.
struct Columns {
  std::string left, right;
  std::size_t right_start = 0;
};

std::optional<Columns> ColumnsOf(const Line& line, const Vocabulary& vocabulary) {
  std::optional<Span> ice = FirstMatch(vocabulary.signature_ice_cues, line.raw);
  std::optional<Span> lea = FirstMatch(vocabulary.signature_lea_cues, line.raw);
  if (!ice || !lea || (ice->begin < lea->end && lea->begin < ice->end)) return std::nullopt;
  bool lea_left = lea->begin < ice->begin;
  const Span& left = lea_left ? *lea : *ice;
  const Span& right = lea_left ? *ice : *lea;
  return Columns{lea_left ? "lea" : "ice", lea_left ? "ice" : "lea",
                 Column(line.raw, CellStart(line.raw, right.begin, left.end))};
}

class SignatureReader {
 public:
  SignatureReader(const ClauseIndex& index, const Vocabulary& vocabulary)
      : index_(index), vocabulary_(vocabulary), lines_(index.document->lines) {}

  void Read(Facts& facts) const {
    static const Regex kSignatureWords =
        *Regex::Compile(R"(\b(?:date|signature|digitally\s*signed)\s*:?)");
    static const Regex kLabel = *Regex::Compile(R"(\bdate\s*:)");
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      // Only lines near a signature label: dates elsewhere are effective
      // dates, revisions and citations.
      bool near_label = false;
      for (std::size_t j = i >= 2 ? i - 2 : 0; j < std::min(lines_.size(), i + 3); ++j)
        if (lines_[j].page == lines_[i].page && kSignatureWords.Find(lines_[j].folded))
          near_label = true;
      if (!near_label) continue;
      const Line& line = lines_[i];
      std::vector<DateAt> dates = DatesOnLine(line.raw);
      if (dates.empty()) continue;
      std::vector<std::size_t> labels;
      for (const RegexMatch& match : kLabel.FindAll(line.raw)) labels.push_back(match.begin());
      std::string part = PartOf(i);
      for (const DateAt& date : dates) {
        std::string party = PartyOf(i, date, labels);
        bool seen =
            std::any_of(facts.signed_.begin(), facts.signed_.end(), [&](const Signature& s) {
              return s.date == date.iso && s.party == party && s.part == part;
            });
        if (!seen)
          facts.signed_.push_back(Signature{party, date.iso, part,
                                            Evidence{line.page, line.line, Section(i), line.text}});
      }
    }
  }

 private:
  std::string Section(std::size_t i) const {
    const Outline& outline = *index_.outline;
    if (i < outline.section_of_line.size() && outline.section_of_line[i] >= 0)
      return outline.sections[outline.section_of_line[i]].path;
    return "";
  }

  // Lines of the same page within a signature block's reach of line i,
  // nearest first.
  std::vector<std::size_t> Around(std::size_t i, int reach) const {
    std::vector<std::size_t> out;
    auto gap = [&](std::size_t j) { return std::abs(lines_[j].line - lines_[i].line); };
    for (std::size_t j = i; j < lines_.size() && lines_[j].page == lines_[i].page; ++j)
      if (gap(j) <= reach) out.push_back(j);
    for (std::size_t j = i; j-- > 0 && lines_[j].page == lines_[i].page;)
      if (gap(j) <= reach) out.push_back(j);
    // Nearest first; at equal distance the line below (titles sit under
    // the signature line).
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return gap(a) < gap(b); });
    return out;
  }

  // Who signed `date` on line i. `labels`: where "Date:" labels stand on
  // that line.
  std::string PartyOf(std::size_t i, const DateAt& date,
                      const std::vector<std::size_t>& labels) const {
    const Line& line = lines_[i];
    std::size_t column = Column(line.raw, date.begin);
    std::optional<Columns> columns;
    for (std::size_t j : Around(i, kColumnsLines))
      if ((columns = ColumnsOf(lines_[j], vocabulary_))) break;
    // OCR text keeps no spacing: a recognized line holding only a date is a
    // fragment of one column, and which one only the words around it tell.
    bool spans_columns =
        !line.ocr || labels.size() == 2 ||
        line.raw.find_first_not_of(" _-", date.begin + date.length) != std::string::npos;
    if (columns && spans_columns) {
      // Two labels on one line ("Date: 02/18/2025 Date: February 25,
      // 2025"): the label a date follows says its column, however OCR
      // squeezed the spacing.
      if (labels.size() == 2) return date.begin >= labels[1] ? columns->right : columns->left;
      return column + 2 >= columns->right_start ? columns->right : columns->left;
    }
    // One block above the other: the nearest line naming one party, in
    // the date's column when the layout shows columns.
    for (std::size_t j : Around(i, kBlockLines)) {
      const Line& other = lines_[j];
      bool ice = AnyMatch(vocabulary_.signature_ice_cues, other.folded);
      bool lea = AnyMatch(vocabulary_.signature_lea_cues, other.folded);
      if (ice == lea) continue;
      std::optional<Span> cue = FirstMatch(
          ice ? vocabulary_.signature_ice_cues : vocabulary_.signature_lea_cues, other.raw);
      if (cue && !line.ocr && !other.ocr) {
        std::size_t start = Column(other.raw, CellStart(other.raw, cue->begin, 0));
        std::size_t end = Column(other.raw, CellEnd(other.raw, cue->end));
        if (column + 10 < start || column > end + 10) continue;  // another column's title
      }
      return ice ? "ice" : "lea";
    }
    return "unknown";
  }

  // "addendum" when line i is under a heading or a "By signing this ..."
  // sentence naming an addendum or amendment; "agreement" otherwise.
  std::string PartOf(std::size_t i) const {
    static const Regex kBySigning = *Regex::Compile(R"(\bby\s*signing\s*this\b)");
    for (std::size_t j = i + 1; j-- > 0;) {
      if (lines_[j].page != lines_[i].page) break;
      RegexMatch match;
      if (kBySigning.Find(lines_[j].folded, &match))
        return AnyMatch(vocabulary_.signature_addendum_cues,
                        std::string_view(lines_[j].folded).substr(match.end()))
                   ? "addendum"
                   : "agreement";
    }
    const Outline& outline = *index_.outline;
    int section = i < outline.section_of_line.size() ? outline.section_of_line[i] : -1;
    for (; section >= 0; section = outline.sections[section].parent)
      if (AnyMatch(vocabulary_.signature_addendum_cues, outline.sections[section].title))
        return "addendum";
    return "agreement";
  }

  const ClauseIndex& index_;
  const Vocabulary& vocabulary_;
  const std::vector<Line>& lines_;
};

}  // namespace

void ExtractSignatures(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts) {
  SignatureReader(index, vocabulary).Read(facts);
}

}  // namespace moacheck::facts
