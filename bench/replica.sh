#!/usr/bin/env bash
# From a replicate decision to the replica's first served request, on loopback with real yards,
# agents and workloads (release build). Clients in Madrid call an origin in Stockholm; the origin
# starts a replica in Madrid (Stockholm has clients too, so it replicates rather than moves). Prints one line per round and the median.
#
#   bash bench/replica.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
work=$(mktemp -d)
yard_pids=()
cleanup() {
  for name in stockholm madrid; do
    [ -f "$work/$name/yard.url" ] || continue
    # the yard's own records (its API answers only signed requests)
    python3 -c 'import sqlite3,sys; [print(p) for row in sqlite3.connect(sys.argv[1]).execute("SELECT pid, workloadPID FROM instance") for p in row]' \
      "$work/$name/yard.sqlite" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  done
  for pid in "${yard_pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

export ICON_OWNER_KEY="$work/owner.key"   # the benchmark's own owner
swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
cat >"$work/europe.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {"name": "bench"},
 "nodes": [{"id": "Stockholm", "pos": [18.07, 59.33]}, {"id": "Frankfurt", "pos": [8.68, 50.11]},
           {"id": "Paris", "pos": [2.35, 48.86]}, {"id": "Madrid", "pos": [-3.70, 40.42]}],
 "links": [{"source": "Stockholm", "target": "Frankfurt"}, {"source": "Frankfurt", "target": "Paris"},
           {"source": "Paris", "target": "Madrid"}]}
JSON
for site in Stockholm Madrid; do
  name=$(tr '[:upper:]' '[:lower:]' <<<"$site")
  "$icon" yard --name "$name" --site "$site" --capacity 64 --data "$work/$name" --allow-program icon >/dev/null 2>&1 &
  yard_pids+=($!)
  disown
done
for name in stockholm madrid; do
  for _ in $(seq 100); do [ -f "$work/$name/yard.url" ] && break; sleep 0.1; done
done
stockholm=$(cat "$work/stockholm/yard.url")
madrid=$(cat "$work/madrid/yard.url")

results=()
for round in $(seq "$rounds"); do
  cat >"$work/app$round.yaml" <<YAML
name: bench$round
workload: {command: [icon, workload]}
budget: 1000
yards: [$stockholm, $madrid]
latency:
  mode: emulated
  topology: europe.json
  subnets: {127.0.$((10 + round)).0/24: Madrid, 127.0.$((40 + round)).0/24: Stockholm}
policy: {report_period_s: 0.5, decision_period_s: 0.25, smoothing_window_s: 1, action_cooldown_s: 1, latency_scale: 10}
YAML
  origin=$("$icon" app deploy -f "$work/app$round.yaml" --yard "$stockholm" | sed -E 's/.* serves at //')
  (for _ in $(seq 2000); do curl -s -L --interface "127.0.$((10 + round)).1" -o /dev/null "$origin/" || true; done) &
  load=$!
  (for _ in $(seq 2000); do curl -s --interface "127.0.$((40 + round)).1" -o /dev/null "$origin/" || true; done) &
  local_load=$!
  child=""
  for _ in $(seq 300); do
    child=$(curl -s "$origin/_icon/status" | python3 -c 'import json,sys; c=json.load(sys.stdin)["children"]; print(next(iter(c.values()), ""))')
    [ -n "$child" ] && break
    sleep 0.1
  done
  [ -n "$child" ] || { echo "round $round: no replica started" >&2; exit 1; }
  for _ in $(seq 100); do
    served=$(curl -s "$child/_icon/status" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("firstServedAt") or "")')
    [ -n "$served" ] && break
    sleep 0.05
  done
  kill "$load" "$local_load" 2>/dev/null || true
  ms=$(curl -s "$origin/_icon/status" | python3 -c '
import json, sys
status = json.load(sys.stdin)
launch = [e["at"] for e in status["recentEvents"] if e["event"].startswith("launching")][0]
print(round((float(sys.argv[1]) - launch) * 1000))' "$served")
  echo "round $round: replicate decision to first served request $ms ms"
  results+=("$ms")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms over " NR " rounds"}'
