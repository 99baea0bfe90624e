#include "parser/document_words.h"

#include "parser/unicode_text.h"

namespace moacheck {
namespace {

// Short words that a letter-spaced phrase may consist of even when the
// document never writes them out elsewhere.
constexpr std::string_view kFunctionWords[] = {
    "a",    "i",   "an",    "and",  "any",  "are",   "as",    "at",   "be",   "by",   "for",
    "from", "has", "have",  "he",   "her",  "his",   "if",    "in",   "is",   "it",   "its",
    "may",  "no",  "nor",   "not",  "of",   "on",    "or",    "our",  "per",  "she",  "so",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",   "under",
    "upon", "us",  "was",   "we",   "were", "when",  "which", "who",  "will", "with", "within",
};

}  // namespace

DocumentWords::DocumentWords(const std::vector<std::string>& lines) {
  for (std::string_view word : kFunctionWords) words_.emplace(word);
  for (const std::string& line : lines) {
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && !IsAsciiLetter(line[i])) ++i;
      std::size_t begin = i;
      // Letters, with single inner hyphens ("case-by-case").
      while (i < line.size() &&
             (IsAsciiLetter(line[i]) ||
              (line[i] == '-' && i > begin && i + 1 < line.size() && IsAsciiLetter(line[i + 1])))) {
        ++i;
      }
      // "immigra" in "... immigra-" at a line end is a fragment, not a word.
      std::string_view rest = std::string_view(line).substr(i);
      bool broken_at_line_end = rest == "-" || rest == "\u2010" || rest == "\u00AD";
      if (i > begin && !broken_at_line_end)
        AddToken(std::string_view(line).substr(begin, i - begin));
    }
  }
}

void DocumentWords::AddToken(std::string_view token) {
  // A one-letter token is usually a letter-spaced fragment or a list
  // label, never evidence that the letter is a word.
  if (token.size() < 2) return;
  std::string lower(token);
  for (char& c : lower) c = AsciiLower(c);
  if (lower.find('-') != std::string::npos) {
    std::size_t start = 0;
    for (std::size_t dash = lower.find('-'); dash != std::string::npos;
         start = dash + 1, dash = lower.find('-', start)) {
      if (dash - start >= 2) words_.insert(lower.substr(start, dash - start));
    }
    if (lower.size() - start >= 2) words_.insert(lower.substr(start));
  }
  words_.insert(std::move(lower));
}

bool DocumentWords::Contains(std::string_view word) const {
  std::string lower(word);
  for (char& c : lower) c = AsciiLower(c);
  return words_.count(lower) > 0;
}

}  // namespace moacheck
