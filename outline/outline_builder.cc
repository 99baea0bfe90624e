// ParseOutline: normalized lines to the section tree. Labels are read in
// sequence: the label each open level expects next decides what a token
// means, so "I." after "H." is the letter I, "Ill." where III is due is III,
// and a label that breaks the sequence is kept as written with a warning
// only when the line is unmistakably a heading (capitals).
#include <fmt/format.h>

#include <optional>

#include "moacheck/outline.h"
#include "outline/heading_line.h"
#include "outline/numbering.h"
#include "outline/section_kinds.h"
#include "outline/signature_block.h"

namespace moacheck {
namespace outline {
namespace {

constexpr std::size_t kMaxLostNumeralTitle = 60;  // a heading without numeral is short
constexpr std::size_t kLookahead = 120;           // lines searched for the next heading
constexpr int kMaxNoiseBetweenTitleLines = 2;

struct Level {
  NumberStyle style;
  int value;
  int section;  // index into Outline::sections
};

// Where a numbered heading goes: the level index in the stack (may equal
// its size for a new, deeper level) and its value.
struct Placement {
  std::size_t level;
  Numeral numeral;
};

bool NamesParties(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < end; ++i) {
    if (lines[i].folded.find("agreement between") != std::string::npos) return true;
  }
  return false;
}

// "I" for "II", "XVII" for "XVIII": a Roman label with one I lost.
bool DropsOneI(const std::string& wanted, const std::string& token) {
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (wanted[i] == 'I' && wanted.substr(0, i) + wanted.substr(i + 1) == token) return true;
  }
  return false;
}

class Builder {
 public:
  Builder(const Document& document, const SectionKindTable& kinds)
      : lines_(document.lines), kinds_(kinds) {}

  Outline Build();

 private:
  enum class Mode { kBody, kSignatures };

  void Consider(std::size_t index);
  std::optional<Placement> PlaceNumbered(const HeadingLine& heading, std::size_t index);
  std::optional<Placement> PlaceLostNumeral(std::size_t index);
  bool IsGarbledAppendix(std::string_view folded) const;
  // True when the next numbered capitals heading of `numeral`'s style after
  // `index` is `numeral`, or none follows before an appendix or the end.
  bool NextHeadingIs(std::size_t index, const Numeral& numeral) const;
  bool OpensSignatures(std::size_t index);
  void AddNumbered(std::size_t index, const Placement& placement, const std::string& title);
  int AddSection(Section section);
  // Joins title lines that follow `index` (appendix titles on their own line,
  // titles broken after "TO"); returns the last line used.
  std::size_t ContinueTitle(std::size_t index, std::string* title, bool title_may_be_empty);
  std::string Where(std::size_t index) const {
    return fmt::format("{}:{}", lines_[index].page, lines_[index].line);
  }
  void Finish();

