#include "common/ocr_confusions.h"

#include <algorithm>
#include <array>

namespace moacheck {
namespace {

constexpr unsigned P = static_cast<unsigned>(OcrUse::kPattern);
constexpr unsigned R = static_cast<unsigned>(OcrUse::kWordRepair);
constexpr unsigned F = static_cast<unsigned>(OcrUse::kWordFold);
constexpr unsigned N = static_cast<unsigned>(OcrUse::kRoman);
constexpr unsigned L = static_cast<unsigned>(OcrUse::kLabelLetter);
constexpr unsigned D = static_cast<unsigned>(OcrUse::kDigit);

// Letters are lower case for the uses that compare caseless (patterns,
// word repair, the fold); labels and digits keep their case, since "I" and
// "l" are different glyphs there.
//
// Word repair treats a row as a pair each way ("b" and "6" are confusable
// whichever was printed); the other uses read it as printed -> read.
constexpr std::array kTable = {
    // Strokes: i, l, 1, |, ! and t are told apart by a serif or a dot.
    OcrConfusion{"i", "l 1 ! |", P | R},
    OcrConfusion{"i", "t", R},
    OcrConfusion{"l", "1 i", P | R | F},
    OcrConfusion{"l", "! |", P | R},
    OcrConfusion{"l", "t", R},
    OcrConfusion{"l", "j", F},
    OcrConfusion{"1", "| ! t", R},
    OcrConfusion{"|", "! t", R},
    OcrConfusion{"!", "t", R},
    OcrConfusion{"f", "t", P | R},
    OcrConfusion{"f", "r", R},  // "Sherifrs"
    OcrConfusion{"t", "f", P | R},
    // Round letters: o, 0, e, c, d, a ("OHS" for DHS).
    OcrConfusion{"o", "0", P | R | F},
    OcrConfusion{"o", "d", R | F},
    OcrConfusion{"o", "q", F},
    OcrConfusion{"o", "e c", R},
    OcrConfusion{"0", "e c d", R},
    OcrConfusion{"c", "e", P | R},
    OcrConfusion{"c", "d", R},
    OcrConfusion{"e", "c", P | R},
    OcrConfusion{"e", "d", R},
    OcrConfusion{"a", "e o", R},
    // Humps: m, rn, nn, n, ri, h, r, u ("perfonn", "te1ms").
    OcrConfusion{"m", "rn nn", P | F},
    OcrConfusion{"m", "n", P | R},
    OcrConfusion{"m", "rm in", F},
    OcrConfusion{"m", "h r u", R},
    OcrConfusion{"n", "ri", P},
    OcrConfusion{"n", "h r u", R},
    OcrConfusion{"r", "1", P},
    OcrConfusion{"r", "n", P | R},
    OcrConfusion{"r", "u i", R},
    OcrConfusion{"h", "b", P | R},
    OcrConfusion{"h", "r u", R},
    OcrConfusion{"u", "v", P},
    OcrConfusion{"v", "u", P},
    OcrConfusion{"v", "y", R},
    // Letters and digits of one shape.
    OcrConfusion{"b", "h 6", P | R},
    OcrConfusion{"6", "h", R},
    OcrConfusion{"g", "q 9", P | R},
    OcrConfusion{"9", "q", R},
    OcrConfusion{"s", "5", P | R | F},
    OcrConfusion{"z", "2", R},
    // Section labels: "Ill."/"ID." for III, "JV." for IV, "11." for II,
    // "XVI!l" for XVIII, "XXL" for XXI, "8." for B, "<;:." for C.
    OcrConfusion{"I", "l 1 | !", N | L},
    OcrConfusion{"I", "i j J L T t ] [", N},
    OcrConfusion{"II", "D H U n u", N},
    OcrConfusion{"V", "v Y y", N},
    OcrConfusion{"X", "x K", N},
    OcrConfusion{"B", "8", L},
    OcrConfusion{"O", "0", L},
    OcrConfusion{"G", "6", L},
    OcrConfusion{"S", "5", L},
    OcrConfusion{"Z", "2", L},
    OcrConfusion{"A", "4", L},
    OcrConfusion{"C", "< ( {", L},
    // Digits of labels, dates and signature stamps ("2020.D6.3016").
    OcrConfusion{"1", "l I | ! i", D},
    OcrConfusion{"0", "O o D", D},
    OcrConfusion{"5", "S s", D},
    OcrConfusion{"8", "B", D},
    OcrConfusion{"2", "Z", D},
};

template <typename Visit>
void ForEachReading(const OcrConfusion& row, Visit visit) {
  std::string_view reads = row.reads;
  while (!reads.empty()) {
    std::size_t space = reads.find(' ');
    std::string_view read = reads.substr(0, space);
    if (!read.empty()) visit(read);
    if (space == std::string_view::npos) break;
    reads.remove_prefix(space + 1);
  }
}

bool Has(const OcrConfusion& row, OcrUse use) {
  return (row.uses & static_cast<unsigned>(use)) != 0;
}

}  // namespace

std::span<const OcrConfusion> OcrConfusions() { return kTable; }

std::vector<std::string_view> OcrReadings(std::string_view printed, OcrUse use) {
  std::vector<std::string_view> readings;
  for (const OcrConfusion& row : kTable) {
    if (row.printed != printed || !Has(row, use)) continue;
    ForEachReading(row, [&](std::string_view read) {
      if (std::find(readings.begin(), readings.end(), read) == readings.end())
        readings.push_back(read);
    });
  }
  return readings;
}

std::string_view OcrPrinted(std::string_view read, OcrUse use) {
  for (const OcrConfusion& row : kTable) {
    if (!Has(row, use)) continue;
    bool found = false;
    ForEachReading(row, [&](std::string_view candidate) { found = found || candidate == read; });
    if (found) return row.printed;
  }
  return {};
}

}  // namespace moacheck
