#!/usr/bin/env bash
# Second README command: install, build, run the whole test suite. Warnings
# are errors here (CI runs this), not in scripts/build.sh's own default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh -DMOACHECK_WERROR=ON
cd build
ctest --output-on-failure -j"$(nproc)"
