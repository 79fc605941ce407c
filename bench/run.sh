#!/usr/bin/env bash
# Times the reports CLI on generated data, start-up included: median of N runs of wall time,
# CPU time and peak resident memory (GNU time). Usage: bench/run.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"

source bench/measure.sh

for weeks in 104 520; do
  [ -d "$out/data-$weeks" ] || $gen "$out/data-$weeks" "$weeks" >/dev/null
done

echo "| command | wall (median of $runs) | CPU | peak memory |"
echo "|---|---:|---:|---:|"
measure "validate, shipped data" $cli validate --data data
measure "status --json, shipped data" $cli status --json --data data
measure "validate, 520 weeks" $cli validate --data "$out/data-520"
measure "status --json, 520 weeks" $cli status --json --data "$out/data-520"
