#!/usr/bin/env bash
# Installs every Debian package careplan needs to build and render; with
# --with-tests, also what the tests, sanitizers and benchmarks need (the
# browser tests' Chromium among them), so that the README's first command
# stays quick. Idempotent: runs apt-get (and apt-get update) only when
# something is missing.
set -euo pipefail

PACKAGES=(
  g++ cmake make pkg-config
  libhpdf-dev libpoco-dev libssl-dev libyaml-cpp-dev libmd4c-dev libutf8proc-dev
  libgtest-dev libgmock-dev
  qpdf poppler-utils python3 python3-yaml
)
TEST_PACKAGES=(
  clang libclang-rt-14-dev llvm  # sanitizers, libFuzzer, llvm-symbolizer: sanitize.sh, fuzz.sh
  clang-format                   # scripts/format.sh --check
  openssl                        # a throwaway certificate for the print station's TLS test
  chromium chromium-driver python3-selenium  # the print station's browser tests
)
if [[ "${1:-}" == "--with-tests" ]]; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/setup.sh [--with-tests]" >&2
  exit 2
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
