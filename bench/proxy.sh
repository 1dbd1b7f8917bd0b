#!/usr/bin/env bash
# Proxy benchmark: the bundled workload measured directly, through an ICON agent, and through nginx as
# a reverse proxy, in one run (wrk, release build), at 1, 256 and CONNECTIONS (64) connections. Also
# reports the idle agent's resident memory and what each idle kept-alive client connection adds.
#
#   bash bench/proxy.sh [SECONDS] [CONNECTIONS]
#
# Needs wrk and nginx (apt-get install wrk nginx). Ends with the line `p99 added by the agent A ms, by
# nginx N ms` and the line `agent/nginx throughput ratio R`, both at CONNECTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/nginx.sh
duration=${1:-10}
connections=${2:-64}
ulimit -n 65536 2>/dev/null || true   # the idle-connection count opens a thousand
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  pkill -f "$work/yard" 2>/dev/null || true
  for pid in $(cat "$work"/agent.pids 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon

export ICON_OWNER_KEY="$work/owner.key"   # the benchmark's own owner
"$icon" yard --name bench --site here --data "$work/yard" --allow-program icon >/dev/null 2>"$work/yard.log" &
pids+=($!)
disown
for _ in $(seq 100); do [ -f "$work/yard/yard.url" ] && break; sleep 0.1; done
yard=$(cat "$work/yard/yard.url")
cat >"$work/app.yaml" <<YAML
name: bench
workload:
  command: [icon, workload]
budget: 1000
latency:
  mode: measured
YAML
agent=$("$icon" app deploy -f "$work/app.yaml" --yard "$yard" | sed -E 's/.* serves at //')
status=$(curl -s "$agent/_icon/status")
workload_port=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["workloadPort"])' "$status")
# the yard's own records (its API answers only signed requests)
python3 -c 'import sqlite3,sys; [print(p) for row in sqlite3.connect(sys.argv[1]).execute("SELECT pid, workloadPID FROM instance") for p in row]' \
  "$work/yard/yard.sqlite" >"$work/agent.pids"
agent_pid=$(head -1 "$work/agent.pids")

start_nginx "$work" "$workload_port" 18089
sleep 0.5

idle_rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

run() { # name url connections
  local out threads=2
  [ "$3" -lt 2 ] && threads=1
  curl -s -o /dev/null "$2/"   # warm the connection pools
  wrk -t"$threads" -c"$3" -d"${duration}s" --latency "$2/" >"$work/$1-$3.txt"
  out=$(cat "$work/$1-$3.txt")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$1,$3,$rps,$p50,$p99"
}

echo "target,connections,requests_per_second,p50,p99"
rows=()
for count in 1 256 "$connections"; do
  for target in "direct http://127.0.0.1:$workload_port" "agent $agent" "nginx http://127.0.0.1:18089"; do
    row=$(run $target "$count")
    echo "$row"
    rows+=("$row")
  done
done

# memory per idle client connection: 1,000 kept-alive connections, each after one request
idle_per_connection=$(python3 - "$agent" "$agent_pid" <<'PY'
import socket, sys, time
url, pid = sys.argv[1], sys.argv[2]
host, port = url.split("//")[1].split(":")
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
before = rss()
sockets = []
for _ in range(1000):
    s = socket.create_connection((host, int(port)))
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    s.recv(4096)
    sockets.append(s)
time.sleep(0.5)
after = rss()
for s in sockets:
    s.close()
print(f"{(after - before) / 1000:.1f}")
PY
)
echo "idle agent RSS $((idle_rss_kb / 1024)) MB; each idle client connection adds ${idle_per_connection} KB"
python3 - "$connections" "${rows[@]}" <<'PY'
import sys
def ms(text):
    for unit, factor in (("us", 1e-3), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)
main = int(sys.argv[1])
table = {}
for row in sys.argv[2:]:
    name, count, rps, p50, p99 = row.split(",")
    table[(name, int(count))] = (float(rps), ms(p50), ms(p99))
def summary(count):
    direct, agent, nginx = (table[(name, count)] for name in ("direct", "agent", "nginx"))
    return direct, agent, nginx
for count in sorted({c for _, c in table} - {main}):
    direct, agent, nginx = summary(count)
    print(f"at {count} connections: agent/nginx throughput ratio {agent[0] / nginx[0]:.2f}, "
          f"p99 added by the agent {agent[2] - direct[2]:.2f} ms, by nginx {nginx[2] - direct[2]:.2f} ms")
direct, agent, nginx = summary(main)
print(f"agent/direct throughput ratio {agent[0] / direct[0]:.2f}")
print(f"nginx/direct throughput ratio {nginx[0] / direct[0]:.2f}")
print(f"p99 added by the agent {agent[2] - direct[2]:.2f} ms, by nginx {nginx[2] - direct[2]:.2f} ms")
print(f"agent/nginx throughput ratio {agent[0] / nginx[0]:.2f}")
PY
