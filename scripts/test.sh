#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit and end-to-end)
# and checks the formatting (scripts/format.sh --check); builds the binary as
# a packager would (Release) with -Werror, so it stays clean at -O3 too;
# then the same tests again with AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/sanitize.sh, clang) and each fuzz target briefly (scripts/fuzz.sh;
# CAREPLAN_FUZZ_SECONDS per target, default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-tests
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
bash scripts/format.sh --check
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCAREPLAN_WERROR=ON >/dev/null
cmake --build build-release -j"$(nproc)" --target careplan
bash scripts/sanitize.sh
bash scripts/fuzz.sh "${CAREPLAN_FUZZ_SECONDS:-15}"
