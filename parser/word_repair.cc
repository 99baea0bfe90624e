#include "parser/word_repair.h"

#include <vector>

#include "parser/unicode_text.h"

namespace moacheck {
namespace {

// Fewer single letters in a row are ordinary text ("a I", "x A"); a run of
// exactly kMinWordRun counts only when its letters spell a known word
// ("a n d").
constexpr std::size_t kMinLetterRun = 4;
constexpr std::size_t kMinWordRun = 3;

struct SpacedToken {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t gap_before = 0;  // spaces between this token and the previous one
};

std::vector<SpacedToken> Tokens(std::string_view line) {
  std::vector<SpacedToken> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t gap = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i, ++gap;
    if (i >= line.size()) break;
    std::size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    tokens.push_back({begin, i, gap});
  }
  return tokens;
}

bool IsSingleLetter(std::string_view line, const SpacedToken& token) {
  return token.end == token.begin + 1 && IsAsciiLetter(line[token.begin]);
}

// [first, last) ranges of token indices that form letter-spaced runs.
std::vector<std::pair<std::size_t, std::size_t>> LetterRuns(std::string_view line,
                                                            const std::vector<SpacedToken>& tokens,
                                                            const DocumentWords& known_words) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!IsSingleLetter(line, tokens[i])) {
      ++i;
      continue;
    }
    std::size_t first = i;
    while (i < tokens.size() && IsSingleLetter(line, tokens[i])) ++i;
    std::string letters;
    for (std::size_t k = first; k < i; ++k) letters += line[tokens[k].begin];
    if (i - first >= kMinLetterRun || (i - first == kMinWordRun && known_words.Contains(letters))) {
      runs.emplace_back(first, i);
    }
  }
  return runs;
}

// Splits `letters` into known words maximizing the sum of squared word
// lengths (long words win over strings of short ones). Returns an empty
// vector when some letter fits no word.
std::vector<std::string> SegmentLetters(const std::string& letters,
                                        const DocumentWords& known_words) {
  const std::size_t n = letters.size();
  constexpr long kUnreachable = -1;
  std::vector<long> best(n + 1, kUnreachable);
  std::vector<std::size_t> split(n + 1, 0);
  best[0] = 0;
  for (std::size_t end = 1; end <= n; ++end) {
    for (std::size_t begin = 0; begin < end; ++begin) {
      if (best[begin] == kUnreachable) continue;
      std::size_t length = end - begin;
      if (!known_words.Contains(std::string_view(letters).substr(begin, length))) continue;
      long score = best[begin] + static_cast<long>(length * length);
      if (score > best[end]) best[end] = score, split[end] = begin;
    }
  }
  if (best[n] == kUnreachable) return {};
  std::vector<std::string> words;
  for (std::size_t end = n; end > 0; end = split[end]) {
    words.insert(words.begin(), letters.substr(split[end], end - split[end]));
  }
  return words;
}

std::vector<std::string> RunWords(std::string_view line, const std::vector<SpacedToken>& tokens,
                                  std::size_t first, std::size_t last,
                                  const DocumentWords& known_words) {
  std::size_t narrowest = tokens[first + 1].gap_before;
  std::size_t widest = narrowest;
  for (std::size_t k = first + 1; k < last; ++k) {
    narrowest = std::min(narrowest, tokens[k].gap_before);
    widest = std::max(widest, tokens[k].gap_before);
  }
  std::vector<std::string> words(1);
  if (widest > narrowest) {
    for (std::size_t k = first; k < last; ++k) {
      if (k > first && tokens[k].gap_before > narrowest) words.emplace_back();
      words.back() += line[tokens[k].begin];
    }
    return words;
  }
  std::string letters;
  for (std::size_t k = first; k < last; ++k) letters += line[tokens[k].begin];
  std::vector<std::string> segmented = SegmentLetters(letters, known_words);
  // Letters no word covers (a spaced-out name) are still one word.
  return segmented.empty() ? std::vector<std::string>{letters} : segmented;
}

}  // namespace

bool HasLetterSpacedRun(std::string_view line) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    bool letter_alone = IsAsciiLetter(line[i]) && (i == 0 || line[i - 1] == ' ') &&
                        (i + 1 == line.size() || line[i + 1] == ' ');
    if (letter_alone) {
      if (++run >= kMinWordRun) return true;
    } else if (line[i] != ' ') {
      run = 0;
    }
  }
  return false;
}

std::string RejoinLetterSpacing(std::string_view line, const DocumentWords& known_words) {
  std::vector<SpacedToken> tokens = Tokens(line);
  auto runs = LetterRuns(line, tokens, known_words);
  if (runs.empty()) return std::string(line);
  std::string out;
  std::size_t copied = 0;
  for (auto [first, last] : runs) {
    out.append(line.substr(copied, tokens[first].begin - copied));
    std::vector<std::string> words = RunWords(line, tokens, first, last, known_words);
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (k > 0) out += ' ';
      out += words[k];
    }
    copied = tokens[last - 1].end;
  }
  out.append(line.substr(copied));
  return out;
}

bool EndsWithWordHyphen(std::string_view line) {
  if (line.size() < 2) return false;
  std::size_t hyphen_length = 0;
  if (line.back() == '-') {
    hyphen_length = 1;
  } else if (line.size() >= 3 && (line.substr(line.size() - 3) == "\u2010" ||
                                  line.substr(line.size() - 2) == "\u00AD")) {
    hyphen_length = line.substr(line.size() - 2) == "\u00AD" ? 2 : 3;
  } else {
    return false;
  }
  return line.size() > hyphen_length && IsAsciiLetter(line[line.size() - hyphen_length - 1]);
}

bool JoinHyphenatedBreak(std::string* first, std::string* second,
                         const DocumentWords& known_words) {
  if (!EndsWithWordHyphen(*first) || second->empty() || !IsAsciiLower((*second)[0])) return false;
  std::size_t hyphen_length = first->back() == '-'                           ? 1
                              : first->substr(first->size() - 2) == "\u00AD" ? 2
                                                                             : 3;
  std::size_t prefix_end = first->size() - hyphen_length;
  std::size_t prefix_begin = prefix_end;
  while (prefix_begin > 0 && IsAsciiLetter((*first)[prefix_begin - 1])) --prefix_begin;
  std::string prefix = first->substr(prefix_begin, prefix_end - prefix_begin);
  std::size_t fragment_end = 0;
  while (fragment_end < second->size() && IsAsciiLetter((*second)[fragment_end])) ++fragment_end;
  std::string fragment = second->substr(0, fragment_end);
  std::size_t token_end = second->find(' ');
  if (token_end == std::string::npos) token_end = second->size();

  bool keep_hyphen = false;
  if (!known_words.Contains(prefix + fragment)) {
    keep_hyphen = known_words.Contains(prefix + "-" + fragment) ||
                  (known_words.Contains(prefix) && known_words.Contains(fragment));
  }
  first->resize(prefix_end);
  if (keep_hyphen) *first += '-';
  first->append(*second, 0, token_end);
  std::size_t rest = second->find_first_not_of(' ', token_end);
  second->erase(0, rest == std::string::npos ? second->size() : rest);
  return true;
}

}  // namespace moacheck
