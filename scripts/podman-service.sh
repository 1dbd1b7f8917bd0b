#!/usr/bin/env bash
# Starts a Podman engine of its own for the tests: the Docker Engine API on a unix socket, with storage,
# runtime state and configuration in one folder, so nothing of the machine's own Podman is touched.
#
#   scripts/podman-service.sh start FOLDER   # prints the engine's address: unix://FOLDER/engine.sock
#   scripts/podman-service.sh stop FOLDER    # stops it and removes its containers, images and FOLDER
#
# Settings these machines need: the runc runtime, cgroup v1 through cgroupfs, no default ulimits
# (runc may not raise RLIMIT_NPROC here), host networking by default, overlay storage.
set -euo pipefail
command=${1:?usage: podman-service.sh start|stop FOLDER}
folder=${2:?usage: podman-service.sh start|stop FOLDER}
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
export CONTAINERS_CONF=$folder/containers.conf CONTAINERS_STORAGE_CONF=$folder/storage.conf
cat > "$CONTAINERS_CONF" <<CONF
[containers]
netns = "host"
default_ulimits = []
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
CONF
cat > "$CONTAINERS_STORAGE_CONF" <<CONF
[storage]
driver = "overlay"
runroot = "$folder/run"
graphroot = "$folder/storage"
CONF
case $command in
  start)
    podman system service --time=0 "unix://$folder/engine.sock" > "$folder/service.log" 2>&1 &
    echo $! > "$folder/service.pid"
    for _ in $(seq 100); do
      if curl -sf --unix-socket "$folder/engine.sock" http://engine/v1.41/version > /dev/null; then
        echo "unix://$folder/engine.sock"
        exit 0
      fi
      sleep 0.1
    done
    echo "error: podman system service did not answer; its log:" >&2
    cat "$folder/service.log" >&2
    exit 1
    ;;
  stop)
    podman rm -a -f > /dev/null 2>&1 || true
    if [[ -f $folder/service.pid ]]; then kill "$(cat "$folder/service.pid")" 2>/dev/null || true; fi
    # its storage goes too (images, layers, mounts), then the folder
    podman system reset --force > /dev/null 2>&1 || true
    rm -rf "$folder" 2>/dev/null || true
    ;;
  *) echo "usage: podman-service.sh start|stop FOLDER" >&2; exit 2 ;;
esac
