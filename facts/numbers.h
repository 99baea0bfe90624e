// Numbers as agreements write them: "48", "forty-eight (48)", "ninety (90)",
// "two", "one", "a"/"an" ("an initial period of a year"), "twelve".
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace moacheck::facts {

// A PCRE2 fragment (no capturing groups) matching one written number in any
// of the forms above; vocabulary patterns embed it as {number}.
const std::string& NumberPattern();

// A PCRE2 fragment (no capturing groups) for one word a scanner garbled
// beyond reading ("motp" for "more than"), with the stray punctuation OCR
// leaves beside it ("motp , :"); vocabulary patterns embed it as
// {unreadable} where one word of a known phrase may be lost, between
// words that still anchor the reading. It never spans a sentence end.
const std::string& UnreadableWordPattern();

// The value of text matched by NumberPattern(); nullopt if it holds none.
// When words and digits disagree ("forty-eight (24)") the digits win: they
// are what a drafter edits.
std::optional<double> ParseNumber(std::string_view text);

}  // namespace moacheck::facts
