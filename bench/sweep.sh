#!/usr/bin/env bash
# The adaptation sweep's wall clock, release build: the whole sweep of docs/evaluation.md (725 runs:
# every Topology Zoo graph of at least 30 nodes, the shipped networks and the synthetic graphs, seeds
# 1 to 5) on THREADS threads (default 2; the goal is under 600 s on 2 cores), against a baseline
# measured in the same run (`icon topo info` on the NREN interconnect, median of 5: one shortest-path
# search per node). Prints the CPU, the wall and CPU seconds of the sweep and its ratio to the
# baseline; fails if the sweep took 600 s or more. The sweep's CSV goes to OUT (default: discarded).
#
#   bash bench/sweep.sh [THREADS] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-2}
out=${2:-/dev/null}
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || { echo "THREADS must be a positive whole number, not '$threads'" >&2; exit 2; }
source bench/baseline.sh

cpu_before=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
start=$(date +%s.%N)
# progress goes to the terminal, the figures the sweep ends with below
"$icon" sim sweep --seeds 5 --zoo data/topologies/zoo --threads "$threads" >"$out"
wall=$(echo "$(date +%s.%N) - $start" | bc -l)
cpu=$(echo "($(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat) - $cpu_before) / $(getconf CLK_TCK)" | bc -l)

printf 'baseline  icon topo info interconnect.gml: %.3f s\n' "$baseline"
printf 'sweep     every run on %d threads:         %.0f s wall, %.0f s CPU (%.0f x baseline; target < 600 s)\n' \
  "$threads" "$wall" "$cpu" "$(echo "$wall / $baseline" | bc -l)"
if (( $(echo "$wall >= 600" | bc -l) )); then echo "the sweep missed its 600 s target" >&2; exit 1; fi
