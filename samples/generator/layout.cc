#include "samples/generator/layout.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>

#include <cctype>

namespace moacheck::samples {
namespace {

constexpr double kLineHeight = 13.8;
constexpr double kParagraphGap = 9;
constexpr double kHeadingTab = 54;  // title column after "VIII." labels
constexpr double kSubheadingIndent = 18;
constexpr double kBulletMarkerIndent = 22;
constexpr double kBulletTextIndent = 40;
constexpr double kSubBulletMarkerIndent = 58;
constexpr double kSubBulletTextIndent = 74;
constexpr double kColumnGap = 18;
constexpr double kSpacedTracking = 0.35 * kBodySize;
// A word is split at a line end only when leaving it whole would waste more
// than this share of the line: some words get hyphenated, most do not.
constexpr double kHyphenateWhenGapAbove = 0.05;
constexpr size_t kHyphenateMinLetters = 9;

cairo_t* MeasuringContext() {
  static cairo_t* context = [] {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
    return cairo_create(surface);
  }();
  return context;
}

// A wrap unit: one word, or a letter-spaced phrase that never breaks.
struct Token {
  std::string text;
  bool spaced = false;
};

// Splits on spaces; "{~take and maintain~}" becomes one spaced token.
std::vector<Token> Tokenize(const std::string& text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
    } else if (text.compare(i, 2, "{~") == 0) {
      size_t end = text.find("~}", i + 2);
      if (end == std::string::npos) end = text.size();
      tokens.push_back({text.substr(i + 2, end - i - 2), true});
      i = end + 2;
    } else {
      size_t end = text.find(' ', i);
      if (end == std::string::npos) end = text.size();
      tokens.push_back({text.substr(i, end - i), false});
      i = end;
    }
  }
  return tokens;
}

double TokenWidth(const Token& token) {
  return TextWidth(token.text, false, kBodySize, token.spaced ? kSpacedTracking : 0);
}

// Where `word` may be split: before a common suffix ("immigra-tion",
// "enforce-ment", "process-ing"), leaving at least 4 letters before it. Only
// plain lowercase words (trailing punctuation allowed) qualify, so real
// compounds, names and citations are never split. Longest first part first.
std::vector<size_t> SplitPoints(const std::string& word) {
  static const std::string_view kSuffixes[] = {"tion", "sion", "ment", "ance", "ence", "ing"};
  size_t letters = word.size();
  while (letters > 0 && std::ispunct(static_cast<unsigned char>(word[letters - 1]))) --letters;
  std::vector<size_t> points;
  if (letters < kHyphenateMinLetters) return points;
  for (size_t i = 0; i < letters; ++i) {
    if (!std::islower(static_cast<unsigned char>(word[i]))) return points;
  }
  for (size_t k = letters - 3; k >= 4; --k) {
    std::string_view rest(word.data() + k, letters - k);
    for (std::string_view suffix : kSuffixes) {
      if (rest.substr(0, suffix.size()) == suffix) {
        points.push_back(k);
        break;
      }
    }
  }
  return points;
}

// One laid-out line before pagination: pieces with x positions, y unset.
struct Line {
  std::vector<DrawPiece> pieces;
  double height = kLineHeight;
  double gap_before = 0;
  bool keep_with_next = false;  // headings stay with the text they open
  std::string hyphenated_word;
  std::string hyphen_first_part;
  std::vector<std::string> spaced_phrases;
};

class LineBuilder {
 public:
  LineBuilder(double first_x, double hanging_x, double right)
      : first_x_(first_x), hanging_x_(hanging_x), right_(right) {}

  std::vector<Line> Wrap(const std::string& text) {
    std::vector<Token> tokens = Tokenize(text);
    StartLine();
    for (size_t i = 0; i < tokens.size(); ++i) {
      Token token = tokens[i];
      double width = TokenWidth(token);
      double space = TextWidth(" ", false, kBodySize);
      double start = cursor_ == line_x_ ? cursor_ : cursor_ + space;
      if (start + width <= right_ || cursor_ == line_x_) {
        Place(token, start, width);
        continue;
      }
      if (!token.spaced && TryHyphenate(token, start)) continue;
      FinishLine();
      StartLine();
      Place(token, cursor_, width);
    }
    FinishLine();
    return std::move(lines_);
  }

