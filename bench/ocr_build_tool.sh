#!/usr/bin/env bash
# Compiles one bench/ocr_*.cc program against the OCR stage's library.
# Usage: bench/ocr_build_tool.sh NAME [BUILD_DIR]  (prints the program's path)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
name=$1
build=${2:-$here/build-ocr}
# The OCR stage's library and the earlier stages it links.
cmake --build "$build" -j2 --target moacheck_ocr >/dev/null
libraries=("$build"/lib/libmoacheck_{ocr,parser,common}.a)
g++ -std=c++20 -O2 -I"$here" -I"$here/include" -I"$build/generated" \
  "$here/bench/$name.cc" "${libraries[@]}" \
  $(pkg-config --cflags --libs poppler-cpp tesseract icu-uc icu-i18n openssl libpcre2-8 fmt) \
  -o "$build/$name"
echo "$build/$name"
