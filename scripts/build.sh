#!/usr/bin/env bash
# Configures and builds moacheck (and the sample PDFs) in ./build.
#   scripts/build.sh [CMAKE_OPTION...]   (e.g. -DMOACHECK_WERROR=ON)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
