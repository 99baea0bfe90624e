// The one OCR confusion table: well-formed rows, and the readings each
// consumer relies on (patterns, word repair, the diff's fold, section
// numerals, stamp digits) come out of it.
#define BOOST_TEST_MODULE ocr_confusions
#include "common/ocr_confusions.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace moacheck;

namespace {

std::string Joined(const std::vector<std::string_view>& readings) {
  std::string out;
  for (std::string_view read : readings) {
    if (!out.empty()) out += ' ';
    out.append(read);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(rows_are_well_formed) {
  for (const OcrConfusion& row : OcrConfusions()) {
    BOOST_TEST_CONTEXT("row '" << row.printed << "' -> '" << row.reads << "'") {
      BOOST_TEST(!row.printed.empty());
      BOOST_TEST(!row.reads.empty());
      BOOST_TEST(row.uses != 0u);
      // A glyph is not a misreading of itself.
      std::vector<std::string_view> readings = OcrReadings(row.printed, OcrUse{row.uses});
      for (std::string_view read : readings) BOOST_TEST(read != row.printed);
      BOOST_TEST(row.reads.find("  ") == std::string_view::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(pattern_readings_keep_table_order) {
  // An alternation tries its branches in order: "rn" before "n".
  BOOST_TEST(Joined(OcrReadings("m", OcrUse::kPattern)) == "rn nn n");
  BOOST_TEST(Joined(OcrReadings("i", OcrUse::kPattern)) == "l 1 ! |");
  BOOST_TEST(Joined(OcrReadings("o", OcrUse::kPattern)) == "0");
  // Repair-only confusions stay out of patterns, which match anywhere.
  BOOST_TEST(Joined(OcrReadings("a", OcrUse::kPattern)) == "");
  BOOST_TEST(Joined(OcrReadings("a", OcrUse::kWordRepair)) == "e o");
}

BOOST_AUTO_TEST_CASE(printed_for_each_use) {
  BOOST_TEST(OcrPrinted("rn", OcrUse::kWordFold) == "m");
  BOOST_TEST(OcrPrinted("in", OcrUse::kWordFold) == "m");
  BOOST_TEST(OcrPrinted("d", OcrUse::kWordFold) == "o");
  BOOST_TEST(OcrPrinted("j", OcrUse::kWordFold) == "l");
  BOOST_TEST(OcrPrinted("n", OcrUse::kWordFold) == "");  // "n" and "m" stay apart in a diff
  BOOST_TEST(OcrPrinted("H", OcrUse::kRoman) == "II");
  BOOST_TEST(OcrPrinted("l", OcrUse::kRoman) == "I");
  BOOST_TEST(OcrPrinted("8", OcrUse::kLabelLetter) == "B");
  BOOST_TEST(OcrPrinted("D", OcrUse::kDigit) == "0");
  BOOST_TEST(OcrPrinted("q", OcrUse::kDigit) == "");
}
