#!/usr/bin/env bash
# Installs what is missing, builds, and renders the bundled example plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh careplan  # the binary only: no test is compiled
mkdir -p out
./build/careplan render examples/maria-diffuse-ild.yaml -o out/maria-diffuse-ild.pdf
echo "Your care plan is at: $(pwd)/out/maria-diffuse-ild.pdf"
