#!/usr/bin/env bash
# CI's ODR stage (issue 15). Two different definitions of one name (a class,
# an inline function, an enum) in two stages compile and link silently and
# then misbehave at run time (one stage's inline member functions or vtable
# used on the other's objects). Only GCC's link-time optimizer sees every
# definition at once and reports them (-Wodr; clang has no equivalent), so
# this builds build-odr with gcc and -flto, -Werror=odr, and only the
# moacheck executable, which links every stage.
#   scripts/odr.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-odr
start=$SECONDS

# CMAKE_INTERPROCEDURAL_OPTIMIZATION adds -flto=auto -fno-fat-lto-objects
# and archives the stages with gcc-ar; the ODR diagnostics come from the
# link step, so the flags go to the linker too.
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INTERPROCEDURAL_OPTIMIZATION=ON \
  -DCMAKE_CXX_FLAGS="-Wodr -Werror=odr" -DCMAKE_EXE_LINKER_FLAGS="-Wodr -Werror=odr" >/dev/null
cmake --build "$build" -j2 --target moacheck
echo "== odr: $((SECONDS - start))s"
