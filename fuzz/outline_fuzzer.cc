// libFuzzer target: see RunOutline in fuzz/fuzz_input.h.
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  moacheck::fuzz::RunOutline(moacheck::fuzz::AsView(data, size));
  return 0;
}
