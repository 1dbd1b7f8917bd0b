#!/usr/bin/env bash
# Endurance: the demo's yards under ten times the demo's client load for ten minutes, with an agent
# killed (kill -9) every minute, release build. It passes when no client request failed after its one
# retry, the owner's audit of every ledger is exact (budget_conserved), and the resident memory of
# every long-lived process (the yards, and the agents that lived through the run) grew by less than 10%
# from the end of the warm-up (the first fifth) to the end.
#
#   bash bench/soak.sh [SECONDS] [LOAD_FACTOR]      # defaults: 600 10
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-600}
factor=${2:-10}
swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
log=$(mktemp)
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
echo "command: icon demo --duration $duration --load-factor $factor --chaos --chaos-period 60 --json"
summary=$("$icon" demo --duration "$duration" --load-factor "$factor" --chaos --chaos-period 60 --json \
  --report "$(mktemp -d)/soak-report.html" 2>"$log")
grep '^chaos:' "$log" | sed 's/^/  /' || true
python3 - "$summary" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
print(f"requests {s['requests']}, failed after one retry {s['failed_requests']}")
print(f"budget: total {s['budget_total']}, spent {s['budget_spent']:.2f}, audit exact: {s['budget_conserved']}")
print(f"long-lived processes {s['long_lived_processes']}, largest memory growth after warm-up "
      f"{100 * s['memory_growth_max']:.1f}%")
ok = s['failed_requests'] == 0 and s['budget_conserved'] and s['memory_growth_max'] < 0.10
print("soak: " + ("passed" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
