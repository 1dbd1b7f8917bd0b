#!/usr/bin/env bash
# Simulator at scale, release build: `icon sim scale` up to the target size (10,000 nodes, 100,000 ICONs,
# 1,000,000 client subnets, 3,600 simulated seconds: target under 120 s and 8 GiB), each size run once
# after a baseline measured in the same run (`icon topo info` on the NREN interconnect, median of 5).
# Runs use one thread per core; a fifth field sets the threads ("1" gives the single-thread figure).
# SCALE_SIZES overrides the sizes: "nodes,icons,clients,seconds[,threads] ..." (the target takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
interconnect=data/topologies/eu_nren-interconnect.gml
sizes="${SCALE_SIZES:-1000,1000,10000,600 10000,10000,100000,600 10000,100000,1000000,600,1 10000,100000,1000000,600 10000,100000,1000000,3600}"
swift build -c release --product icon >/dev/null 2>&1 || { echo "release build failed: run swift build -c release" >&2; exit 1; }
icon=.build/release/icon

seconds_of() {  # wall seconds of one run of "$@"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
baseline=$(for _ in 1 2 3 4 5; do seconds_of "$icon" topo info "$interconnect"; done | sort -g | sed -n 3p)
printf 'baseline: icon topo info interconnect.gml %.3f s\n' "$baseline"
echo "nodes,icons,clients,sim_seconds,threads,events,wall_seconds,events_per_second,peak_rss_mb,wall_over_baseline"
for size in $sizes; do
  IFS=, read -r nodes icons clients simulated threads <<<"$size"
  threads="${threads:-$(nproc)}"
  row=$("$icon" sim scale --nodes "$nodes" --icons "$icons" --clients "$clients" --sim-seconds "$simulated" \
    --threads "$threads" 2>/dev/null | tail -1)
  wall=$(cut -d, -f2 <<<"$row")
  printf '%s,%s,%s,%s,%s,%s,%.0f\n' "$nodes" "$icons" "$clients" "$simulated" "$threads" "$row" \
    "$(echo "$wall / $baseline" | bc -l)"
done
