#!/usr/bin/env bash
# Builds careplan with AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer into build-asan/ and runs the whole test suite
# (unit and end-to-end) in it; any sanitizer report fails the test it
# happens in. Then renders every example with full allocation stacks and no
# leak suppressions at all.
#
#   bash scripts/sanitize.sh              # clang (the build scripts/fuzz.sh uses too)
#   CC=gcc CXX=g++ bash scripts/sanitize.sh   # gcc, in build-asan-gcc/
#
# Third-party libraries (libharu, yaml-cpp, md4c, Poco) are not instrumented.
# No leak is suppressed today; tests/fuzz/lsan.supp is where a suppression
# for libharu's own frames would go (it explains why one might be needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-tests

export CC=${CC:-clang} CXX=${CXX:-clang++}
if [[ $CXX == *clang* ]]; then
  build=build-asan
  fuzz=ON  # the same instrumented libraries serve the fuzz targets
else
  build=build-asan-gcc
  fuzz=OFF
fi
# -O1 as the sanitizers advise; -g1 gives file:line in every report; no
# NDEBUG, so assert() is checked as well.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DCAREPLAN_WERROR=ON -DCAREPLAN_SANITIZE=ON -DCAREPLAN_FUZZ="$fuzz" >/dev/null
cmake --build "$build" -j"$(nproc)" --target careplan careplan_tests

supp="$(pwd)/tests/fuzz/lsan.supp"
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"

# Leaks on the normal path, libharu's included: full stacks, no suppressions.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for example in examples/*.yaml; do
  name=$(basename "$example" .yaml)
  ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0" LSAN_OPTIONS="" \
    "$build/careplan" render "$example" -o "$out/$name.pdf" >/dev/null 2>"$out/$name.log" || {
    cat "$out/$name.log" >&2
    echo "sanitize: $example: FAILED" >&2
    exit 1
  }
done
echo "sanitize: every test passed; $(ls examples/*.yaml | wc -l) examples rendered with no leak" >&2
