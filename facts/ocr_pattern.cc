#include "facts/ocr_pattern.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/ocr_confusions.h"

namespace moacheck::facts {
namespace {

// A glyph as a literal inside a character class or an alternation.
std::string Literal(std::string_view glyphs) {
  std::string out;
  for (char c : glyphs) {
    if (!std::isalnum(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

// What a scanner or Tesseract commonly prints for a letter (the table's
// pattern confusions). Patterns are compiled caseless, so lower case is
// enough for letters.
std::string LetterClass(char letter) {
  char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(letter)));
  std::vector<std::string_view> readings =
      OcrReadings(std::string_view(&lower, 1), OcrUse::kPattern);
  if (readings.empty()) return std::string(1, letter);
  bool single = std::all_of(readings.begin(), readings.end(),
                            [](std::string_view read) { return read.size() == 1; });
  std::string out = single ? "[" : "(?:";
  out += lower;
  for (std::string_view read : readings) {
    if (!single) out += '|';
    out += Literal(read);
  }
  return out + (single ? "]" : ")");
}

bool IsQuantifierStart(char c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

// A run of literal letters. Short words only get the confusion classes;
// longer ones also tolerate one letter after the first misread or dropped,
// as one alternative per position (linear in the word's length).
std::string TolerantWord(const std::string& word, bool quantified_after) {
  // The last letter carries the pattern's own quantifier ("s?"): keep it
  // outside the rewrite.
  std::string body = quantified_after ? word.substr(0, word.size() - 1) : word;
  std::string tail = quantified_after ? LetterClass(word.back()) : "";
  auto letters = [&](std::size_t skip) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (i == skip) {
        out += "[a-z0-9]?";
        continue;
      }
      out += LetterClass(body[i]);
      // A doubled letter ("commmittee") is a common misprint, but "ll"
      // already spelled out in the pattern stays as written.
      if (i + 1 < body.size() && body[i + 1] != body[i] &&
          std::isalpha(static_cast<unsigned char>(body[i])))
        out += "{1,2}";
      // Letter-spaced or split words ("rig hts", "wi ll"); text layers
      // split short words too ("warrants o f arrest", "a n ongoing").
      if (i + 1 < body.size()) out += " ?";
    }
    return out;
  };
  if (body.size() < 7) return letters(std::string::npos) + tail;
  std::string out = "(?:" + letters(std::string::npos);
  for (std::size_t skip = 1; skip < body.size(); ++skip) out.append("|").append(letters(skip));
  return out + ")" + tail;
}

}  // namespace

std::string OcrTolerantPattern(std::string_view pattern) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\') {
      // Escapes copy through; \p{..}, \x{..}, \N{..} take their braces along.
      std::size_t end = std::min(i + 2, pattern.size());
      if (end < pattern.size() && pattern[end] == '{' &&
          (pattern[i + 1] == 'p' || pattern[i + 1] == 'P' || pattern[i + 1] == 'x' ||
           pattern[i + 1] == 'N' || pattern[i + 1] == 'g' || pattern[i + 1] == 'k')) {
        std::size_t close = pattern.find('}', end);
        end = close == std::string_view::npos ? pattern.size() : close + 1;
      }
      out.append(pattern.substr(i, end - i));
      i = end;
    } else if (c == '[') {
      // Character class: copy to its closing bracket ("[]..." and "[^]..." keep
      // the first ']' literal).
      std::size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, pattern.size());
      out.append(pattern.substr(i, j - i));
      i = j;
    } else if (c == '{') {
      std::size_t close = pattern.find('}', i);
      std::size_t end = close == std::string_view::npos ? pattern.size() : close + 1;
      out.append(pattern.substr(i, end - i));
      i = end;
    } else if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
      // Group syntax: (?:  (?=  (?!  (?<=  (?<!  (?<name>  (?i)
      std::size_t j = i + 2;
      if (j < pattern.size() && pattern[j] == '<' && j + 1 < pattern.size() &&
          pattern[j + 1] != '=' && pattern[j + 1] != '!') {
        std::size_t close = pattern.find('>', j);
        j = close == std::string_view::npos ? pattern.size() : close + 1;
      } else {
        while (j < pattern.size() && pattern[j] != ':' && pattern[j] != ')' && pattern[j] != '=' &&
               pattern[j] != '!')
          ++j;
        j = std::min(j + 1, pattern.size());
      }
      out.append(pattern.substr(i, j - i));
      i = j;
    } else if (c == ' ') {
      // OCR joins a short word to its neighbour ("ofthe", "ofarrest"); two
      // long words stay apart, or "termination on" would read "terminati on".
      auto word_length = [&](std::size_t from, int step) {
        std::size_t length = 0;
        for (std::size_t k = from;
             k < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[k]));
             k += step, ++length) {
          if (k == 0 && step < 0) return length + 1;
        }
        return length;
      };
      std::size_t before = i == 0 ? 0 : word_length(i - 1, -1);
      std::size_t next = i;
      while (next < pattern.size() && pattern[next] == ' ') ++next;
      std::size_t after = word_length(next, 1);
      // A stray letter may stand for the space ("aseFederal", "Torte Claims").
      if (before > 0) out += "[a-z]?";
      out += (before > 0 && before <= 3) || (after > 0 && after <= 3) ? "\\s*" : "\\s+";
      while (i < pattern.size() && pattern[i] == ' ') ++i;
      if (i < pattern.size() && IsQuantifierStart(pattern[i]))
        out.insert(out.size() - 3 - (before > 0 ? 6 : 0), "(?:"), out += ")";
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[j]))) ++j;
      bool quantified = j < pattern.size() && IsQuantifierStart(pattern[j]);
      out += TolerantWord(std::string(pattern.substr(i, j - i)), quantified);
      i = j;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace moacheck::facts
