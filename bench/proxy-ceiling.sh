#!/usr/bin/env bash
# The ceiling of a proxy on SwiftNIO: a proxy that only copies bytes (one workload connection per
# client connection, no HTTP parsed at all, nothing metered) measured against nginx and against the
# workload directly, in one run (wrk, release builds), at 1, 64 and 256 connections. No proxy that
# reads a request's head can beat this one, so its ratio to nginx bounds what the agent can reach on
# this machine.
#
#   bash bench/proxy-ceiling.sh [SECONDS]
#
# Needs wrk and nginx (apt-get install wrk nginx). Builds the copying proxy in a temporary package
# against the swift-nio this package resolved. Ends with `splice/nginx throughput ratio R` per count.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/nginx.sh
duration=${1:-10}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

swift build -c release --product icon >&2
icon=$(swift build -c release --show-bin-path)/icon
nio=$(pwd)/.build/checkouts/swift-nio
mkdir -p "$work/splice/Sources/splice"
cat >"$work/splice/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "splice",
  dependencies: [.package(path: "$nio")],
  targets: [
    .executableTarget(
      name: "splice",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
      ])
  ]
)
SWIFT
cat >"$work/splice/Sources/splice/main.swift" <<'SWIFT'
import NIOCore
import NIOPosix

/// Copies what one connection reads to its peer; bytes read before the peer is there wait.
final class Copy: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = ByteBuffer
  var peer: (any Channel)?
  var waiting: [ByteBuffer] = []
  init(peer: (any Channel)?) { self.peer = peer }
  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let bytes = unwrapInboundIn(data)
    if let peer { peer.write(bytes, promise: nil) } else { waiting.append(bytes) }
  }
  func channelReadComplete(context: ChannelHandlerContext) { peer?.flush() }
  func channelInactive(context: ChannelHandlerContext) { peer?.close(promise: nil) }
  func errorCaught(context: ChannelHandlerContext, error: any Error) { context.close(promise: nil) }
}

let (port, upstream) = (Int(CommandLine.arguments[1])!, Int(CommandLine.arguments[2])!)
let server = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
  .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
  .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
  .childChannelInitializer { client in
    let copy = Copy(peer: nil)
    return client.pipeline.addHandler(copy).flatMap {
      ClientBootstrap(group: client.eventLoop)
        .channelOption(.tcpOption(.tcp_nodelay), value: 1)
        .channelInitializer { workload in workload.pipeline.addHandler(Copy(peer: client)) }
        .connect(host: "127.0.0.1", port: upstream)
        .map { workload in
          copy.peer = workload
          for bytes in copy.waiting { workload.write(bytes, promise: nil) }
          workload.flush()
          copy.waiting = []
        }
    }
  }
  .bind(host: "127.0.0.1", port: port).wait()
try server.closeFuture.wait()
SWIFT
(cd "$work/splice" && swift build -c release >&2)

workload_port=18121 splice_port=18122 nginx_port=18123
"$icon" workload --port "$workload_port" >/dev/null 2>&1 &
pids+=($!)
"$work/splice/.build/release/splice" "$splice_port" "$workload_port" >/dev/null 2>&1 &
pids+=($!)
start_nginx "$work" "$workload_port" "$nginx_port"
for port in $workload_port $splice_port $nginx_port; do
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done

echo "target,connections,requests_per_second"
for count in 1 64 256; do
  threads=2
  [ "$count" -lt 2 ] && threads=1
  declare -A rate=()
  for target in "direct $workload_port" "splice $splice_port" "nginx $nginx_port"; do
    set -- $target
    rate[$1]=$(wrk -t"$threads" -c"$count" -d"${duration}s" "http://127.0.0.1:$2/" | awk '/Requests\/sec/ {print $2}')
    echo "$1,$count,${rate[$1]}"
  done
  python3 -c 'import sys; print(f"at {sys.argv[1]} connections: splice/nginx throughput ratio {float(sys.argv[2]) / float(sys.argv[3]):.2f}")' \
    "$count" "${rate[splice]}" "${rate[nginx]}"
done
