#!/usr/bin/env bash
# Formats every C++ file of the project with the checked-in .clang-format.
#
#   bash scripts/format.sh           # rewrite the files in place
#   bash scripts/format.sh --check   # change nothing; exit 1 and list the files that differ
#
# scripts/test.sh (and so CI) runs the check. The output depends on the
# clang-format version: Debian 12's clang-format 14 is the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests bench -name '*.cc' -o -name '*.h' | sort)
if [[ ${1:-} == --check ]]; then
  unformatted=()
  for file in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then unformatted+=("$file"); fi
  done
  if ((${#unformatted[@]} > 0)); then
    echo "format: these files differ from .clang-format (run: bash scripts/format.sh):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files follow .clang-format" >&2
else
  clang-format -i "${files[@]}"
fi
