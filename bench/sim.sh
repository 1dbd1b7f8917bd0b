#!/usr/bin/env bash
# Simulator speed, release build: the Fig. 4 sweep (icon counts 8 to 1024, 30 seeds, NREN interconnect)
# and one Fig. 5 run, each against a baseline measured in the same run (`icon topo info` on the same
# topology: one shortest-path search per node). Prints median wall seconds of 5 runs and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/baseline.sh
messages=$(median_seconds "$icon" sim messages --topology "$interconnect" --origin DE --icons 8,16,32,64,128,256,512,1024 --seeds 30)
adapt=$(median_seconds "$icon" sim adapt --topology "$interconnect" --origin DE --seed 1)
printf 'baseline  icon topo info interconnect.gml: %.3f s\n' "$baseline"
printf 'messages  8..1024 icons x 30 seeds:        %.3f s (%.2f x baseline; target < 10 s)\n' "$messages" "$(echo "$messages / $baseline" | bc -l)"
printf 'adapt     600 s of both designs:           %.3f s (%.2f x baseline)\n' "$adapt" "$(echo "$adapt / $baseline" | bc -l)"
if (( $(echo "$messages >= 10" | bc -l) )); then echo "messages sweep missed its 10 s target" >&2; exit 1; fi
