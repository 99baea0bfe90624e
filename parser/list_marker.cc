#include "parser/list_marker.h"

#include <string_view>

#include "parser/unicode_text.h"

namespace moacheck {
namespace {

// How far (in lines) to look for a sibling item when deciding whether a
// leading "o" or "x" is a bullet.
constexpr std::size_t kListNeighbourhood = 3;

bool IsBulletSymbol(char32_t c) {
  switch (c) {
    case 0x2022:
    case 0x2023:
    case 0x2043:
    case 0x2219:
    case 0x00B7:
    case 0x25AA:
    case 0x25AB:
    case 0x25A0:
    case 0x25A1:
    case 0x25CF:
    case 0x25CB:
    case 0x25E6:
    case 0x25BA:
    case 0x25B8:
    case 0x27A2:
    case 0x2713:
    case 0x2714:
    case 0x2756:
    case 0x2666:
      return true;
    default:
      // Symbol and Wingdings fonts map their bullets into this private-use
      // block (U+F0B7 "", U+F0A7 "", U+F0D8 "", ...).
      return c >= 0xF020 && c <= 0xF0FF;
  }
}

enum class MarkerKind { kNone, kSymbol, kLetter };

struct Candidate {
  MarkerKind kind = MarkerKind::kNone;
  std::size_t length = 0;      // bytes of the glyph
  std::size_t text_begin = 0;  // first byte of the item's text
  char letter = 0;             // 'o' or 'x' for kLetter
};

Candidate LeadingMarker(std::string_view line) {
  if (line.empty()) return {};
  std::size_t length = 1;
  char32_t c = DecodeCodePoint(line, 0, &length);
  std::size_t text_begin = length;
  bool spaced = text_begin < line.size() && line[text_begin] == ' ';
  while (text_begin < line.size() && line[text_begin] == ' ') ++text_begin;
  if (text_begin >= line.size()) return {};
  char first = line[text_begin];
  // A glyph no word can start with may touch its text ("•The power").
  if (IsBulletSymbol(c)) return {MarkerKind::kSymbol, length, text_begin};
  if (!spaced) return {};
  if ((c == '-' || c == '*' || c == 0x2013) &&
      (IsAsciiLetter(first) || first == '(' || first == '"')) {
    return {MarkerKind::kSymbol, length, text_begin};
  }
  if ((c == 'o' || c == 'x') && IsAsciiLetter(first)) {
    return {MarkerKind::kLetter, length, text_begin, static_cast<char>(c)};
  }
  return {};
}

}  // namespace

void ExtractListMarkers(std::vector<std::string>& texts, std::vector<std::string>& markers) {
  markers.assign(texts.size(), std::string());
  std::vector<Candidate> candidates;
  candidates.reserve(texts.size());
  for (const std::string& text : texts) candidates.push_back(LeadingMarker(text));
  auto same_letter_nearby = [&](std::size_t index) {
    std::size_t from = index >= kListNeighbourhood ? index - kListNeighbourhood : 0;
    std::size_t to = std::min(texts.size(), index + kListNeighbourhood + 1);
    for (std::size_t k = from; k < to; ++k) {
      if (k != index && candidates[k].kind == MarkerKind::kLetter &&
          candidates[k].letter == candidates[index].letter) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Candidate& candidate = candidates[i];
    if (candidate.kind == MarkerKind::kNone) continue;
    if (candidate.kind == MarkerKind::kLetter) {
      char first = texts[i][candidate.text_begin];
      bool capitalized = first >= 'A' && first <= 'Z';
      if (!capitalized && !same_letter_nearby(i)) continue;
    }
    markers[i] = texts[i].substr(0, candidate.length);
    texts[i].erase(0, candidate.text_begin);
  }
}

}  // namespace moacheck
