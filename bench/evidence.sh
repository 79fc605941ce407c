#!/usr/bin/env bash
# What a year of evidence (10 SLOs x 365 days, ~7,000 CI runs, drills and spot checks) adds to `validate` and a
# cold `build`: the same generated program with and without it, median of N runs of wall time, CPU and peak memory.
# Usage: bench/evidence.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out/evidence
mkdir -p "$out"
source bench/measure.sh

mkdir -p "$out/input"
cp input/about.md "$out/input/"
echo "| command | wall (median of $runs) | CPU | peak memory |"
echo "|---|---:|---:|---:|"
for weeks in 2 520; do
  [ -d "$out/plain-$weeks" ] || $gen "$out/plain-$weeks" "$weeks" >/dev/null
  [ -d "$out/evidence-$weeks" ] || $gen "$out/evidence-$weeks" "$weeks" --evidence >/dev/null
  for kind in plain evidence; do
    measure "validate, $weeks weeks, $kind" $cli validate --data "$out/$kind-$weeks"
  done
  for kind in plain evidence; do
    site="$out/site-$kind-$weeks"
    measure "cold build, $weeks weeks, $kind" sh -c "rm -rf '$site' && exec $cli build --data '$out/$kind-$weeks' --input '$out/input' --theme theme --output '$site'"
  done
done
