#!/usr/bin/env bash
# Fails when a tracked .cc or .h file differs from what clang-format (Debian
# clang-format 14, style from .clang-format) would write; prints each
# difference. Generated files live only in build folders, and the project
# holds no third-party sources, so every tracked C++ file is checked.
#   scripts/check_format.sh [FILE...]   (default: every tracked .cc and .h)
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(git ls-files -- '*.cc' '*.h')
fi
differ=0
for file in "${files[@]}"; do
  "$clang_format" --style=file --dry-run -Werror "$file" 2>/dev/null || {
    echo "$file: not clang-formatted (run: $clang_format -i $file)"
    differ=$((differ + 1))
  }
done
if [ "$differ" -ne 0 ]; then
  echo "check_format: $differ of ${#files[@]} files differ from .clang-format"
  exit 1
fi
echo "check_format: ${#files[@]} files formatted"
