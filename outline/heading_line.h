// Reading one line as a possible heading: the label token before the title
// ("IV." "(a)" "APPENDIXB"), the title, and the evidence that the line is a
// heading rather than body text (capitals, title case, short, no sentence
// running on). Which level a label belongs to is decided later, from the
// numbering sequence (outline/outline_builder.cc).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace moacheck::outline {

enum class TitleStyle {
  kNone,       // reads as running text
  kCapitals,   // "ICE SUPERVISION"
  kTitleCase,  // "Review of Complaints"
};

struct HeadingLine {
  enum class Shape {
    kPlain,      // no label: body text, or a heading whose numeral was lost
    kNumbered,   // label token then text: "IV. RESPONSIBILITIES", "8. NOMINATION..."
    kLabelOnly,  // the label alone ("II."), title on the next line
    kAppendix,   // "APPENDIX B", "APPENDIXB COMPLAINT PROCEDURE"
    kAddendum,   // "ADDENDUM TO MODIFY MEMORANDUM OF AGREEMENT"
  };
  Shape shape = Shape::kPlain;
  std::string token;           // the label as written, without "." or parentheses
  bool parenthesized = false;  // "(a)"
  std::string title;           // heading text, for inline headings only the heading part
  TitleStyle style = TitleStyle::kNone;
  bool inline_body = false;  // running text follows the title on the same line
};

// `folded` is Line::folded, `text` Line::text (the title is cut from `text`
// so quotes keep their curly form; both have the same code points).
HeadingLine ReadHeadingLine(std::string_view folded, std::string_view text);

// The style of a would-be title: capitals, title case, or running text.
TitleStyle StyleOfTitle(std::string_view title);

// True for lines in capitals that could continue a title ("THIRD PARTIES").
bool IsCapitalsLine(std::string_view text);
// True when a title stops mid-phrase ("RELEASE OF INFORMATION TO") so the
// next capitals line continues it.
bool EndsWithConnector(std::string_view title);
// Fewer than two letters: scanner specks, stray bullets, page rules.
bool IsNoiseLine(std::string_view text);

}  // namespace moacheck::outline