 private:
  void StartLine() {
    line_x_ = lines_.empty() ? first_x_ : hanging_x_;
    cursor_ = line_x_;
    current_ = Line{};
  }

  void FinishLine() {
    if (!current_.pieces.empty()) lines_.push_back(std::move(current_));
    current_ = Line{};
  }

  // Consecutive plain words share one piece so the text layer reads
  // naturally; letter-spaced phrases are pieces of their own.
  void Place(const Token& token, double x, double width) {
    if (token.spaced) {
      // A tracking-wide lead keeps the preceding word from gluing to the
      // first letter.
      x += cursor_ == line_x_ ? 0 : kSpacedTracking;
      current_.pieces.push_back({x, 0, token.text, false, kBodySize, kSpacedTracking});
      current_.spaced_phrases.push_back(token.text);
    } else if (!current_.pieces.empty() && current_.pieces.back().tracking == 0) {
      current_.pieces.back().text += " " + token.text;
    } else {
      current_.pieces.push_back({x, 0, token.text});
    }
    cursor_ = x + width;
  }

  bool TryHyphenate(Token& token, double start) {
    double line_width = right_ - line_x_;
    if (right_ - cursor_ < kHyphenateWhenGapAbove * line_width) return false;
    for (size_t split : SplitPoints(token.text)) {
      std::string first = token.text.substr(0, split) + "-";
      double first_width = TextWidth(first, false, kBodySize);
      if (start + first_width > right_) continue;
      Place({first, false}, start, first_width);
      size_t letters = token.text.find_first_of(".,;:)", split);
      current_.hyphenated_word = token.text.substr(0, letters);
      current_.hyphen_first_part = token.text.substr(0, split);
      FinishLine();
      StartLine();
      Token rest{token.text.substr(split), false};
      Place(rest, cursor_, TokenWidth(rest));
      return true;
    }
    return false;
  }

  double first_x_, hanging_x_, right_;
  double line_x_ = 0, cursor_ = 0;
  Line current_;
  std::vector<Line> lines_;
};

double RightEdge() { return kPageWidth - kMarginRight; }

std::vector<Line> LinesOf(const Block& block) {
  std::vector<Line> lines;
  switch (block.kind) {
    case BlockKind::kTitle:
    case BlockKind::kCenter: {
      double size = block.kind == BlockKind::kTitle ? 12 : kBodySize;
      double width = TextWidth(block.text, true, size);
      Line line;
      line.pieces.push_back({(kPageWidth - width) / 2, 0, block.text, true, size});
      line.keep_with_next = true;
      line.gap_before = block.kind == BlockKind::kCenter ? 4 : 0;
      lines.push_back(line);
      break;
    }
    case BlockKind::kHeading: {
      Line line;
      size_t space = block.text.find(' ');
      std::string label = block.text.substr(0, space);
      std::string title = space == std::string::npos ? "" : block.text.substr(space + 1);
      double label_end = kMarginLeft + TextWidth(label, true, kBodySize);
      double title_x = std::max(kMarginLeft + kHeadingTab, label_end + 8);
      line.pieces.push_back({kMarginLeft, 0, label, true});
      if (!title.empty()) line.pieces.push_back({title_x, 0, title, true});
      line.gap_before = kParagraphGap + 4;
      line.keep_with_next = true;
      lines.push_back(line);
      break;
    }
    case BlockKind::kSubheading: {
      Line line;
      line.pieces.push_back({kMarginLeft + kSubheadingIndent, 0, block.text, true});
      line.gap_before = kParagraphGap;
      line.keep_with_next = true;
      lines.push_back(line);
      break;
    }
    case BlockKind::kParagraph:
      lines = LineBuilder(kMarginLeft, kMarginLeft, RightEdge()).Wrap(block.text);
      if (!lines.empty()) lines.front().gap_before = kParagraphGap;
      break;
    case BlockKind::kBullet:
    case BlockKind::kSubBullet: {
      bool nested = block.kind == BlockKind::kSubBullet;
      double text_x = kMarginLeft + (nested ? kSubBulletTextIndent : kBulletTextIndent);
      lines = LineBuilder(text_x, text_x, RightEdge()).Wrap(block.text);
      if (lines.empty()) break;
      double marker_x = kMarginLeft + (nested ? kSubBulletMarkerIndent : kBulletMarkerIndent);
      auto& pieces = lines.front().pieces;
      pieces.insert(pieces.begin(), DrawPiece{marker_x, 0, nested ? "o" : "\u2022"});
      lines.front().gap_before = nested ? 4 : kParagraphGap;
      break;
    }
    case BlockKind::kLines: {
      // Signature and address blocks: kept together, two columns on " | ".
      double right_x = kPageWidth / 2 + kColumnGap;
      for (const std::string& text : block.lines) {
        Line line;
        size_t bar = text.find(" | ");
        std::string left = text.substr(0, bar);
        size_t indent = left.find_first_not_of(' ');
        if (indent != std::string::npos) {
          line.pieces.push_back({kMarginLeft + 4.0 * indent, 0, left.substr(indent)});
        }
        if (bar != std::string::npos) {
          std::string right = text.substr(bar + 3);
          size_t start = right.find_first_not_of(' ');
          if (start != std::string::npos) line.pieces.push_back({right_x, 0, right.substr(start)});
        }
        line.keep_with_next = true;
        lines.push_back(line);
      }
      if (!lines.empty()) {
        lines.front().gap_before = kParagraphGap;
        lines.back().keep_with_next = false;
      }
      break;
    }
    case BlockKind::kPageBreak:
      break;
  }
  return lines;
}

}  // namespace

