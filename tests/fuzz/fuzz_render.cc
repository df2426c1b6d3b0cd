// Fuzz target: the whole pipeline, from profile text to PDF bytes in
// memory: load -> compute the plan -> compose -> lay out -> PDF (libharu),
// with the real templates and fonts loaded once (CheckRenderText). One
// Renderer serves every input, as a batch worker's does.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

namespace {

const careplan::app::RenderResources* resources;
careplan::app::Renderer* renderer;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  using namespace careplan;
  Diagnostics diagnostics;
  resources = app::RenderResources::Load(fuzz::RealDataPaths(), &diagnostics).release();
  if (resources) renderer = app::Renderer::Create(*resources, &diagnostics).release();
  if (!renderer) {
    std::fprintf(stderr, "fuzz_render: cannot load the templates and fonts:\n%s",
                 FormatDiagnostics(diagnostics).c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string problem = careplan::fuzz::CheckRenderText(*resources, renderer, text);
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_render: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
