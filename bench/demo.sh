#!/usr/bin/env bash
# The demo's placement quality as clients feel it, release build: runs `icon demo --json` ROUNDS times
# and prints, per run, the clients' measured final latency, what the model alone gives the final
# tree's sites (the baseline, from the same run), the optimum for as many instances, and the ratios.
# measured/modelled is this machine's cost per request; modelled/optimal is the placement's quality
# (the tests check that one, which no busy machine changes).
#
#   bash bench/demo.sh [ROUNDS] [DURATION_S]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
duration=${2:-60}
swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
printf '%-4s %10s %10s %10s %18s %18s %7s\n' run measured modelled optimal measured/modelled modelled/optimal failed
for round in $(seq 1 "$rounds"); do
  "$icon" demo --json --duration "$duration" --report "$work/report.html" 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin)
m, d, o = s["final_mean_latency_ms"], s["modelled_mean_latency_ms"], s["optimal_mean_latency_ms"]
print("%-4s %8.2f ms %7.2f ms %7.2f ms %17.2fx %17.2fx %7d" % (sys.argv[1], m, d, o, m / d, d / o, s["failed_requests"]))
' "$round"
done
