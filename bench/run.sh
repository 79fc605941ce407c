#!/usr/bin/env bash
# Times the reports CLI on generated data, start-up included: median of N runs of wall time,
# CPU time and peak resident memory (GNU time). Usage: bench/run.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

dotnet build src/Reports.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/DataGenerator -c Release -v q -nologo >/dev/null
cli="dotnet src/Reports.Cli/bin/Release/net10.0/Reports.Cli.dll"
gen="dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll"

# measure LABEL CMD...: prints one Markdown table row with medians over $runs runs.
measure() {
  local label=$1; shift
  local walls=() cpus=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
      echo "FAILED: $*" >&2; cat "$out/stderr.txt" >&2; exit 1; }
    read -r wall user sys mem <"$out/time.txt"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"); mems+=("$mem")
  done
  local mid=$((runs / 2))
  local wall cpu mem
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$((mid + 1))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$((mid + 1))p")
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n "$((mid + 1))p")
  printf '| %s | %s s | %s s | %s MB |\n' "$label" "$wall" "$cpu" "$((mem / 1024))"
}

for weeks in 104 520; do
  [ -d "$out/data-$weeks" ] || $gen "$out/data-$weeks" "$weeks" >/dev/null
done

echo "| command | wall (median of $runs) | CPU | peak memory |"
echo "|---|---:|---:|---:|"
measure "validate, shipped data" $cli validate --data data
measure "status --json, shipped data" $cli status --json --data data
measure "validate, 520 weeks" $cli validate --data "$out/data-520"
measure "status --json, 520 weeks" $cli status --json --data "$out/data-520"
