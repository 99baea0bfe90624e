#!/usr/bin/env bash
# Measures every page of every corpus PDF the way the OCR decision does
# (chars, U+FFFD, garbage-word ratio) and summarizes them, so the thresholds
# in parser/page_stats.cc can be checked against real agreements.
# Usage: bench/ocr_page_stats.sh [BUILD_DIR] [CORPUS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-ocr}
corpus=${2:-$here/../shared/corpus}
tool=$("$here/bench/ocr_build_tool.sh" ocr_page_stats "$build")
"$tool" "$corpus"/*.pdf > "$build/ocr_page_stats.tsv"
awk -F'\t' '
  { n = split($1, parts, "/"); name = parts[n]; sub(/\.pdf$/, "", name)
    printf "%-48s p%-3d chars=%-6d fffd=%-3d words=%-5d garbage=%-4d ratio=%.3f ocr=%d\n",
           name, $2, $3, $4, $5, $6, $7, $8
    pages++; ocr += $8 }
  END { printf "pages %d, recognized under --ocr auto %d\n", pages, ocr }' "$build/ocr_page_stats.tsv"
