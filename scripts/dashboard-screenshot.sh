#!/usr/bin/env bash
# Takes the dashboard screenshot in docs/: runs `icon demo` (release build), waits until the hotspot has
# moved and the overlay followed it, and has headless Chromium (Debian's `chromium`) draw the page at
# 1280×800. Usage: scripts/dashboard-screenshot.sh [OUTPUT.png] [SECONDS_INTO_THE_DEMO]
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-docs/dashboard.png}
after=${2:-50}
command -v chromium >/dev/null || { echo "chromium is needed: apt-get install chromium" >&2; exit 1; }
swift build -c release --product icon >/dev/null
log=$(mktemp)
.build/release/icon demo --duration 60 --json --report /dev/null >/dev/null 2>"$log" &
demo=$!
trap 'kill $demo 2>/dev/null; wait $demo 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q '^dashboard: ' "$log" && break; sleep 0.2; done
url=$(sed -n 's/^dashboard: //p' "$log" | head -1)
[ -n "$url" ] || { echo "the demo named no dashboard" >&2; cat "$log" >&2; exit 1; }
echo "dashboard at $url; waiting ${after} s into the demo" >&2
sleep "$after"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,800 \
  --screenshot="$PWD/$output" "$url/" 2>/dev/null
echo "wrote $output" >&2
