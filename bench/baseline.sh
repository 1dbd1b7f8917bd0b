# Sourced by the speed benchmarks (from the repository's root): builds the release `icon` ($icon),
# prints the machine, and measures the baseline their figures are set against in the same run
# ($baseline: `icon topo info` on the NREN interconnect, one shortest-path search per node, median
# wall seconds of 5 runs).
interconnect=data/topologies/eu_nren-interconnect.gml
swift build -c release --product icon >/dev/null 2>&1 || { echo "release build failed: run swift build -c release" >&2; exit 1; }
icon=.build/release/icon

seconds_of() {  # wall seconds of one run of "$@"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median_seconds() {  # median wall seconds of 5 runs of "$@"
  for _ in 1 2 3 4 5; do seconds_of "$@"; done | sort -g | sed -n 3p
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
baseline=$(median_seconds "$icon" topo info "$interconnect")
