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
      Regex::Compile(R"(^\s*for\s+(?:the\s+)?(?:lea|ice|dhs|department|u\.?s\.?)\b.*:|(?:^|\s)(?:date|signature|signed|name|title)\s*:|d[il1]g[il1]ta[il1][il1]y\s*signed)",
                     {}, "outline/signature_block.cc")
          .value();
  return regex;
}

const Regex& DateOrSignaturePattern() {
  static const Regex regex =
      Regex::Compile(R"((?:^|\s)(?:date|signature|signed)\s*:|d[il1]g[il1]ta[il1][il1]y\s*signed|signatu)", {},
                     "outline/signature_block.cc")
          .value();
  return regex;
}

}  // namespace

bool OpensSignatureBlock(const std::vector<Line>& lines, std::size_t index) {
  if (index >= lines.size() || !PartyOrFieldPattern().Find(lines[index].folded)) return false;
  bool dated = DateOrSignaturePattern().Find(lines[index].folded);
  for (std::size_t i = index + 1; i < lines.size() && i <= index + kWindow; ++i) {
    if (!PartyOrFieldPattern().Find(lines[i].folded)) continue;
    if (dated || DateOrSignaturePattern().Find(lines[i].folded)) return true;
  }
  return false;
}

}  // namespace moacheck::outline
