#!/usr/bin/env bash
# What trust costs: Ed25519 verifications per second (the baseline) and full credential checks (an
# owner's; an ICON's with a chain of 1 and of 3 links, which verify 1, 2 and 4 signatures) per second,
# in one run of the release build. Client requests are not signed: bench/proxy.sh measures those.
#
#   bash bench/trust.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-2}
swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
"$icon" keys --measure "$seconds"
