#!/usr/bin/env bash
# What a year of evidence (10 SLOs x 365 days, ~7,000 CI runs, drills and spot checks) adds to `validate` and a
# cold `build`: the same generated program with and without it, median of N runs of wall time, CPU and peak memory.
# Usage: bench/evidence.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out/evidence
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

dotnet build src/Reports.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/DataGenerator -c Release -v q -nologo >/dev/null
cli="dotnet src/Reports.Cli/bin/Release/net10.0/Reports.Cli.dll"
gen="dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll"

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
  printf '| %s | %s s | %s s | %s MB |\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$((mid + 1))p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$((mid + 1))p")" \
    "$(( $(printf '%s\n' "${mems[@]}" | sort -n | sed -n "$((mid + 1))p") / 1024 ))"
}

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