  const std::vector<Line>& lines_;
  const SectionKindTable& kinds_;
  Outline outline_;
  std::vector<Level> levels_;
  int context_ = -1;  // appendix or addendum section holding levels_, -1 for the body
  std::string context_path_;
  Mode mode_ = Mode::kBody;
  std::size_t skip_until_ = 0;  // title lines already consumed
  int appendices_ = 0;
  bool in_signing_sentence_ = false;
  bool signing_sentence_ended_ = false;
  int addenda_ = 0;
};

int Builder::AddSection(Section section) {
  outline_.sections.push_back(std::move(section));
  return static_cast<int>(outline_.sections.size()) - 1;
}

std::size_t Builder::ContinueTitle(std::size_t index, std::string* title, bool title_may_be_empty) {
  std::size_t last = index;
  int noise = 0;
  for (std::size_t i = index + 1; i < lines_.size(); ++i) {
    if (!title->empty() && !EndsWithConnector(*title)) break;
    if (IsNoiseLine(lines_[i].folded)) {
      if (++noise > kMaxNoiseBetweenTitleLines) break;
      continue;
    }
    const std::string& text = lines_[i].text;
    if (!IsCapitalsLine(text)) break;
    HeadingLine next = ReadHeadingLine(lines_[i].folded, text);
    if (next.shape != HeadingLine::Shape::kPlain) break;
    if (title->empty() && !title_may_be_empty) break;
    *title += title->empty() ? text : " " + text;
    last = i;
  }
  return last;
}

std::optional<Placement> Builder::PlaceNumbered(const HeadingLine& heading, std::size_t index) {
  std::vector<Numeral> readings = ExactReadings(heading.token, heading.parenthesized);
  // 1. The label some open level expects next, innermost first.
  for (std::size_t level = levels_.size(); level-- > 0;) {
    for (const Numeral& reading : readings) {
      if (reading.style == levels_[level].style && reading.value == levels_[level].value + 1) {
        return Placement{level, reading};
      }
    }
  }
  // 2. A garbled numeral where one is due: capitals only.
  if (heading.style == TitleStyle::kCapitals) {
    for (std::size_t level = levels_.size(); level-- > 0;) {
      Numeral wanted{levels_[level].style, levels_[level].value + 1};
      if (GarbledReadingOf(heading.token, wanted)) return Placement{level, wanted};
    }
  }
  // 3. The first label of a new, deeper level (a style not open yet).
  for (const Numeral& reading : readings) {
    bool open = false;
    for (const Level& level : levels_) open = open || level.style == reading.style;
    if (!open && reading.value == 1) return Placement{levels_.size(), reading};
  }
  // 4. OCR dropped an "I" ("I." for II, "XVII." for XVIII) and the next
  // heading continues the sequence after the expected label, so this is no
  // duplicate in the source.
  if (heading.style == TitleStyle::kCapitals) {
    for (std::size_t level = levels_.size(); level-- > 0;) {
      Numeral wanted{levels_[level].style, levels_[level].value + 1};
      if (wanted.style != NumberStyle::kRoman) continue;
      for (const Numeral& reading : readings) {
        if (reading.style == NumberStyle::kRoman && DropsOneI(LabelText(wanted), heading.token) &&
            NextHeadingIs(index, {wanted.style, wanted.value + 1})) {
          return Placement{level, wanted};
        }
      }
    }
  }
  // 5. A numbering error in the source: kept as written, with a warning,
  // when the line is plainly a heading of an open level.
  if (heading.style != TitleStyle::kCapitals || heading.inline_body) return std::nullopt;
  for (std::size_t level = levels_.size(); level-- > 0;) {
    for (const Numeral& reading : readings) {
      if (reading.style != levels_[level].style) continue;
      Numeral expected{reading.style, levels_[level].value + 1};
      outline_.warnings.push_back(
          fmt::format("{}: section numbering: {} where {} was expected (after {}); kept as written",
                      Where(index), LabelText(reading), LabelText(expected),
                      LabelText({reading.style, levels_[level].value})));
      return Placement{level, reading};
    }
  }
  // The first heading of a body that does not start at one (a fragment).
  if (levels_.empty() && !readings.empty() && readings[0].style == NumberStyle::kRoman) {
    outline_.warnings.push_back(
        fmt::format("{}: section numbering starts at {}", Where(index), LabelText(readings[0])));
    return Placement{0, readings[0]};
  }
  return std::nullopt;
}

bool Builder::NextHeadingIs(std::size_t index, const Numeral& numeral) const {
  for (std::size_t i = index + 1; i < lines_.size() && i <= index + kLookahead; ++i) {
    HeadingLine next = ReadHeadingLine(lines_[i].folded, lines_[i].text);
    // The sequence ends here (an appendix follows): nothing says the label
    // is a duplicate.
    if (next.shape == HeadingLine::Shape::kAppendix ||
        next.shape == HeadingLine::Shape::kAddendum) {
      return true;
    }
    if (next.shape != HeadingLine::Shape::kNumbered || next.style != TitleStyle::kCapitals)
      continue;
    for (const Numeral& reading : ExactReadings(next.token, next.parenthesized)) {
      if (reading.style == numeral.style && reading.value == numeral.value) return true;
    }
    if (GarbledReadingOf(next.token, numeral)) return true;
    // A heading of a deeper level in between says nothing; keep looking.
    bool deeper = false;
    for (const Numeral& reading : ExactReadings(next.token, next.parenthesized)) {
      deeper = deeper || reading.style != numeral.style;
    }
    if (!deeper) return false;
  }
  return true;
}

std::optional<Placement> Builder::PlaceLostNumeral(std::size_t index) {
  if (levels_.empty()) return std::nullopt;
  // The next readable heading tells which level this one belongs to: if it
  // is two past an open level's last label, the lost one sits between.
  for (std::size_t i = index + 1; i < lines_.size() && i <= index + kLookahead; ++i) {
    HeadingLine next = ReadHeadingLine(lines_[i].folded, lines_[i].text);
    if (next.shape != HeadingLine::Shape::kNumbered || next.style != TitleStyle::kCapitals)
      continue;
    for (const Numeral& reading : ExactReadings(next.token, next.parenthesized)) {
      for (std::size_t level = levels_.size(); level-- > 0;) {
        if (reading.style == levels_[level].style && reading.value == levels_[level].value + 2) {
          return Placement{level, {reading.style, levels_[level].value + 1}};
        }
      }
    }
    break;
  }
  const Level& innermost = levels_.back();
  return Placement{levels_.size() - 1, {innermost.style, innermost.value + 1}};
}

void Builder::AddNumbered(std::size_t index, const Placement& placement, const std::string& title) {
  levels_.resize(placement.level);
  Section section;
  section.label = LabelText(placement.numeral);
  std::string path = context_path_;
  for (const Level& level : levels_) {
    if (!path.empty()) path += '.';
    path += PathComponent({level.style, level.value});
  }
  section.path = path + (path.empty() ? "" : ".") + PathComponent(placement.numeral);
  section.title = title;
  section.kind = kinds_.KindOfTitle(title);
  section.depth = static_cast<int>(levels_.size()) + (context_ >= 0 ? 1 : 0);
  section.parent = levels_.empty() ? context_ : levels_.back().section;
  section.first_line = index;
  section.page = lines_[index].page;
  section.line = lines_[index].line;
  int added = AddSection(std::move(section));
  levels_.push_back({placement.numeral.style, placement.numeral.value, added});
}

// "APPEND[X B", "~PENDIXC", "APPE1''1>IX A": a short capitals line close to
// "APPENDIX" that ends in the appendix letter due next.
bool Builder::IsGarbledAppendix(std::string_view folded) const {
  std::string letters = LettersOnly(folded);
  if (letters.size() < 7 || letters.size() > 10 || !IsCapitalsLine(folded)) return false;
  char due = static_cast<char>('a' + appendices_);
  if (letters.back() != due) return false;
  letters.pop_back();
  return SubstringEditDistance("appendix", letters) <= 2 && letters.size() <= 9;
}

// The standard closing sentence ("By signing this MOA, each party represents
// ... to the fullest extent allowed by law.") ends right before the
// signatures, even when the signature page is an image or garbled.
bool Builder::OpensSignatures(std::size_t index) {
  if (signing_sentence_ended_) return true;
  const std::string& folded = lines_[index].folded;
  if (folded.find("y signing") != std::string::npos ||
      folded.find("y s igning") != std::string::npos) {
    in_signing_sentence_ = true;
  }
  if (in_signing_sentence_ && !folded.empty() && folded.back() == '.') {
    in_signing_sentence_ = false;
    signing_sentence_ended_ = true;  // the block opens on the next line
    return false;
  }
  return OpensSignatureBlock(lines_, index);
}

void Builder::Consider(std::size_t index) {
  const Line& line = lines_[index];
  HeadingLine heading = ReadHeadingLine(line.folded, line.text);
  using Shape = HeadingLine::Shape;
  // The first appendix is taken garbled only after the signatures, where
  // appendices begin; in the body a near-miss is more likely a stray line.
  bool appendix_due = appendices_ > 0 || mode_ == Mode::kSignatures;
  if (heading.shape == Shape::kPlain && appendix_due && IsGarbledAppendix(line.folded)) {
    heading.shape = Shape::kAppendix;
    heading.token = std::string(1, static_cast<char>('A' + appendices_));
    heading.title.clear();
  }
  if (heading.shape == Shape::kAppendix || heading.shape == Shape::kAddendum) {
    bool appendix = heading.shape == Shape::kAppendix;
    std::string title = heading.title;
    skip_until_ = ContinueTitle(index, &title, appendix) + 1;
    Section section;
    section.label = appendix ? "APPENDIX " + heading.token : "";
    ++(appendix ? appendices_ : addenda_);
    section.path = appendix ? "App." + heading.token
                            : (addenda_ == 1 ? "Addendum" : fmt::format("Addendum.{}", addenda_));
    section.title = title;
    section.kind = kinds_.KindOfTitle(title);
    if (appendix && section.kind.empty()) section.kind = "appendix";
    if (!appendix) section.kind = "modification";
    section.first_line = index;
    section.page = line.page;
    section.line = line.line;
    levels_.clear();
    context_path_ = section.path;
    context_ = AddSection(std::move(section));
    mode_ = Mode::kBody;
    return;
  }
  if (mode_ == Mode::kSignatures) return;
  if (context_ < 0 && !levels_.empty() && OpensSignatures(index)) {
    Section section;
    section.path = "Signatures";
    section.kind = "signatures";
    section.first_line = index;
    section.page = line.page;
    section.line = line.line;
    AddSection(std::move(section));
    levels_.clear();
    mode_ = Mode::kSignatures;
    return;
  }
  if (heading.shape == Shape::kLabelOnly && index + 1 < lines_.size() &&
      IsCapitalsLine(lines_[index + 1].text) &&
      ReadHeadingLine(lines_[index + 1].folded, lines_[index + 1].text).shape == Shape::kPlain) {
    heading.shape = Shape::kNumbered;
    heading.title = lines_[index + 1].text;
    heading.style = TitleStyle::kCapitals;
    skip_until_ = index + 2;
  }
  if (heading.shape == Shape::kNumbered && heading.style != TitleStyle::kNone) {
    if (std::optional<Placement> placement = PlaceNumbered(heading, index)) {
      std::string title = heading.title;
      if (!heading.inline_body)
        skip_until_ = std::max(skip_until_, ContinueTitle(index, &title, false) + 1);
      AddNumbered(index, *placement, title);
      return;
    }
  }
  // A heading whose numeral the scanner lost ("<;:. COMMUNITY OUTREACH", or
  // no label at all): capitals, short, naming a known kind, after a full stop.
  bool garbled_label =
      heading.shape == Shape::kNumbered && ExactReadings(heading.token, false).empty();
  bool unlabeled = heading.shape == Shape::kPlain;
  if ((garbled_label || unlabeled) && heading.style == TitleStyle::kCapitals &&
      heading.title.size() <= kMaxLostNumeralTitle && !kinds_.KindOfTitle(heading.title).empty() &&
      index > 0) {
    std::string_view previous = lines_[index - 1].folded;
    bool after_stop = previous.empty() || previous.back() == '.' || previous.back() == ':' ||
                      IsNoiseLine(previous);
    if (!after_stop) return;
    if (std::optional<Placement> placement = PlaceLostNumeral(index)) {
      outline_.warnings.push_back(
          fmt::format("{}: heading \"{}\" has no readable numeral; taken as {}", Where(index),
                      heading.title, LabelText(placement->numeral)));
      std::string title = heading.title;
      skip_until_ = std::max(skip_until_, ContinueTitle(index, &title, false) + 1);
      AddNumbered(index, *placement, title);
    }
  }
}

void Builder::Finish() {
  std::vector<Section>& sections = outline_.sections;
  std::size_t first = sections.empty() ? lines_.size() : sections.front().first_line;
  if (first > 0) {
    Section preamble;
    preamble.path = "Preamble";
    // An unheaded opening that names the parties (the 2025 task force
    // template) is the parties clause; a title page alone is the preamble.
    preamble.kind = NamesParties(lines_, first) ? "parties" : "preamble";
    preamble.page = lines_.front().page;
    preamble.line = lines_.front().line;
    sections.insert(sections.begin(), preamble);
    for (std::size_t i = 1; i < sections.size(); ++i) {
      if (sections[i].parent >= 0) ++sections[i].parent;
    }
  }
  // A section ends where the next section at its depth or shallower begins.
  for (std::size_t i = 0; i < sections.size(); ++i) {
    sections[i].end_line = lines_.size();
    for (std::size_t j = i + 1; j < sections.size(); ++j) {
      if (sections[j].depth <= sections[i].depth) {
        sections[i].end_line = sections[j].first_line;
        break;
      }
    }
  }
  outline_.section_of_line.assign(lines_.size(), -1);
  for (std::size_t i = 0; i < sections.size(); ++i) {  // pre-order: children overwrite parents
    for (std::size_t line = sections[i].first_line; line < sections[i].end_line; ++line) {
      outline_.section_of_line[line] = static_cast<int>(i);
    }
  }
}

Outline Builder::Build() {
  if (lines_.empty()) return outline_;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (i < skip_until_) continue;
    Consider(i);
  }
  Finish();
  return std::move(outline_);
}

}  // namespace
}  // namespace outline

Outline ParseOutline(const Document& document, const SectionKindTable& kinds) {
  return outline::Builder(document, kinds).Build();
}

}  // namespace moacheck
