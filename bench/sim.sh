#!/usr/bin/env bash
# Simulator speed, release build: the Fig. 4 sweep (icon counts 8 to 1024, 30 seeds, NREN interconnect)
# and one Fig. 5 run, each against a baseline measured in the same run (`icon topo info` on the same
# topology: one shortest-path search per node). Prints median wall seconds of 5 runs and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
interconnect=data/topologies/eu_nren-interconnect.gml
swift build -c release --product icon >/dev/null 2>&1 || { echo "release build failed: run swift build -c release" >&2; exit 1; }
icon=.build/release/icon

median() {  # median wall seconds of 5 runs of "$@"
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n 3p
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
baseline=$(median "$icon" topo info "$interconnect")
messages=$(median "$icon" sim messages --topology "$interconnect" --origin DE --icons 8,16,32,64,128,256,512,1024 --seeds 30)
adapt=$(median "$icon" sim adapt --topology "$interconnect" --origin DE --seed 1)
printf 'baseline  icon topo info interconnect.gml: %.3f s\n' "$baseline"
printf 'messages  8..1024 icons x 30 seeds:        %.3f s (%.2f x baseline; target < 10 s)\n' "$messages" "$(echo "$messages / $baseline" | bc -l)"
printf 'adapt     600 s of both designs:           %.3f s (%.2f x baseline)\n' "$adapt" "$(echo "$adapt / $baseline" | bc -l)"
if (( $(echo "$messages >= 10" | bc -l) )); then echo "messages sweep missed its 10 s target" >&2; exit 1; fi
