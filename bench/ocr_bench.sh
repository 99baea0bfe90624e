#!/usr/bin/env bash
# Times moacheck's OCR against the command-line pipeline
#   pdftoppm -r DPI -gray | tesseract
# on the same pages at the same DPI, one thread each (OMP_THREAD_LIMIT=1 for
# the tesseract command, as moacheck disables Tesseract's OpenMP), and a
# cached re-run against the first run. Prints wall and CPU (user+sys)
# seconds per page and their ratios; on a shared machine CPU time is the
# steadier measure. Targets: moacheck no slower per page; cached run >= 50x
# faster.
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
export XDG_CACHE_HOME=$work/cache

# The same first pages for both sides.
qpdf --empty --pages "$pdf" "1-$pages" -- "$work/pages.pdf"

# measure NAME COMMAND...: runs COMMAND, keeps "wall cpu" seconds in $NAME.
TIMEFORMAT='%R %U %S'
measure() {
  local name=$1
  shift
  local times
  times=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  read -r wall user sys <<<"$times"
  printf -v "$name" '%s %s' "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

cli_pipeline() {
  for page in $(seq 1 "$pages"); do
    pdftoppm -r "$dpi" -gray -f "$page" -l "$page" "$work/pages.pdf" |
      OMP_THREAD_LIMIT=1 tesseract - - --psm 3 -l eng
  done
}

measure cli cli_pipeline
measure first "$moacheck" text --ocr force -j 1 "$work/pages.pdf"
measure cached "$moacheck" text --ocr force -j 1 "$work/pages.pdf"
rm -rf "$XDG_CACHE_HOME"
jobs=$(nproc)
measure parallel "$moacheck" text --ocr force -j "$jobs" "$work/pages.pdf"

awk -v pages="$pages" -v dpi="$dpi" -v name="$(basename "$pdf")" -v jobs="$jobs" \
    -v cli="$cli" -v first="$first" -v cached="$cached" -v parallel="$parallel" 'BEGIN {
  split(cli, c, " "); split(first, f, " "); split(cached, k, " "); split(parallel, p, " ")
  printf "pages: %d of %s at %d DPI (wall s/page, CPU s/page)\n", pages, name, dpi
  printf "pdftoppm | tesseract : %6.2f  %6.2f\n", c[1] / pages, c[2] / pages
  printf "moacheck -j 1        : %6.2f  %6.2f   cli/moacheck: wall %.2f, CPU %.2f (target >= 1)\n",
         f[1] / pages, f[2] / pages, c[1] / f[1], c[2] / f[2]
  printf "moacheck -j %-2d       : %6.2f  %6.2f\n", jobs, p[1] / pages, p[2] / pages
  printf "moacheck cached      : %6.3f s wall for all pages   first/cached: %.0fx (target >= 50x)\n",
         k[1], f[1] / k[1]
}'
