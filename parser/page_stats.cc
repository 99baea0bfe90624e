// MeasurePageText / PageNeedsOcr: the per-page "is this text layer usable"
// decision.
#include "parser/page_stats.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>

namespace moacheck {
namespace {

constexpr UChar32 kReplacementChar = 0xFFFD;

// Thresholds measured on the 276 pages of the 23 corpus agreements
// (bench/ocr_page_stats.sh; text layers in poppler's physical layout, as the parser reads them):
// - Chars: pages with a real text layer hold 169-3562 non-space characters
//   (a full page of body text 2000-3500; the shortest, 169-207, are the tail
//   of a section or a signature block). Scanned pages hold 0 (31 pages), or
//   only a digital-signature stamp laid over the scan ("Digitally signed by
//   ... Date: ...": 9, 29, 71, 75 characters). 160, two full lines of body
//   text, separates them; a short genuine page that falls under it only
//   costs an OCR of clean print, while a missed scan loses the page.
// - Garbage ratio: real text layers, including the ones a scanner's own OCR
//   made ("perfonn", "te1ms", "M0A"), stay at or under 0.04; the one broken font
//   encoding in the corpus ("$BMFC7JUFMMP" for "Caleb Vitello", over a
//   scanned signature page) is 0.43. 0.25 sits in the gap with room for
//   noisier scanner OCR than we have seen.
// - U+FFFD: no corpus page has any; more than 1 in 20 characters means the
//   fonts carry no usable Unicode mapping.
constexpr std::size_t kMinUsableChars = 160;
constexpr double kMaxGarbageRatio = 0.25;
constexpr std::size_t kMaxReplacementShare = 20;  // at most 1/20 of the characters

// Punctuation that may open or close a word ("(a)", "Agreement.", "“LEA”").
bool IsEdgePunctuation(UChar32 c) {
  return u_ispunct(c) || c == '$' || c == '%' || c == '|' || c == '<' || c == '>' || c == '+' ||
         c == '=' || c == '~' || c == '^' || c == '`';
}

// Symbols real agreement words hold inside them: "287(g)", "I-247A", "U.S.C.",
// "and/or", "§1357", "Sheriff’s", "01/22/2025", "ERO@ice.dhs.gov". Money,
// percent and number signs only open or close a word ("$5,000", "50%").
bool IsInnerSymbol(UChar32 c) {
  switch (c) {
    case '\'':
    case 0x2019:
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2013:
    case 0x2014:
    case '.':
    case ',':
    case '/':
    case '(':
    case ')':
    case 0x00A7:
    case '&':
    case ':':
    case '@':
    case '_':
      return true;
    default:
      return false;
  }
}

bool IsVowel(UChar32 c) {
  if (c > 0x7F) return true;  // accented letters: do not judge other alphabets
  switch (u_tolower(c)) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

std::vector<UChar32> Decode(std::string_view token) {
  std::vector<UChar32> points;
  int32_t offset = 0;
  int32_t length = static_cast<int32_t>(token.size());
  while (offset < length) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(token.data()), offset, length, c);
    points.push_back(c < 0 ? kReplacementChar : c);
  }
  return points;
}

enum class TokenKind { kNotAWord, kWord, kGarbage };

// A token is garbage when no agreement would print it: symbols inside a
// word, letters and digits interleaved ("l1l1", "BMFC7JUF"), long lower-case runs
// without a vowel ("rnrnm"), case flipping inside a word ("tHiS"), one
// letter repeated ("iiii"), or a glyph the PDF could not map.
TokenKind Classify(const std::vector<UChar32>& token) {
  std::size_t begin = 0;
  std::size_t end = token.size();
  while (begin < end && IsEdgePunctuation(token[begin])) ++begin;
  while (end > begin && IsEdgePunctuation(token[end - 1])) --end;
  std::size_t letters = 0;
  std::size_t digits = 0;
  std::size_t vowels = 0;
  std::size_t uppers = 0;
  std::size_t case_flips = 0;
  std::size_t letter_digit_runs = 0;
  int previous_class = 0;  // 1 letter, 2 digit
  bool odd_symbol = false;
  bool inner_symbol = false;
  bool replacement = false;
  bool one_letter_repeated = true;
  for (std::size_t i = begin; i < end; ++i) {
    UChar32 c = token[i];
    int char_class = 0;
    if (c == kReplacementChar) {
      replacement = true;
    } else if (u_isalpha(c)) {
      char_class = 1;
      ++letters;
      if (IsVowel(c)) ++vowels;
      if (u_isupper(c)) {
        ++uppers;
        if (i > begin && u_islower(token[i - 1])) ++case_flips;
      }
      if (letters > 1 && u_tolower(c) != u_tolower(token[begin])) one_letter_repeated = false;
    } else if (u_isdigit(c)) {
      char_class = 2;
      ++digits;
    } else if (IsInnerSymbol(c)) {
      inner_symbol = true;
    } else {
      odd_symbol = true;
    }
    if (char_class != 0 && char_class != previous_class) {
      ++letter_digit_runs;
      previous_class = char_class;
    }
  }
  if (replacement) return TokenKind::kGarbage;
  if (letters == 0 && digits == 0) return TokenKind::kNotAWord;
  if (odd_symbol) return TokenKind::kGarbage;
  // "I-247A" and "1357(g)" separate their letters from their digits; a digit
  // wedged between letters with nothing around it is a misread glyph ("B7J").
  if (letter_digit_runs >= 4 || (letter_digit_runs == 3 && !inner_symbol)) {
    return TokenKind::kGarbage;
  }
  if (digits == 0) {
    bool acronym = uppers == letters;
    if (!acronym && letters >= 5 && vowels == 0) return TokenKind::kGarbage;
    if (case_flips >= 2) return TokenKind::kGarbage;
    if (letters >= 4 && one_letter_repeated) return TokenKind::kGarbage;
  }
  return TokenKind::kWord;
}

}  // namespace

double PageStats::GarbageRatio() const {
  return words == 0 ? 0.0 : static_cast<double>(garbage_words) / static_cast<double>(words);
}

PageStats MeasurePageText(const std::vector<std::string>& lines) {
  PageStats stats;
  for (const std::string& line : lines) {
    std::vector<UChar32> token;
    auto finish_token = [&] {
      if (token.empty()) return;
      TokenKind kind = Classify(token);
      if (kind != TokenKind::kNotAWord) ++stats.words;
      if (kind == TokenKind::kGarbage) ++stats.garbage_words;
      token.clear();
    };
    for (UChar32 c : Decode(line)) {
      if (u_isUWhiteSpace(c)) {
        finish_token();
        continue;
      }
      ++stats.chars;
      if (c == kReplacementChar) ++stats.replacement_chars;
      token.push_back(c);
    }
    finish_token();
  }
  return stats;
}

bool PageNeedsOcr(const PageStats& stats) {
  if (stats.chars < kMinUsableChars) return true;
  if (stats.replacement_chars * kMaxReplacementShare > stats.chars) return true;
  return stats.GarbageRatio() > kMaxGarbageRatio;
}

bool ShouldOcrPage(OcrMode mode, const PageStats& stats) {
  switch (mode) {
    case OcrMode::kNever:
      return false;
    case OcrMode::kForce:
      return true;
    case OcrMode::kAuto:
      break;
  }
  return PageNeedsOcr(stats);
}

}  // namespace moacheck
