#!/usr/bin/env bash
# Simulator at scale, release build: `icon sim scale` up to the target size (10,000 nodes, 100,000 ICONs,
# 1,000,000 client subnets, 3,600 simulated seconds: target under 120 s and 8 GiB), each size run once
# after a baseline measured in the same run (`icon topo info` on the NREN interconnect, median of 5).
# Runs use one thread per core; a fifth field sets the threads ("1" gives the single-thread figure).
# SCALE_SIZES overrides the sizes: "nodes,icons,clients,seconds[,threads] ..." (the target takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SCALE_SIZES:-1000,1000,10000,600 10000,10000,100000,600 10000,100000,1000000,600,1 10000,100000,1000000,600 10000,100000,1000000,3600}"
source bench/baseline.sh
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
