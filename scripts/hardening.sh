#!/usr/bin/env bash
# CI's hardening stage (issue 11), after scripts/test.sh: one clang build
# with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer coverage
# (build-hardening) serves both the whole test suite under the sanitizers
# (every moacheck process the tests start is instrumented too) and a short
# run of each fuzz target (scripts/fuzz.sh).
#   scripts/hardening.sh [FUZZ_SECONDS]   (default 60 per target)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds="${1:-60}"
build=build-hardening
start=$SECONDS

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DMOACHECK_SANITIZE=ON -DMOACHECK_FUZZ=ON \
  -DMOACHECK_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
echo "== build: $((SECONDS - start))s"

# Each instrumented process writes its reports to logs/sanitizer.PID, so a
# report from a moacheck child whose exit status a test does not look at
# still fails this stage.
logs="$PWD/$build/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:log_path=$logs/sanitizer"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/sanitizer"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
suite_status=0
(cd "$build" && ctest --output-on-failure -j"$(nproc)") || suite_status=$?
echo "== test suite under ASan+UBSan: $((SECONDS - start))s"
if compgen -G "$logs/sanitizer.*" >/dev/null; then
  for log in "$logs"/sanitizer.*; do
    echo "---- $log"
    head -60 "$log"
  done
  echo "sanitizer reports above (all in $logs)"
  exit 1
fi
[ "$suite_status" -eq 0 ] || exit "$suite_status"

# The fuzz run keeps libFuzzer's own reporting (crash inputs in
# $build/crashes/TARGET/).
unset ASAN_OPTIONS UBSAN_OPTIONS
MOACHECK_FUZZ_BUILD="$build" bash scripts/fuzz.sh "$fuzz_seconds"
echo "== hardening: $((SECONDS - start))s"