double TextWidth(const std::string& text, bool bold, double size, double tracking) {
  cairo_t* context = MeasuringContext();
  cairo_select_font_face(context, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(context, size);
  cairo_text_extents_t extents;
  cairo_text_extents(context, text.c_str(), &extents);
  if (tracking <= 0) return extents.x_advance;
  double width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    while (i + length < text.size() && (text[i + length] & 0xC0) == 0x80) ++length;
    width += SpacedAdvance(text.substr(i, length), bold, size, tracking);
    i += length;
  }
  return width;
}

double SpacedAdvance(const std::string& character, bool bold, double size, double tracking) {
  double advance = TextWidth(character, bold, size) + tracking;
  return character == " " ? 2 * advance : advance;
}

bool CheckFontInstalled(std::string& error) {
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(kFontFamily));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  FcChar8* family = nullptr;
  bool found = match && FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch &&
               std::string(reinterpret_cast<char*>(family)) == kFontFamily;
  if (match) FcPatternDestroy(match);
  FcPatternDestroy(pattern);
  if (!found) {
    error = std::string("font \"") + kFontFamily +
            "\" is not installed (Debian package fonts-liberation; run scripts/setup.sh)";
  }
  return found;
}

Layout LayOut(const SampleSource& source) {
  Layout layout;
  layout.pages.emplace_back();
  double y = kBodyTop;
  auto new_page = [&] {
    layout.pages.emplace_back();
    y = kBodyTop;
  };
  // Lines of the whole document; a page break is an empty marker line.
  std::vector<Line> lines;
  std::vector<bool> break_before;
  for (const Block& block : source.blocks) {
    if (block.kind == BlockKind::kPageBreak) {
      lines.push_back(Line{});
      break_before.push_back(true);
      continue;
    }
    for (Line& line : LinesOf(block)) {
      lines.push_back(std::move(line));
      break_before.push_back(false);
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (break_before[i]) {
      new_page();
      continue;
    }
    bool page_has_text = !layout.pages.back().pieces.empty();
    double gap = page_has_text ? line.gap_before : 0;
    // A chain of keep-with-next lines must fit with the line after it.
    double needed = gap + line.height;
    for (size_t j = i; j + 1 < lines.size() && lines[j].keep_with_next && !break_before[j + 1];
         ++j) {
      needed += lines[j + 1].gap_before + lines[j + 1].height;
    }
    if (page_has_text && y + needed > kBodyBottom) {
      new_page();
      gap = 0;
    }
    y += gap + line.height;
    int page = static_cast<int>(layout.pages.size());
    for (DrawPiece& piece : line.pieces) {
      piece.y = y;
      layout.pages.back().pieces.push_back(piece);
    }
    if (!line.hyphenated_word.empty()) {
      layout.hyphenations.push_back({page, line.hyphenated_word, line.hyphen_first_part});
    }
    for (const std::string& phrase : line.spaced_phrases) {
      layout.letter_spacings.push_back({page, phrase});
    }
  }
  if (layout.pages.back().pieces.empty() && layout.pages.size() > 1) layout.pages.pop_back();
  return layout;
}

}  // namespace moacheck::samples
