#!/usr/bin/env bash
# Discovery benchmark: on a routed test bed of network namespaces (as the tests build it), the time from
# a client address to knowing its path and the yards on it (`icon discover yards ADDRESS`: the trace,
# the PTR, SRV, TXT and address lookups against dnsmasq, and each yard's signed offer), against the
# system's `tracepath` tracing the same path alone, in the same run. Release build; needs root, iproute2,
# dnsmasq and tracepath (apt-get install iproute2 dnsmasq-base iputils-tracepath).
#
#   sudo bash bench/discovery.sh [REPETITIONS]
#
# Ends with `discovery/tracepath time ratio R` and `discovery median M ms`.
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-20}
swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
prefix="icon-bench-$$-"
work=$(mktemp -d)
nodes=(p1 r1 r2 r3 c1 p2 p3 dns)
cleanup() {
  for node in "${nodes[@]}"; do
    for pid in $(ip netns pids "$prefix$node" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$prefix$node" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
inside() { local node=$1; shift; ip netns exec "$prefix$node" "$@"; }
for node in "${nodes[@]}"; do
  ip netns add "$prefix$node"
  inside "$node" ip link set lo up
  inside "$node" sysctl -q -w net.ipv4.icmp_ratelimit=0
done
for router in r1 r2 r3; do inside "$router" sysctl -q -w net.ipv4.ip_forward=1; done
# links: p1-r1 .0/30, r1-r2 .4, r2-r3 .8, r3-c1 .12, r2-p2 .16, r3-p3 .20, r1-dns .24 (198.51.100.0/24)
links=(p1:r1 r1:r2 r2:r3 r3:c1 r2:p2 r3:p3 r1:dns)
for index in "${!links[@]}"; do
  a=${links[$index]%%:*}
  b=${links[$index]##*:}
  ip link add "e$index" netns "$prefix$a" type veth peer name "e$index" netns "$prefix$b"
  inside "$a" ip addr add "198.51.100.$((4 * index + 1))/30" dev "e$index"
  inside "$b" ip addr add "198.51.100.$((4 * index + 2))/30" dev "e$index"
  inside "$a" ip link set "e$index" up
  inside "$b" ip link set "e$index" up
done
route() { inside "$1" ip route add "$2" via "$3"; }
for net in 4 8 12 16 20 24; do route p1 "198.51.100.$net/30" 198.51.100.2; done
for net in 8 12 16 20; do route r1 "198.51.100.$net/30" 198.51.100.6; done
for net in 0 24; do route r2 "198.51.100.$net/30" 198.51.100.5; done
for net in 12 20; do route r2 "198.51.100.$net/30" 198.51.100.10; done
for net in 0 4 16 24; do route r3 "198.51.100.$net/30" 198.51.100.9; done
for net in 0 4 8 16 20 24; do route c1 "198.51.100.$net/30" 198.51.100.13; done
for net in 0 4 8 12 20 24; do route p2 "198.51.100.$net/30" 198.51.100.17; done
for net in 0 4 8 12 16 24; do route p3 "198.51.100.$net/30" 198.51.100.21; done
for net in 0 4 8 12 16 20; do route dns "198.51.100.$net/30" 198.51.100.25; done
zone=()
for address in 2 5 25; do zone+=("--ptr-record=$address.100.51.198.in-addr.arpa,r1.core.isp-a.test"); done
for address in 6 9 17; do zone+=("--ptr-record=$address.100.51.198.in-addr.arpa,r2.core.isp-b.test"); done
for address in 10 13 21; do zone+=("--ptr-record=$address.100.51.198.in-addr.arpa,r3.core.isp-c.test"); done
zone+=(--srv-host=_edge._tcp.isp-b.test,yard.isp-b.test,7001,0,1 --host-record=yard.isp-b.test,198.51.100.18)
zone+=(--srv-host=_edge._tcp.isp-c.test,yard.isp-c.test,7001,0,1 --host-record=yard.isp-c.test,198.51.100.22)
inside dns dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --bind-interfaces \
  --listen-address=198.51.100.26 --pid-file= --user=root --group=root --local=/test/ \
  --local=/100.51.198.in-addr.arpa/ "${zone[@]}" >"$work/dns.log" 2>&1 &
inside p2 "$icon" yard --name p2 --site p2 --listen 198.51.100.18:7001 --data "$work/p2" >/dev/null 2>&1 &
inside p3 "$icon" yard --name p3 --site p3 --listen 198.51.100.22:7001 --data "$work/p3" >/dev/null 2>&1 &
for _ in $(seq 100); do [ -f "$work/p2/yard.url" ] && [ -f "$work/p3/yard.url" ] && break; sleep 0.1; done
client=198.51.100.14
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores); $repetitions repetitions"
found=$(inside p1 "$icon" discover yards "$client" --dns 198.51.100.26:53)
echo "$found"
echo "$found" | grep -q "p2 (p2)" && echo "$found" | grep -q "p3 (p3)" || { echo "the yards were not found" >&2; exit 1; }
milliseconds() {
  local times=()
  for _ in $(seq "$repetitions"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}
discovery=$(milliseconds inside p1 "$icon" discover yards "$client" --dns 198.51.100.26:53)
trace=$(milliseconds inside p1 tracepath -n -m 8 "$client")
echo "discovery median $discovery ms (a new subnet: trace, lookups and offers, process start included)"
echo "tracepath median $trace ms (the same path, one probe at a time)"
echo "discovery/tracepath time ratio $(python3 -c "print(f'{$discovery / $trace:.2f}')")"
