// Fuzz target: the rules loader. The first byte picks one of the six rule
// files, the rest replaces its text; the other five are the real ones from
// templates/rules/ (RulesChecker).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

namespace {

const careplan::fuzz::RulesChecker* checker;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  std::string error;
  checker = careplan::fuzz::RulesChecker::Create(&error).release();
  if (!checker) {
    std::fprintf(stderr, "fuzz_rules: cannot load the real rules: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      checker->Check(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_rules: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
