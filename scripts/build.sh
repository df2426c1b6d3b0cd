#!/usr/bin/env bash
# Configures and builds careplan into build/ (the binary is build/careplan).
#
#   bash scripts/build.sh              # everything: the binary and the tests
#   bash scripts/build.sh careplan     # only the named targets
#
# The project's own scripts build with -Werror (CAREPLAN_WERROR); a plain
# cmake build, as a packager makes, does not.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREPLAN_WERROR=ON >/dev/null
if (($# > 0)); then
  cmake --build build -j"$(nproc)" --target "$@"
else
  cmake --build build -j"$(nproc)"
fi
