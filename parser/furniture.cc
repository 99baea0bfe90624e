#include "parser/furniture.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/regex.h"
#include "parser/unicode_text.h"

namespace moacheck {
namespace {

// Running headers and footers sit within the first or last few lines of a
// page; further in, a repeated line is body text (a repeated clause).
constexpr std::size_t kZoneLines = 3;
// A recurring line must be on at least this share of the pages (and on two
// at least): a footer is on nearly every page, while body lines that
// happen to recur near a page edge ("Date:" on two signature pages) are rare.
constexpr double kMinPageShare = 0.25;
// Longer lines are sentences, not furniture.
constexpr std::size_t kMaxFurnitureBytes = 120;
// Shorter keys ("office", "date") are too common to call a line furniture
// for resembling a recurring one.
constexpr std::size_t kMinResemblingKey = 6;
// Letters a scanner may have misread in a recurring line, as a share of
// its length.
constexpr double kMaxMisreadShare = 0.12;

const Regex& PageNumberPattern() {
  static const Regex pattern =
      Regex::Compile(
          R"(^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-\x{2013}\x{2014}]\s*\d{1,4}\s*[-\x{2013}\x{2014}]$|^\(\d{1,4}\)$)",
          {}, "parser/furniture.cc")
          .value();
  return pattern;
}

// The comparison key: lower-case letters, each run of digits as one '#'
// (punctuation and spaces dropped, so "02/12/2025" is "#"); other scripts'
// bytes kept as they are.
std::string FurnitureKey(std::string_view line) {
  std::string key;
  key.reserve(line.size());
  for (char c : line) {
    if (IsAsciiLetter(c)) {
      key += AsciiLower(c);
    } else if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      key += c;
    }
  }
  return key;
}

bool HasLetter(const std::string& key) { return key.find_first_not_of('#') != std::string::npos; }

enum Edge { kTop, kBottom };

bool InZone(std::size_t index, std::size_t count, Edge edge) {
  return edge == kTop ? index < kZoneLines : index + kZoneLines >= count;
}

// Edit distance, bounded: returns limit + 1 as soon as it must exceed it.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_minimum = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_minimum = std::min(row_minimum, row[j]);
    }
    if (row_minimum > limit) return limit + 1;
  }
  return row[b.size()];
}

// Whether a line near a page edge is a variant of a recurring header or
// footer: a piece of it (the footer wrapped onto two lines on one page),
// several of them on one line, or the same words with a scanner's misreads
// ("Sheritrs Office").
bool ResemblesFurniture(const std::string& key, const std::vector<std::string>& recurring) {
  if (key.size() < kMinResemblingKey) return false;
  std::string rest = key;
  for (const std::string& furniture : recurring) {
    if (furniture.find(key) != std::string::npos) return true;
    std::size_t limit = std::max<std::size_t>(2, furniture.size() * kMaxMisreadShare);
    if (EditDistance(key, furniture, limit) <= limit) return true;
    for (std::size_t at = rest.find(furniture); at != std::string::npos;
         at = rest.find(furniture)) {
      rest.erase(at, furniture.size());
    }
  }
  return rest.size() < 3;
}

}  // namespace

std::vector<std::vector<bool>> FindFurniture(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::vector<bool>> furniture(pages.size());
  std::vector<std::vector<std::string>> keys(pages.size());
  // Pages (counted once each) on which a key occurs in the top / bottom zone.
  std::unordered_map<std::string, int> page_counts[2];
  std::size_t pages_with_text = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<std::string>& lines = pages[p];
    furniture[p].assign(lines.size(), false);
    keys[p].resize(lines.size());
    if (!lines.empty()) ++pages_with_text;
    for (Edge edge : {kTop, kBottom}) {
      std::vector<std::string_view> seen;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!InZone(i, lines.size(), edge) || lines[i].size() > kMaxFurnitureBytes) continue;
        if (keys[p][i].empty()) keys[p][i] = FurnitureKey(lines[i]);
        const std::string& key = keys[p][i];
        // Letterless lines ("202-732-4242", "3") recur only by accident; page
        // numbers among them are caught by their pattern below.
        if (!HasLetter(key) || std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(key);
        ++page_counts[edge][key];
      }
    }
  }
  const int min_pages = std::max(2, static_cast<int>(std::ceil(kMinPageShare * pages_with_text)));
  // Longest first, so that removing recurring pieces from a combined line
  // takes whole footers before their parts.
  std::vector<std::string> recurring;
  for (const auto& counts : page_counts) {
    for (const auto& [key, count] : counts) {
      if (count >= min_pages && key.size() >= kMinResemblingKey) recurring.push_back(key);
    }
  }
  std::sort(recurring.begin(), recurring.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  recurring.erase(std::unique(recurring.begin(), recurring.end()), recurring.end());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<std::string>& lines = pages[p];
    for (std::size_t i = 0; i < lines.size(); ++i) {
      for (Edge edge : {kTop, kBottom}) {
        if (!InZone(i, lines.size(), edge) || lines[i].size() > kMaxFurnitureBytes) continue;
        const std::string& key = keys[p][i];
        bool repeats = HasLetter(key) && page_counts[edge][key] >= min_pages;
        // Page numbers are often on some pages only; the pattern suffices.
        if (repeats || PageNumberPattern().Find(lines[i]) || ResemblesFurniture(key, recurring)) {
          furniture[p][i] = true;
        }
      }
    }
  }
  return furniture;
}

}  // namespace moacheck
