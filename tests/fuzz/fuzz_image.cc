// Fuzz target: a clinic's logo (PNG or JPEG), from any bytes: the image
// check, then libharu drawing what it accepts (CheckImageBytes).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

namespace {

careplan::pdf::PdfWriter* writer;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  careplan::Status status;
  writer = careplan::pdf::PdfWriter::Create(careplan::fuzz::RealFontFiles(), &status).release();
  if (!writer) {
    std::fprintf(stderr, "fuzz_image: %s\n", status.message().c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem = careplan::fuzz::CheckImageBytes(
      std::string(reinterpret_cast<const char*>(data), size), writer);
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_image: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
