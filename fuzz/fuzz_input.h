// Helpers shared by the fuzz targets and tests/fuzz_regressions_test.cc:
// each target's entry point is a function here, so a regression input runs
// through exactly the code the fuzzer ran.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace moacheck::fuzz {

// Each returns whether the input was accepted (loaded without an Error);
// rejecting bad input with an Error is fine, crashing or hanging is the bug.

// PDF (or text) bytes -> LoadDocument through a file, OCR off.
bool RunPdf(std::string_view bytes);
// Text -> DocumentFromText -> ParseOutline.
bool RunOutline(std::string_view bytes);
// Text -> DocumentFromText -> ParseOutline -> ExtractFacts (built-in vocabulary).
bool RunFacts(std::string_view bytes);
// YAML bytes written to a file -> LoadRulebooks.
bool RunRulebook(std::string_view bytes);

inline std::string_view AsView(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace moacheck::fuzz
