#!/usr/bin/env bash
# Builds the bundled demo workload (`icon workload`) into a local image, without any registry: a root
# file system holding the icon program and the libraries it links, imported through the container
# engine's API (Docker Engine API v1.41, which Podman also serves).
#
#   scripts/build-demo-image.sh [ICON_PROGRAM]
#
# ICON_PROGRAM defaults to .build/debug/icon (build it first with `swift build`). The engine is
# ICON_ENGINE, else DOCKER_HOST, else unix:///var/run/docker.sock; unix:///PATH and tcp://HOST:PORT
# are understood. The image is ICON_DEMO_IMAGE, by default localhost/icon-demo-workload:latest; its
# command is `/icon workload`.
set -euo pipefail

program=${1:-.build/debug/icon}
engine=${ICON_ENGINE:-${DOCKER_HOST:-unix:///var/run/docker.sock}}
image=${ICON_DEMO_IMAGE:-localhost/icon-demo-workload:latest}

if [[ ! -x $program ]]; then
  echo "error: $program is not an executable; run \`swift build\` first or name the icon program" >&2
  exit 2
fi
case $engine in
  unix://*) curl_engine=(--unix-socket "${engine#unix://}"); base=http://engine ;;
  tcp://*) curl_engine=(); base=http://${engine#tcp://} ;;
  *) echo "error: engine address $engine is neither unix:///PATH nor tcp://HOST:PORT" >&2; exit 2 ;;
esac

root=$(mktemp -d)
trap 'rm -rf "$root" "$root.tar"' EXIT
install -D -m 755 "$program" "$root/icon"
for library in $(ldd "$program" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done
# smaller images move faster: a migrating container's image travels whole
strip --strip-all "$root/icon" 2>/dev/null || true
find "$root" -name '*.so*' -exec strip --strip-unneeded {} + 2>/dev/null || true
mkdir -p "$root/tmp" "$root/etc"
chmod 1777 "$root/tmp"
echo "root:x:0:0:root:/:/icon" > "$root/etc/passwd"
tar -C "$root" -cf "$root.tar" .
echo "importing $(du -h "$root.tar" | cut -f1) as $image into $engine" >&2

repository=${image%:*}
tag=${image##*:}
changes='CMD%20%5B%22%2Ficon%22%2C%22workload%22%5D' # CMD ["/icon","workload"], URL-encoded
answer=$(curl -sS "${curl_engine[@]}" -X POST -H "Content-Type: application/x-tar" \
  --data-binary @"$root.tar" -w '\n%{http_code}' \
  "$base/v1.41/images/create?fromSrc=-&repo=$repository&tag=$tag&changes=$changes")
status=${answer##*$'\n'}
if [[ $status != 200 ]]; then
  echo "error: the engine answered $status: ${answer%$'\n'*}" >&2
  exit 1
fi
echo "$image"
