#!/usr/bin/env bash
# Full-page screenshots of every page type (tests/Reports.Tests/EndToEnd/PageTypes.cs) of the plan fixture's site at
# 375 and 1280 px, light and dark, taken with the browser tests' Chromium: bench/screenshots.sh [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-screenshots}")"
mkdir -p "$out"
REPORTS_SCREENSHOTS="$out" dotnet test tests/Reports.Tests --filter "FullyQualifiedName~EndToEnd.Screenshots"
ls "$out"
