#!/usr/bin/env bash
# Batch throughput (issue 9): `moacheck check --ocr never` over >= 500 PDFs
# against a bare pdftotext loop over the same files, --jobs 2 against
# --jobs 1, and peak resident memory. The PDFs are copies in a temporary
# folder (samples with a text layer, plus ../shared/corpus PDFs with a text
# layer when present), never committed.
# Bounded memory: peak RSS of --jobs 2 with --summary over the first
# COUNT/4 files and over all COUNT (run with COUNT=1000 for issue 9's
# measurement): flat means the growth is the summary's small rows only.
# Usage: bench/batch_bench.sh [BUILD_DIR] [COUNT]   (default build, 500)
set -euo pipefail
build=${1:-build}
count=${2:-500}
moacheck=$build/moacheck
[[ -x $moacheck ]] || { echo "no $moacheck: build first" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext missing (poppler-utils)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing (scripts/setup.sh installs time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pdfs"

# Originals with a usable text layer (a scan would only measure OCR).
originals=()
for pdf in "$build"/samples/*.pdf ../shared/corpus/*.pdf; do
  [[ -f $pdf ]] || continue
  chars=$(pdftotext -q "$pdf" - 2>/dev/null | tr -cd '[:alpha:]' | wc -c)
  ((chars > 2000)) && originals+=("$pdf")
done
((${#originals[@]} > 0)) || { echo "no text-layer PDFs found" >&2; exit 2; }
for ((i = 0; i < count; ++i)); do
  pdf=${originals[i % ${#originals[@]}]}
  cp "$pdf" "$work/pdfs/$(printf %04d "$i")-$(basename "$pdf")"
done
echo "$count PDFs from ${#originals[@]} originals in $work/pdfs"

seconds() {  # runs "$@", prints wall seconds; peak RSS (KB) into $work/rss
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  # The last line: GNU time puts "Command exited with non-zero status" first.
  read -r wall rss < <(tail -n 1 "$work/time")
  echo "$rss" >"$work/rss"
  echo "$wall"
}

pdftotext_loop() { for pdf in "$work"/pdfs/*.pdf; do pdftotext -q "$pdf" - >/dev/null; done; }
export -f pdftotext_loop
export work

bare=$(seconds bash -c pdftotext_loop)
one=$(seconds "$moacheck" check "$work/pdfs" --ocr never --jobs 1 --format jsonl -o /dev/null)
rss_one=$(cat "$work/rss")
two=$(seconds "$moacheck" check "$work/pdfs" --ocr never --jobs 2 --format jsonl -o /dev/null)
rss_two=$(cat "$work/rss")

echo "pdftotext loop:        ${bare} s"
echo "check --jobs 1:        ${one} s  ($(awk "BEGIN{printf \"%.2f\", $one / $bare}")x pdftotext; target <= 1.3)"
echo "check --jobs 2:        ${two} s  (speed-up $(awk "BEGIN{printf \"%.2f\", $one / $two}")x; target >= 1.8)"
echo "peak RSS --jobs 1/2:   $((rss_one / 1024)) / $((rss_two / 1024)) MB (target < 200)"

mkdir "$work/quarter" "$work/summary"
for pdf in $(ls "$work"/pdfs/*.pdf | head -n $((count / 4))); do ln "$pdf" "$work/quarter/"; done
seconds "$moacheck" check "$work/quarter" --ocr never --jobs 2 --format jsonl -o /dev/null \
  --summary "$work/summary/quarter.html" >/dev/null
rss_quarter=$(cat "$work/rss")
seconds "$moacheck" check "$work/pdfs" --ocr never --jobs 2 --format jsonl -o /dev/null \
  --summary "$work/summary/all.html" >/dev/null
rss_all=$(cat "$work/rss")
echo "peak RSS with --summary: $((rss_quarter / 1024)) MB for $((count / 4)) files, $((rss_all / 1024)) MB for $count files"
