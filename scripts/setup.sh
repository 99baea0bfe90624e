#!/usr/bin/env bash
# Installs the Debian 12 packages moacheck needs to build, test and run.
# Idempotent: when everything is present it only checks and returns.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache
  libpoppler-cpp-dev poppler-utils      # PDF text and rendering; pdftotext for bench/
  libpcre2-dev libyaml-cpp-dev          # patterns, vocabulary and rulebooks
  libtesseract-dev tesseract-ocr-eng    # OCR of scanned pages
  libicu-dev libssl-dev                 # Unicode normalization, SHA-256
  nlohmann-json3-dev libcli11-dev libfmt-dev
  libboost-test-dev                     # the test suite
  libcairo2-dev fonts-dejavu-core       # the sample PDF generator
  fonts-liberation                      # Times-metric serif of the sample PDFs
  python3 python3-jsonschema            # report schema checks, corpus scorer
  chromium                              # the HTML report rendered in tests
  clang libclang-rt-14-dev              # fuzz targets and sanitizers
  qpdf                                  # encrypted and damaged PDFs for tests
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
