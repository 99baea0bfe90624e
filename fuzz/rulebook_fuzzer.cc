// libFuzzer target: see RunRulebook in fuzz/fuzz_input.h.
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  moacheck::fuzz::RunRulebook(moacheck::fuzz::AsView(data, size));
  return 0;
}
