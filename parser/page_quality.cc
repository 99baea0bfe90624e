// MeasureKnownWords and ReadingOf: per-page text quality.
#include "parser/page_quality.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "common/embedded.h"
#include "moacheck/document.h"

namespace moacheck {
namespace {

// Thresholds measured on the pages of the 23 corpus agreements under --ocr
// auto and the 72 of ../shared/archive under --ocr never and auto (the
// "page_text" of `moacheck check --format jsonl`), pages of at least 100
// judged words:
// - Clean text layers and clean OCR read 0.93-1.00 on body pages, and
//   0.84-0.90 on signature, addendum and attachment pages (names, titles,
//   hand-filled dates; Tesseract's confidence 84-92 on such scans). A
//   scanner's own noisy but usable OCR layer ("ofthe", "perfonn", "lhe")
//   reads 0.86-0.90.
// - Broken readings: a text layer that printed every space as a letter
//   ("aseotherwise noted inethis MOAeor") 0.64-0.69; two columns of faint
//   scanner OCR 0.79; a scanner OCR layer that lost most letters
//   ("Thi-. kmornndum of \'gn: ~ ntrnt") 0.61-0.80, most under 0.75.
// - 0.80 sits in the gap (0.796 below, 0.84 above). A page read poorly
//   only turns the absences the rules found there into "unknown", so a
//   doubtful page errs towards usable.
// - Under 100 judged words (a signature block, a page holding a date; a
//   signature page of clean OCR with handwriting scores 0.70 on 51 words)
//   the share says little about the reading: such a page is never poor.
constexpr double kMinQuality = 0.80;
constexpr std::size_t kMinJudgedWords = 100;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Every run of ASCII letters at least `min_length` long, lower-cased.
void AddWords(std::string_view text, std::size_t min_length,
              std::unordered_set<std::string>* words) {
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && IsAsciiLetter(text[i])) {
      word += Lower(text[i]);
      continue;
    }
    if (word.size() >= min_length) words->insert(word);
    word.clear();
  }
}

const std::unordered_set<std::string>& KnownWords() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> all;
    for (const std::string& path : EmbeddedFiles("rules/templates/")) {
      if (auto text = EmbeddedFile(path)) AddWords(*text, 2, &all);
    }
    // The vocabulary's phrases are regular expressions: its shortest letter
    // runs are pattern fragments ("perf", "rm"), not words.
    for (const std::string& path : EmbeddedFiles("rules/vocabulary/")) {
      if (auto text = EmbeddedFile(path)) AddWords(*text, 4, &all);
    }
    return all;
  }();
  return words;
}

bool IsKnown(std::string_view part) {
  std::string lowered(part);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), Lower);
  return KnownWords().count(lowered) > 0;
}

bool EdgePunctuation(char c) {
  return std::string_view(".,;:!?()[]{}\"'*-_<>|~`^+=/\\$%#&@").find(c) != std::string_view::npos;
}

enum class Judgment { kNotJudged, kKnown, kUnknown };

// One part of a word joined by '-', '/' or '.': a single letter ("U.S.")
// and a capitalized name pass; anything else must be a known word.
bool PartReads(std::string_view part) {
  if (part.size() <= 1) return true;
  if (!std::all_of(part.begin(), part.end(), IsAsciiLetter)) return false;
  return IsKnown(part) || (part[0] >= 'A' && part[0] <= 'Z');
}

// `token` is one whitespace-separated word of the page, in UTF-8.
Judgment Judge(std::string_view token) {
  std::size_t begin = 0;
  std::size_t end = token.size();
  while (begin < end && EdgePunctuation(token[begin])) ++begin;
  while (end > begin && EdgePunctuation(token[end - 1])) --end;
  std::string_view word = token.substr(begin, end - begin);
  // Curly quotes and other non-ASCII edges: a word in another alphabet, or
  // a quote mark, is not judged.
  if (std::any_of(word.begin(), word.end(), [](char c) { return (c & 0x80) != 0; })) {
    return Judgment::kNotJudged;
  }
  if (word.size() >= 2 && (word.substr(word.size() - 2) == "'s")) {
    word.remove_suffix(2);
  }
  std::size_t letters = std::count_if(word.begin(), word.end(), IsAsciiLetter);
  std::size_t digits = std::count_if(word.begin(), word.end(), IsDigit);
  if (letters < 2) return Judgment::kNotJudged;
  // "287(g)", "I-247A", "1357(a)(2)": numbers and citations, not words.
  if (digits > 0 && letters <= 3) return Judgment::kNotJudged;
  if (digits > 0) return Judgment::kUnknown;  // "Authori7.ed"
  if (letters == word.size()) {
    if (IsKnown(word)) return Judgment::kKnown;
    bool capitalized = word[0] >= 'A' && word[0] <= 'Z';
    return capitalized ? Judgment::kNotJudged : Judgment::kUnknown;  // a name: no judgment
  }
  // "U.S.C.", "jail/correctional", "non-citizen": every part must read.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != '-' && word[i] != '/' && word[i] != '.') continue;
    if (!PartReads(word.substr(start, i - start))) return Judgment::kUnknown;
    start = i + 1;
  }
  return Judgment::kKnown;
}

}  // namespace

double WordQuality::Share() const {
  return judged == 0 ? 1.0 : static_cast<double>(known) / static_cast<double>(judged);
}

WordQuality MeasureKnownWords(const std::vector<std::string>& lines) {
  WordQuality quality;
  for (const std::string& line : lines) {
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      std::size_t start = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i == start) continue;
      Judgment judgment = Judge(std::string_view(line).substr(start, i - start));
      if (judgment == Judgment::kNotJudged) continue;
      ++quality.judged;
      if (judgment == Judgment::kKnown) ++quality.known;
    }
  }
  return quality;
}

bool ReadsPoorly(std::size_t judged_words, double quality) {
  return judged_words >= kMinJudgedWords && quality < kMinQuality;
}

PageReading ReadingOf(const PageInfo& page) {
  if (page.source == PageSource::kNone) return PageReading::kNotRead;
  if (ReadsPoorly(page.judged_words, page.quality)) return PageReading::kPoor;
  return PageReading::kGood;
}

}  // namespace moacheck
