// Lays a parsed sample out on US Letter pages: wraps text by measuring it
// with the real font, hyphenates some long words at line ends, keeps
// letter-spaced phrases and bullets as separate drawing pieces. The result is
// a display list per page, so the same layout can be drawn as vector text or
// as a raster "scan".
#pragma once

#include <string>
#include <vector>

#include "samples/generator/markup.h"

namespace moacheck::samples {

// Page geometry in PDF points (1/72 inch).
inline constexpr double kPageWidth = 612;
inline constexpr double kPageHeight = 792;
inline constexpr double kMarginLeft = 72;
inline constexpr double kMarginRight = 72;
inline constexpr double kBodyTop = 72;
inline constexpr double kBodyBottom = 720;
inline constexpr double kHeaderBaseline = 46;
inline constexpr double kFooterBaseline = 752;
inline constexpr double kBodySize = 12;
inline constexpr double kFurnitureSize = 9;
// Times metrics, like the real agreements (fonts-liberation, scripts/setup.sh).
inline constexpr const char* kFontFamily = "Liberation Serif";

// One piece of text drawn at a baseline position.
struct DrawPiece {
  double x = 0;
  double y = 0;
  std::string text;
  bool bold = false;
  double size = kBodySize;
  // > 0: each letter drawn separately, this many points apart beyond its
  // advance ("t a k e  a n d ..." as real PDFs letter-space a phrase).
  double tracking = 0;
};

struct PageLayout {
  std::vector<DrawPiece> pieces;
};

// A word split at a line end, as it must read once the split is repaired.
struct Hyphenation {
  int page = 0;
  std::string word;
  std::string first_part;  // what precedes the hyphen on the line
};

struct LetterSpacing {
  int page = 0;
  std::string phrase;
};

struct Layout {
  std::vector<PageLayout> pages;
  std::vector<Hyphenation> hyphenations;
  std::vector<LetterSpacing> letter_spacings;
};

Layout LayOut(const SampleSource& source);

// Fontconfig would silently substitute a missing family and change every
// page break; returns false with a message naming the package instead.
bool CheckFontInstalled(std::string& error);

// How far the pen moves after one character of a letter-spaced phrase; the
// gap between its words is wide enough that an extractor can tell words
// apart from letters.
double SpacedAdvance(const std::string& character, bool bold, double size, double tracking);

// Width of `text` in the sample font (used by layout and the furniture).
double TextWidth(const std::string& text, bool bold, double size, double tracking = 0);

}  // namespace moacheck::samples
