#!/usr/bin/env bash
# First README command: install, build, and check a bundled sample agreement.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
./build/moacheck check build/samples/jail-enforcement-2020.pdf || [ $? -eq 1 ]
