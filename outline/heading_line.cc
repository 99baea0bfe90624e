// Heading evidence for one line. Real agreements put headings in capitals
// ("IV. RESPONSIBILITIES") or, inside appendices, in title case ("2. Review
// of Complaints"); body lines that merely open with a capital and a period
// ("U.S. Immigration", "C. M. Cronen", "A. Telephonically to the ICE OPR at
// ... ; or") fail these tests.
#include "outline/heading_line.h"

#include <cctype>
#include <set>
#include <vector>

#include "common/regex.h"

namespace moacheck::outline {
namespace {

constexpr std::size_t kMaxTitleChars = 100;
constexpr std::size_t kMaxTitleWords = 14;
constexpr std::size_t kMaxInlineTitleWords = 8;

// Fixed patterns, compiled once and shared (a compiled Regex is immutable);
// a pattern that fails to compile is a programming error the unit tests catch.
Regex Compiled(const char* pattern, bool caseless) {
  RegexOptions options;
  options.caseless = caseless;
  return Regex::Compile(pattern, options, "outline/heading_line.cc").value();
}

constexpr const char* kAppendix =
    R"(^\s*APPENDIX\s*([A-Z]|[0-9]{1,2})(?![A-Za-z0-9])\s*[.:\-]?\s*(.*)$)";
constexpr const char* kAddendum = R"(^\s*ADDENDUM\b)";
// "(a) Title", "(ii) Title"
constexpr const char* kParenLabel = R"(^\s*\(([A-Za-z0-9]{1,5})\)\s+(\S.*)$)";
// "IV. Title", "IV . Title", "X, TITLE", "<;:. TITLE"; the token may not hold a
// period, so "U.S. Immigration" and "IV.B. of this MOA" do not qualify.
constexpr const char* kDottedLabel = R"(^\s*([^\s.,()]{1,6})\s?[.,]\s+(\S.*)$)";
constexpr const char* kLabelAlone = R"(^\s*([IVXivx]{1,6}|[A-Z]|[0-9]{1,2})\s?\.\s*$)";

const Regex& AppendixPattern() {
  static const Regex regex = Compiled(kAppendix, false);
  return regex;
}
const Regex& AddendumPattern() {
  static const Regex regex = Compiled(kAddendum, false);
  return regex;
}
const Regex& ParenLabelPattern() {
  static const Regex regex = Compiled(kParenLabel, false);
  return regex;
}
const Regex& DottedLabelPattern() {
  static const Regex regex = Compiled(kDottedLabel, false);
  return regex;
}
const Regex& LabelAlonePattern() {
  static const Regex regex = Compiled(kLabelAlone, false);
  return regex;
}

bool IsSmallWord(std::string_view word) {
  static const std::set<std::string, std::less<>> kSmall = {
      "a",  "an",  "and", "as",   "at",    "by",   "for", "from", "in", "of",  "on",
      "or", "the", "to",  "with", "under", "into", "its", "per",  "vs", "via", "upon"};
  return kSmall.count(word) > 0;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

// A title keeps its words; trailing punctuation a scanner or the typist added
// (".", ":", stray "|") goes.
std::string CleanTitle(std::string_view title) {
  title = Trim(title);
  while (!title.empty() && (title.front() == '.' || title.front() == ',' || title.front() == ' ')) {
    title.remove_prefix(1);
  }
  while (!title.empty() && (title.back() == '.' || title.back() == ':' || title.back() == '|' ||
                            title.back() == '-' || title.back() == ' ')) {
    title.remove_suffix(1);
  }
  return std::string(title);
}

bool EndsMidSentence(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  char last = text.back();
  if (last == ',' || last == ';') return true;
  std::vector<std::string_view> words = Words(text);
  std::string tail(words.back());
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == "or" || tail == "and";
}

}  // namespace

bool IsNoiseLine(std::string_view text) {
  int letters = 0;
  for (char c : text) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  return letters < 2;
}

bool IsCapitalsLine(std::string_view text) {
  int letters = 0, upper = 0;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
      upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
    }
  }
  // Scanner noise puts a few lower-case letters into capitals ("TERMijNATION").
  return letters >= 3 && upper * 10 >= letters * 8 && Trim(text).size() <= kMaxTitleChars;
}

