// Code-point level text helpers for the parser: UTF-8 validation and
// decoding, Unicode NFKC (via ICU) and the one-for-one ASCII fold that
// Line::folded is made of.
// Thread-safety: pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace moacheck {

// Byte offset of the first invalid UTF-8 sequence, or npos when `bytes` is
// entirely valid UTF-8.
std::size_t FirstInvalidUtf8(std::string_view bytes);

// Decodes the code point at byte `offset` (which must start one) and sets
// `length` to its byte length. Invalid bytes decode as U+FFFD, length 1.
char32_t DecodeCodePoint(std::string_view text, std::size_t offset, std::size_t* length);

// NFKC: ligatures ("ﬁ" -> "fi"), full-width forms and compatibility spaces
// become their plain equivalents. ASCII input is returned unchanged without
// calling ICU.
std::string Nfkc(std::string_view utf8);

// Whitespace runs (including tabs and no-break spaces) collapse to one ASCII
// space; leading and trailing whitespace goes.
std::string CollapseWhitespace(std::string_view utf8);

// Typographic quotes, dashes and odd spaces to ASCII, one code point for one
// code point, so a code point offset in the result is the same offset in
// the input.
std::string FoldPunctuation(std::string_view utf8);

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace moacheck
