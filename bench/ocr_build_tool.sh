#!/usr/bin/env bash
# Compiles one bench/ocr_*.cc program against the OCR module's objects.
# Usage: bench/ocr_build_tool.sh NAME [BUILD_DIR]  (prints the program's path)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
name=$1
build=${2:-$here/build-ocr}
objects=()
for source in "$here"/ocr/*.cc "$here"/parser/page_image.cc "$here"/parser/page_stats.cc \
    "$here"/common/atomic_file.cc "$here"/common/sha256.cc; do
  relative=${source#"$here"/}
  make -s -C "$build" "${relative}.o" >/dev/null
  objects+=("$build/CMakeFiles/moacheck_lib.dir/${relative}.o")
done
g++ -std=c++20 -O2 -I"$here" -I"$here/include" -I"$build/generated" \
  "$here/bench/$name.cc" "${objects[@]}" \
  $(pkg-config --cflags --libs poppler-cpp tesseract icu-uc icu-i18n openssl) \
  -o "$build/$name"
echo "$build/$name"
