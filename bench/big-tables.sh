#!/usr/bin/env bash
# A program whose tables must paginate: 104 weeks with N incidents a week (default 1,924: 200,096 incidents).
# Prints the build's wall time, CPU, peak resident memory (GNU time), the largest file written and how many
# incidents pages there are. The build is --strict, so every link (a week's to the page holding its incident
# included) resolves or the build fails. Usage: bench/big-tables.sh [incidents-per-week] [cli.dll]
set -euo pipefail
cd "$(dirname "$0")/.."
per_week=${1:-1924}
out=bench/out/big-tables
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

if [ -z "${2:-}" ]; then
  dotnet publish src/Reports.Cli -c Release -o bench/out/cli -v q -nologo >/dev/null
fi
cli=${2:-bench/out/cli/Reports.Cli.dll}
dotnet build bench/DataGenerator -c Release -v q -nologo >/dev/null
rm -rf "$out/data" "$out/site" "$out/input"
dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll "$out/data" 104 20260217 --incidents-per-week "$per_week"
mkdir -p "$out/input"
printf -- '---\ntitle: About\n---\nA generated program.\n' >"$out/input/about.md"

/usr/bin/time -f "wall %e s, CPU %U+%S s, peak memory %M KB" \
  dotnet "$cli" build --strict --data "$out/data" --input "$out/input" --theme theme --output "$out/site" >"$out/build.txt" 2>&1 \
  || { cat "$out/build.txt" >&2; exit 1; }
tail -1 "$out/build.txt"
echo "largest file: $(find "$out/site" -type f -printf '%s bytes %P\n' | sort -n | tail -1)"
echo "incidents pages: $(find "$out/site/incidents" -name index.html | wc -l), site: $(du -sh "$out/site" | cut -f1)"
