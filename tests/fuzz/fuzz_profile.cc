// Fuzz target: the profile loader, from any bytes (CheckProfileText).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      careplan::fuzz::CheckProfileText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_profile: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
