#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, with AddressSanitizer and
# UndefinedBehaviorSanitizer) into build-asan/ (the build scripts/sanitize.sh
# runs the tests in) and runs each for SECONDS
# (default 60) on a corpus seeded from the examples, the e2e profiles, the
# bad profiles of the unit tests and the real templates.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]   # TARGET: profile, guide_section, rules, render, image, theme
#
# The corpus grows in build-asan/corpus/<target>/ from run to run. A crash,
# leak, timeout or sanitizer report stops that target, leaves the input in
# build-asan/crashes/ and makes the script exit 1 (after the other targets
# have run). Reproduce with: build-asan/fuzz/fuzz_<target> FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then targets=(profile guide_section rules render image theme); fi

bash scripts/setup.sh --with-tests
build=build-asan
# The same configuration as scripts/sanitize.sh, so the two share one build.
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCAREPLAN_WERROR=ON -DCAREPLAN_SANITIZE=ON -DCAREPLAN_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

rm -rf "$build/seeds"
python3 tests/fuzz/make_corpus.py . "$build/seeds"
mkdir -p "$build/crashes"

# Leaks and every UBSan report are findings; libFuzzer prints the stacks.
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

failed=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  dict=()
  if [[ $target == profile || $target == render ]]; then dict=(-dict="$build/seeds/profile.dict"); fi
  echo "fuzz: $target for ${seconds}s" >&2
  # -timeout: one input may take at most 10 s; -rss_limit_mb: 2 GiB in all.
  if ! "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 "${dict[@]}" -artifact_prefix="$build/crashes/$target-" \
      "$corpus" "$build/seeds/$target" 2>"$build/fuzz_$target.log"; then
    failed+=("$target")
    tail -n 60 "$build/fuzz_$target.log" >&2
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done [0-9]+ runs' \
    "$build/fuzz_$target.log" | sed "s/^/fuzz: $target: /" >&2 || true
done

passed=$((${#targets[@]} - ${#failed[@]}))
if ((${#failed[@]} > 0)); then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/crashes/)" >&2
  echo "fuzz: $passed passed, ${#failed[@]} failed" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s with no crash" >&2
echo "fuzz: $passed passed, 0 failed" >&2