bool EndsWithConnector(std::string_view title) {
  std::vector<std::string_view> words = Words(Trim(title));
  if (words.empty()) return false;
  std::string last = std::string(words.back());
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (last == "t0") last = "to";
  return IsSmallWord(last);
}

TitleStyle StyleOfTitle(std::string_view title) {
  title = Trim(title);
  if (title.empty() || title.size() > kMaxTitleChars || EndsMidSentence(title)) {
    return TitleStyle::kNone;
  }
  // Initials ("M. Cronen", "J. Smith") are names, not titles.
  if (title.size() >= 2 && std::isupper(static_cast<unsigned char>(title[0])) &&
      (title[1] == '.' || (title.size() >= 3 && title[1] == ' ' && title[2] == '.'))) {
    return TitleStyle::kNone;
  }
  if (IsCapitalsLine(title)) return TitleStyle::kCapitals;
  std::vector<std::string_view> words = Words(title);
  if (words.size() > kMaxTitleWords) return TitleStyle::kNone;
  int significant = 0, capitalized = 0;
  for (std::string_view word : words) {
    std::size_t start = 0;
    while (start < word.size() && !std::isalnum(static_cast<unsigned char>(word[start]))) ++start;
    if (start == word.size()) continue;
    std::string lower;
    for (char c : word.substr(start))
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (IsSmallWord(lower)) continue;
    ++significant;
    if (!std::islower(static_cast<unsigned char>(word[start]))) ++capitalized;
  }
  if (significant == 0 || !std::isupper(static_cast<unsigned char>(title[0])))
    return TitleStyle::kNone;
  return capitalized * 10 >= significant * 8 ? TitleStyle::kTitleCase : TitleStyle::kNone;
}

HeadingLine ReadHeadingLine(std::string_view folded, std::string_view text) {
  HeadingLine heading;
  RegexMatch match;
  auto title_from = [&](std::size_t offset) {
    // `folded` and `text` share code points but not always bytes (curly
    // quotes); cut from `text` only when lengths agree.
    std::string_view source = folded.size() == text.size() ? text : folded;
    return source.substr(std::min(offset, source.size()));
  };
  if (AppendixPattern().Find(folded, &match)) {
    heading.shape = HeadingLine::Shape::kAppendix;
    heading.token = std::string(match.group(folded, 1));
    std::string_view rest = match.has(2) ? title_from(match.groups[2].first) : "";
    heading.title = CleanTitle(rest);
    heading.style = heading.title.empty() ? TitleStyle::kCapitals : StyleOfTitle(heading.title);
    return heading;
  }
  if (AddendumPattern().Find(folded) && IsCapitalsLine(folded)) {
    heading.shape = HeadingLine::Shape::kAddendum;
    heading.title = CleanTitle(text);
    heading.style = TitleStyle::kCapitals;
    return heading;
  }
  if (LabelAlonePattern().Find(folded, &match)) {
    heading.shape = HeadingLine::Shape::kLabelOnly;
    heading.token = std::string(match.group(folded, 1));
    return heading;
  }
  bool labeled = false;
  if (ParenLabelPattern().Find(folded, &match)) {
    heading.parenthesized = true;
    labeled = true;
  } else if (DottedLabelPattern().Find(folded, &match)) {
    labeled = true;
  }
  std::string_view rest = folded;
  if (labeled) {
    heading.shape = HeadingLine::Shape::kNumbered;
    heading.token = std::string(match.group(folded, 1));
    rest = title_from(match.groups[2].first);
  }
  heading.style = StyleOfTitle(rest);
  if (heading.style != TitleStyle::kNone) {
    heading.title = CleanTitle(rest);
    return heading;
  }
  // An inline heading: "A. Training. The LEA will ..." - a short title-like
  // phrase closed by a period, then running text.
  if (!labeled) return heading;
  std::size_t stop = rest.find(". ");
  if (stop == std::string_view::npos || Words(rest.substr(0, stop)).size() > kMaxInlineTitleWords) {
    return heading;
  }
  std::string_view head = rest.substr(0, stop);
  TitleStyle style = StyleOfTitle(head);
  if (style != TitleStyle::kNone) {
    heading.style = style;
    heading.title = CleanTitle(head);
    heading.inline_body = true;
  }
  return heading;
}

}  // namespace moacheck::outline
