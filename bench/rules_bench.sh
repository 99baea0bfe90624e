#!/usr/bin/env bash
# Rule-evaluation throughput with the shipped rulebooks: MB/s of agreement
# text through Evaluate(), and the share of a whole check (load + outline +
# facts + rules) spent in rules. Not a test: numbers depend on the machine.
#
#   bench/rules_bench.sh [BUILD_DIR] [FILE...]
# Default files: the sample PDFs of BUILD_DIR and, when present, the text-layer
# PDFs of ../shared/corpus (OCR is off, so image-only scans measure little).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$build"/samples/*.pdf)
  if [ -d ../shared/corpus ]; then files+=(../shared/corpus/*.pdf); fi
fi
"$build/moacheck" rules bench "${files[@]}"
