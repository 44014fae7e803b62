#!/usr/bin/env bash
# Streams about 1 GB of questions through `norme48 evaluate` and reports its peak memory, which must stay flat
# (run by hand, not in CI). The input is generated on the fly and never stored; the answers are discarded.
# Usage: bash scripts/evaluate-memory.sh [gigabytes]
set -euo pipefail
cd "$(dirname "$0")/.."
gigabytes=${1:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Norme48.Cli -c Release >/dev/null
python3 - "$gigabytes" <<'PY' | /usr/bin/time -f "%e s wall, peak %M KB" -o "$work/time" dotnet src/Norme48.Cli/bin/Release/net10.0/Norme48.Cli.dll evaluate > /dev/null || true
import sys
limit = int(float(sys.argv[1]) * 1024 ** 3)
lines = [
    '{"ask":"collect","field":"email-address","purpose":"orders"}\n',
    '{"ask":"retention","field":"email-address","subject":{"status":"prospect","collectedAt":"2025-10-26T00:30:00Z"},"now":"2026-11-28T00:00:00Z"}\n',
    '{"ask":"share","field":"last-name","recipient":{"id":"ad-network"}}\n',
    'not json at all\n',
]
written = 0
out = sys.stdout
i = 0
while written < limit:
    line = lines[i % len(lines)]
    out.write(line)
    written += len(line)
    i += 1
PY
echo "$(cat "$work/time") for ${gigabytes} GB of questions"
