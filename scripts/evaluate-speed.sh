#!/usr/bin/env bash
# Times `norme48 evaluate` on one million `collect` questions (run by hand, not in CI: timings are not asserted).
# Usage: bash scripts/evaluate-speed.sh [runs]   — prints each run's wall time and peak memory, then the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Norme48.Cli -c Release >/dev/null
python3 - "$work/collect.jsonl" <<'PY'
import json, sys
fields = ["last-name", "email-address", "ip-address", "nir", "amount", "product-purchased"]
purposes = ["orders", "solicitations", "website-audience-statistics", "exclusion-from-right"]
with open(sys.argv[1], "w") as out:
    for i in range(1_000_000):
        out.write(json.dumps({"id": i, "ask": "collect", "field": fields[i % 6], "purpose": purposes[i % 4]}, separators=(",", ":")) + "\n")
PY
times=()
for run in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet src/Norme48.Cli/bin/Release/net10.0/Norme48.Cli.dll evaluate < "$work/collect.jsonl" > "$work/answers.jsonl"
  read -r seconds kilobytes < "$work/time"
  echo "run $run: ${seconds} s, peak ${kilobytes} KB, $(wc -l < "$work/answers.jsonl") answers"
  times+=("$seconds")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s"}'
