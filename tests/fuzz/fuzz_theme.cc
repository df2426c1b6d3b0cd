// Fuzz target: a clinic's theme file (organisation, contact, logo, accent
// colour), read as if it lay in templates/themes/ (CheckThemeText).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      careplan::fuzz::CheckThemeText(std::string(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_theme: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
