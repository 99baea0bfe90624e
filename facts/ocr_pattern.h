// OCR tolerance for vocabulary patterns: one rewrite applied to every
// vocabulary phrase so it also matches the text scanners and Tesseract
// produce ("perfonn", "te1ms", "derainers", "ofthe", "provid"), instead of
// patching each garbled word where it was seen.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace moacheck::facts {

// Rewrites the literal letters of a PCRE2 pattern:
// - each letter becomes a class of its common OCR confusions (l/1/I/|, o/0,
//   m/rn/nn, e/c, s/5, ...), repeated letters may be doubled, and a word
//   may be split by one space between any two letters ("rig hts", "o f");
// - inside words of six letters or more, an inner vowel may be dropped, and
//   one inner letter may be misread as any letter;
// - a literal space becomes "\s*" beside a word of three letters or fewer
//   (OCR joins "ofthe", "ofarrest"), "\s+" between longer words.
// Escapes, character classes, group syntax and quantifier braces are copied
// unchanged, so a pattern keeps its meaning and named groups.
std::string OcrTolerantPattern(std::string_view pattern);

}  // namespace moacheck::facts
