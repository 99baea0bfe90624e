#!/usr/bin/env bash
# Times moacheck's OCR against the command-line pipeline
#   pdftoppm -r DPI -gray | tesseract
# on the same pages at the same DPI, one thread each (OMP_THREAD_LIMIT=1 for
# the tesseract command, as moacheck disables Tesseract's OpenMP), and a
# cached re-run against the first run. Prints seconds per page and ratios.
# Targets: moacheck no slower per page; cached run >= 50x faster.
# Usage: bench/ocr_bench.sh [BUILD_DIR] [PDF] [PAGES]
#   PDF defaults to the image-only sample, PAGES (first N pages) to 3.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-ocr}
pdf=${2:-$build/samples/task-force-2025-scanned.pdf}
pages=${3:-3}
dpi=300  # OcrSettings::dpi
moacheck=$build/moacheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same first pages for both sides.
qpdf --empty --pages "$pdf" "1-$pages" -- "$work/pages.pdf"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }
calc() { awk "BEGIN { print $1 }"; }

start=$(now)
for page in $(seq 1 "$pages"); do
  pdftoppm -r "$dpi" -gray -f "$page" -l "$page" "$work/pages.pdf" |
    OMP_THREAD_LIMIT=1 tesseract - - --psm 3 -l eng >/dev/null 2>&1
done
cli=$(elapsed "$start" "$(now)")

export XDG_CACHE_HOME=$work/cache
start=$(now)
"$moacheck" text --ocr force -j 1 "$work/pages.pdf" >/dev/null 2>&1
first=$(elapsed "$start" "$(now)")
start=$(now)
"$moacheck" text --ocr force -j 1 "$work/pages.pdf" >/dev/null 2>&1
cached=$(elapsed "$start" "$(now)")

nproc_jobs=$(nproc)
rm -rf "$XDG_CACHE_HOME"
start=$(now)
"$moacheck" text --ocr force -j "$nproc_jobs" "$work/pages.pdf" >/dev/null 2>&1
parallel=$(elapsed "$start" "$(now)")

printf 'pages: %d of %s at %d DPI\n' "$pages" "$(basename "$pdf")" "$dpi"
printf 'pdftoppm | tesseract : %6.2f s/page\n' "$(calc "$cli / $pages")"
printf 'moacheck -j 1        : %6.2f s/page  (cli/moacheck = %.2f, target >= 1)\n' \
  "$(calc "$first / $pages")" "$(calc "$cli / $first")"
printf 'moacheck -j %d        : %6.2f s/page\n' "$nproc_jobs" "$(calc "$parallel / $pages")"
printf 'moacheck cached      : %6.3f s total  (first/cached = %.0fx, target >= 50x)\n' \
  "$cached" "$(calc "$first / $cached")"
