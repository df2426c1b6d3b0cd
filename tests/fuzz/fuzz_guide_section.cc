// Fuzz target: one guide section file, YAML front matter + Markdown (md4c),
// from any bytes; a section that parses is also laid out
// (CheckGuideSectionText).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

namespace {

const careplan::font::FontMetrics* metrics;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  metrics = careplan::fuzz::LoadRealMetrics().release();
  if (!metrics) {
    std::fprintf(stderr, "fuzz_guide_section: cannot load the bundled fonts\n");
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string problem =
      careplan::fuzz::CheckGuideSectionText(text, *metrics, /*large_print=*/size % 2 == 1);
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_guide_section: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
