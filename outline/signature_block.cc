// Signature blocks come as side-by-side columns, digital stamps and images,
// so no single line is reliable; two signature lines close together, one of
// them naming a date or signature, are.
#include "outline/signature_block.h"

#include "common/regex.h"

namespace moacheck::outline {
namespace {

constexpr std::size_t kWindow = 8;  // lines within which the second one must follow

const Regex& PartyOrFieldPattern() {
  static const Regex regex =
      Regex::Compile(
          R"(^\s*for\s+(?:the\s+)?(?:lea|ice|dhs|department|u\.?s\.?)\b.*:|(?:^|\s)(?:date|signature|signed|name|title)\s*:|d[il1]g[il1]ta[il1][il1]y\s*signed)",
          {}, "outline/signature_block.cc")
          .value();
  return regex;
}

const Regex& DateOrSignaturePattern() {
  static const Regex regex =
      Regex::Compile(
          R"((?:^|\s)(?:date|signature|signed)\s*:|d[il1]g[il1]ta[il1][il1]y\s*signed|signatu)", {},
          "outline/signature_block.cc")
          .value();
  return regex;
}

// A line holding only a date ("February 24, 2025", "6/11/2025"): what is left
// of a signature page whose names are images or unreadable fonts.
const Regex& LoneDatePattern() {
  static const Regex regex =
      Regex::Compile(
          R"(^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*$)",
          {}, "outline/signature_block.cc")
          .value();
  return regex;
}

const Regex& OpeningFieldPattern() {
  static const Regex regex =
      Regex::Compile(R"(^\s*(?:date|signature)\s*:)", {}, "outline/signature_block.cc").value();
  return regex;
}

}  // namespace

bool OpensSignatureBlock(const std::vector<Line>& lines, std::size_t index) {
  if (index >= lines.size()) return false;
  const std::string& folded = lines[index].folded;
  // A line that opens with "Date:" or "Signature:", or holds only a date, is
  // a signature line by itself.
  if (OpeningFieldPattern().Find(folded) || LoneDatePattern().Find(folded)) return true;
  if (!PartyOrFieldPattern().Find(folded)) return false;
  bool dated = DateOrSignaturePattern().Find(folded);
  for (std::size_t i = index + 1; i < lines.size() && i <= index + kWindow; ++i) {
    if (!PartyOrFieldPattern().Find(lines[i].folded)) continue;
    if (dated || DateOrSignaturePattern().Find(lines[i].folded)) return true;
  }
  return false;
}

}  // namespace moacheck::outline
