# Sourced by the bench scripts. measure LABEL CMD...: runs CMD $runs times and prints one Markdown table row
# with the medians of wall time, CPU time (user + sys) and peak resident memory (GNU time). Needs $runs and $out.
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

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

# The Release CLI and the data generator, built once.
dotnet build src/Reports.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/DataGenerator -c Release -v q -nologo >/dev/null
cli="dotnet src/Reports.Cli/bin/Release/net10.0/Reports.Cli.dll"
gen="dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll"
