#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for
# SECONDS (default 60). Seed corpora come from the samples and rulebooks at
# run time; crash inputs land in build-fuzz/crashes/<target>/ (keep them as
# tests/data/fuzz/<target>/ regression cases).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# MOACHECK_FUZZ_BUILD names a build folder its caller already configured with
# -DMOACHECK_FUZZ=ON (scripts/hardening.sh passes build-hardening); it is
# then used as it is instead of configuring build-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pdf outline facts rulebook)
build="${MOACHECK_FUZZ_BUILD:-build-fuzz}"

if [ -z "${MOACHECK_FUZZ_BUILD:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DMOACHECK_FUZZ=ON -DMOACHECK_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target samples $(printf '%s_fuzzer ' "${targets[@]}")

seed() {  # seed TARGET FILES...: copy the files into the target's seed folder
  local dir="$build/seeds/$1"
  shift
  mkdir -p "$dir"
  for file in "$@"; do [ -f "$file" ] && cp "$file" "$dir/"; done
  return 0
}
shopt -s nullglob
seed pdf "$build"/samples/*.pdf samples/*.txt
seed outline samples/*.txt
seed facts samples/*.txt
seed rulebook rules/packs/*.yaml tests/data/rulebooks/*.yaml tests/data/rulebooks/*/*.yaml

max_len() {
  case "$1" in
    pdf) echo 1048576 ;;    # the sample PDFs are a few hundred kB
    rulebook) echo 65536 ;;
    *) echo 131072 ;;       # a whole agreement's text
  esac
}

for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  echo "== $target: ${seconds}s"
  # libFuzzer's last lines: "Done N runs in S second(s)" and the final stats.
  ASAN_OPTIONS=detect_leaks=1 "$build/fuzz/${target}_fuzzer" "$corpus" "$build/seeds/$target" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 2>"$build/$target.log" || status=$?
  grep -E "^#[0-9]+.*(DONE|INITED)|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss" \
    "$build/$target.log" | tail -5
  if [ "${status:-0}" -ne 0 ]; then
    echo "$target: libFuzzer exited with ${status}; see $build/$target.log and $crashes/"
    exit "$status"
  fi
done
