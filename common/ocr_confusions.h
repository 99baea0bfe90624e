// The one table of OCR misreadings: what a scanner's text layer or Tesseract
// prints in place of what the page says ("rn" for "m", "1" for "l", "H" for
// a Roman "II"), gathered from real agreements. Every reader that forgives
// OCR takes its confusions from here: vocabulary patterns, agency-name
// repair, the word diff, section numerals and signature dates. Each uses
// only the confusions marked for it, because they differ in how much the
// context confirms a reading: a pattern matches anywhere and so tolerates
// only the commonest; a repaired word must otherwise spell a known word; a
// section numeral has a handful of possible glyphs.
// Thread-safety: constant data.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace moacheck {

enum class OcrUse : unsigned {
  kPattern = 1 << 0,      // letters of vocabulary and rule patterns (compiled caseless)
  kWordRepair = 1 << 1,   // one letter of a word that otherwise spells a known word
  kWordFold = 1 << 2,     // two OCR'd texts compared word by word: folded to one spelling
  kRoman = 1 << 3,        // Roman numerals of section labels
  kLabelLetter = 1 << 4,  // the letter of a section label ("8." for "B.")
  kDigit = 1 << 5,        // digits of section labels, dates and signature stamps
};

struct OcrConfusion {
  std::string_view printed;  // what the page says: "m", "II", "0"
  std::string_view reads;    // what OCR gives for it, space-separated: "rn nn n"
  unsigned uses;             // OcrUse bits
};

// The whole table, in the order lookups try it.
std::span<const OcrConfusion> OcrConfusions();

// What OCR may give for `printed` under `use`, in table order; `printed`
// itself is not included.
std::vector<std::string_view> OcrReadings(std::string_view printed, OcrUse use);

// What the page said where OCR gave `read`, under `use`; empty when the
// table has no such reading.
std::string_view OcrPrinted(std::string_view read, OcrUse use);

}  // namespace moacheck
