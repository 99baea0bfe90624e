// Section numbering: the label styles MOAs use (Roman, letters, digits,
// parenthesized forms), their values, and the OCR confusions that garble a
// numeral ("Ill." for III, "8." for B) so the expected next label can be
// recovered.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moacheck::outline {

enum class NumberStyle {
  kRoman,        // I. II. III.
  kUpperLetter,  // A. B. C.
  kDigit,        // 1. 2. 3.
  kLowerLetter,  // a. b.
  kParenLower,   // (a) (b)
  kParenRoman,   // (i) (ii)
  kParenDigit,   // (1) (2)
};

struct Numeral {
  NumberStyle style;
  int value = 0;  // 1-based
};

// Every reading of a label token as written ("IV", "I", "(a)", "(i)").
// "I" is both Roman one and the letter I; "(i)" both a letter and Roman one.
std::vector<Numeral> ExactReadings(std::string_view token, bool parenthesized);

// True when `token` is what OCR makes of `wanted` ("Ill", "ID" for III;
// "8" for B; "11" for II; "XXL" for XXI).
bool GarbledReadingOf(std::string_view token, const Numeral& wanted);

// The label as printed for a value in a style ("IV", "B", "3", "(a)").
std::string LabelText(const Numeral& numeral);
// The path component: the label without parentheses ("IV", "a", "ii").
std::string PathComponent(const Numeral& numeral);

// Roman numeral value 1..39, or 0 when `text` is not one (upper case only).
int RomanValue(std::string_view text);
std::string RomanText(int value);

}  // namespace moacheck::outline
