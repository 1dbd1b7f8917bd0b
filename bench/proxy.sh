#!/usr/bin/env bash
# Proxy benchmark: the bundled workload measured directly, through an ICON agent, and through nginx as
# a reverse proxy, in one run (wrk, release build). Also reports the idle agent's resident memory.
#
#   bash bench/proxy.sh [SECONDS] [CONNECTIONS]
#
# Needs wrk and nginx (apt-get install wrk nginx). Ends with `agent/nginx throughput ratio R`.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-64}
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

cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream workload { server 127.0.0.1:$workload_port; keepalive 128; }
  server {
    listen 127.0.0.1:0;
    listen 127.0.0.1:18089;
    location / {
      proxy_pass http://workload;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
sed -i '/listen 127.0.0.1:0;/d' "$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5

idle_rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

run() { # name url
  local out
  curl -s -o /dev/null "$2/"   # warm the connection pools
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$2/" >"$work/$1.txt"
  out=$(cat "$work/$1.txt")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$1,$rps,$p50,$p99"
}

echo "target,requests_per_second,p50,p99"
direct=$(run direct "http://127.0.0.1:$workload_port")
echo "$direct"
through_agent=$(run agent "$agent")
echo "$through_agent"
through_nginx=$(run nginx "http://127.0.0.1:18089")
echo "$through_nginx"
echo "idle agent RSS $((idle_rss_kb / 1024)) MB"
python3 - "$direct" "$through_agent" "$through_nginx" <<'PY'
import sys
def parse(row):
    name, rps, p50, p99 = row.split(",")
    def ms(text):
        for unit, factor in (("us", 1e-3), ("ms", 1.0), ("s", 1000.0)):
            if text.endswith(unit):
                return float(text[: -len(unit)]) * factor
        return float(text)
    return float(rps), ms(p50), ms(p99)
direct, agent, nginx = (parse(row) for row in sys.argv[1:4])
print(f"agent/direct throughput ratio {agent[0] / direct[0]:.2f}")
print(f"nginx/direct throughput ratio {nginx[0] / direct[0]:.2f}")
print(f"p99 added by the agent {agent[2] - direct[2]:.2f} ms, by nginx {nginx[2] - direct[2]:.2f} ms")
print(f"agent/nginx throughput ratio {agent[0] / nginx[0]:.2f}")
PY
