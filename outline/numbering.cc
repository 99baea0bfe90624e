// Label values and OCR-garbled numerals ("Ill."/"ID." for III, "JV." for
// IV, "8." for B), read through the OCR confusion table.
#include "outline/numbering.h"

#include <cctype>

#include "common/ocr_confusions.h"

namespace moacheck::outline {
namespace {

constexpr int kMaxRoman = 39;  // no agreement has more sections than that

bool IsPunct(char c) { return !std::isalnum(static_cast<unsigned char>(c)); }

// What a scanner makes of Roman digits: one I, two I's, a V or an X
// (common/ocr_confusions.cc).
std::string RomanFromGarbled(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == 'I' || c == 'V' || c == 'X') {
      out += c;
      continue;
    }
    std::string_view printed = OcrPrinted(std::string_view(&c, 1), OcrUse::kRoman);
    if (printed.empty()) return "";
    out += printed;
  }
  return out;
}

char LetterFromGarbled(char c) {
  std::string_view printed = OcrPrinted(std::string_view(&c, 1), OcrUse::kLabelLetter);
  return printed.empty() ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                         : printed.front();
}

char DigitFromGarbled(char c) {
  std::string_view printed = OcrPrinted(std::string_view(&c, 1), OcrUse::kDigit);
  return printed.empty() ? c : printed.front();
}

bool IsLetterStyle(NumberStyle style) {
  return style == NumberStyle::kUpperLetter || style == NumberStyle::kLowerLetter ||
         style == NumberStyle::kParenLower;
}

}  // namespace

int RomanValue(std::string_view text) {
  if (text.empty() || text.size() > 7) return 0;
  for (int value = 1; value <= kMaxRoman; ++value) {
    if (RomanText(value) == text) return value;
  }
  return 0;
}

std::string RomanText(int value) {
  static const char* const kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  static const char* const kTens[] = {"", "X", "XX", "XXX"};
  if (value <= 0 || value > kMaxRoman) return "";
  return std::string(kTens[value / 10]) + kOnes[value % 10];
}

std::vector<Numeral> ExactReadings(std::string_view token, bool parenthesized) {
  std::vector<Numeral> readings;
  if (token.empty() || token.size() > 6) return readings;
  bool all_digits = true;
  for (char c : token) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (all_digits) {
    if (token.size() <= 2) {
      int value = std::stoi(std::string(token));
      if (value > 0) {
        readings.push_back({parenthesized ? NumberStyle::kParenDigit : NumberStyle::kDigit, value});
      }
    }
    return readings;
  }
  std::string upper;
  for (char c : token) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  bool lower = std::islower(static_cast<unsigned char>(token[0])) != 0;
  if (parenthesized) {
    if (lower && RomanValue(upper) > 0)
      readings.push_back({NumberStyle::kParenRoman, RomanValue(upper)});
    if (lower && token.size() == 1)
      readings.push_back({NumberStyle::kParenLower, token[0] - 'a' + 1});
    return readings;
  }
  if (!lower && RomanValue(token) > 0) readings.push_back({NumberStyle::kRoman, RomanValue(token)});
  if (token.size() == 1 && std::isalpha(static_cast<unsigned char>(token[0]))) {
    readings.push_back(
        {lower ? NumberStyle::kLowerLetter : NumberStyle::kUpperLetter, upper[0] - 'A' + 1});
  }
  return readings;
}

bool GarbledReadingOf(std::string_view token, const Numeral& wanted) {
  if (token.empty() || token.size() > 6) return false;
  switch (wanted.style) {
    case NumberStyle::kRoman:
    case NumberStyle::kParenRoman: {
      std::string mapped = RomanFromGarbled(token);
      return !mapped.empty() && RomanValue(mapped) == wanted.value;
    }
    case NumberStyle::kDigit:
    case NumberStyle::kParenDigit: {
      std::string mapped;
      for (char c : token) mapped += DigitFromGarbled(c);
      return mapped == std::to_string(wanted.value);
    }
    default:
      break;
  }
  if (!IsLetterStyle(wanted.style)) return false;
  // One letter, possibly followed by punctuation the scanner added ("<;:").
  for (std::size_t i = 1; i < token.size(); ++i) {
    if (!IsPunct(token[i])) return false;
  }
  return LetterFromGarbled(token[0]) == 'A' + wanted.value - 1;
}

std::string PathComponent(const Numeral& numeral) {
  switch (numeral.style) {
    case NumberStyle::kRoman:
      return RomanText(numeral.value);
    case NumberStyle::kUpperLetter:
      return std::string(1, static_cast<char>('A' + numeral.value - 1));
    case NumberStyle::kDigit:
    case NumberStyle::kParenDigit:
      return std::to_string(numeral.value);
    case NumberStyle::kLowerLetter:
    case NumberStyle::kParenLower:
      return std::string(1, static_cast<char>('a' + numeral.value - 1));
    case NumberStyle::kParenRoman: {
      std::string text = RomanText(numeral.value);
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    }
  }
  return "";
}

std::string LabelText(const Numeral& numeral) {
  switch (numeral.style) {
    case NumberStyle::kParenLower:
    case NumberStyle::kParenRoman:
    case NumberStyle::kParenDigit:
      return std::string("(").append(PathComponent(numeral)).append(")");
    default:
      return PathComponent(numeral);
  }
}

}  // namespace moacheck::outline
