#!/usr/bin/env bash
# Times what building and previewing cost on this machine, for the table in bench/README.md:
#   1. cold `reports build` (a new process, an empty output folder) at 104, 520 and 2,600 weeks:
#      median wall time, CPU time (user + sys) and peak resident memory of the process (GNU time);
#   2. a warm rebuild after a one-row score edit, and after a Markdown page edit, inside one long-lived session
#      as `reports serve` keeps it (bench/RebuildBenchmark: edit → site written);
#   3. save → reloaded page in `reports serve` (bench/ReloadLatency: an open page's event stream sees the new
#      build and the changed weekly page is fetched).
# The CLI is published ReadyToRun, as one would install it. Usage: bench/serve.sh [runs]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=bench/out
mkdir -p "$out"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

dotnet publish src/Reports.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v q -nologo >/dev/null
for project in DataGenerator RebuildBenchmark ReloadLatency; do
  dotnet build "bench/$project" -c Release -v q -nologo >/dev/null
done
cli="$out/cli/Reports.Cli.dll"
gen="dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll"
# Data and sites live outside any git repository: the data version is then the content hash. Inside a
# repository every build also runs `git log` and `git status` on the data folder, whose cost depends on the
# repository's history, not on Reports (see bench/README.md).
work=$(mktemp -d "${TMPDIR:-/tmp}/reports-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for weeks in 104 520 2600; do
  $gen "$work/data-$weeks" "$weeks" >/dev/null
done
# The shipped About page (the footer links to it) and nothing else: no narratives for weeks the generator does not have.
mkdir -p "$work/input" && cp input/about.md "$work/input/"

median() { sort -n | sed -n "$(( (runs / 2) + 1 ))p"; }

echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ { printf "%.1f GiB", $2 / 1024 }') memory, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| measurement | wall (median of $runs) | CPU | peak memory |"
echo "|---|---:|---:|---:|"
# "shipped" is the README's build: this repository's data/ and input/ (in git, so the data version is a commit).
for weeks in shipped 104 520 2600; do
  data="$work/data-$weeks" input="$work/input"
  [ "$weeks" = shipped ] && data=data input=input
  walls=(); cpus=(); mems=()
  for run in $(seq "$runs"); do
    # Each run builds into a new folder; the old ones are deleted after the measurements and the disk settles,
    # so freeing the last run's files (slow on a disk mounted with `discard`) is not timed as part of the next.
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" \
      dotnet "$cli" build --data "$data" --input "$input" --theme theme --output "$work/site-$weeks-$run" >/dev/null 2>"$out/stderr.txt" \
      || { echo "FAILED: build at $weeks weeks" >&2; cat "$out/stderr.txt" >&2; exit 1; }
    read -r wall user sys mem <"$out/time.txt"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"); mems+=("$mem")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median); cpu=$(printf '%s\n' "${cpus[@]}" | median); mem=$(printf '%s\n' "${mems[@]}" | median)
  pages=$(find "$work/site-$weeks-1" -name '*.html' | wc -l)
  rm -rf "$work"/site-"$weeks"-*
  sync
  sleep 5
  label="$weeks weeks"
  [ "$weeks" = shipped ] && label="the shipped data"
  printf '| cold `reports build`, %s (%s pages) | %s s | %s s | %s MB |\n' "$label" "$pages" "$wall" "$cpu" "$((mem / 1024))"
done

warm=$(dotnet bench/RebuildBenchmark/bin/Release/net10.0/RebuildBenchmark.dll "$work/data-520" theme "$work/rebuild-520" 21 "$work/input" | tail -n 1)
printf '| warm rebuild after a one-row score edit, 520 weeks (in one session) | %s | | |\n' "${warm#*: }"
warm_page=$(dotnet bench/RebuildBenchmark/bin/Release/net10.0/RebuildBenchmark.dll "$work/data-520" theme "$work/rebuild-page-520" 21 "$work/input" markdown | tail -n 1)
printf '| warm rebuild after a Markdown page edit, 520 weeks (in one session) | %s | | |\n' "${warm_page#*: }"
reload=$(dotnet bench/ReloadLatency/bin/Release/net10.0/ReloadLatency.dll "$cli" "$work/data-520" theme "$work/serve-520" 21 "$work/input" | grep '^save' )
printf '| save → reloaded page in `reports serve`, 520 weeks | %s | | |\n' "${reload#*: }"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
