#!/usr/bin/env bash
# Fuzzing: every harness of Sources/ICONFuzzing under libFuzzer, with the address sanitizer, release
# build. Each starts from its seeds (`icon-fuzz --write-seeds`) and runs RUNS executions (a million
# unless told otherwise), or for N seconds when RUNS is written Ns (as .ci/run does). Prints a table of
# executions, coverage and crashes per harness; a crash input is copied to Tests/FuzzCorpus/HARNESS/,
# where the tests replay it from then on, and the exit status is 1.
#
#   bash bench/fuzz.sh [RUNS|Ns] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
if [[ $runs == *s ]]; then
  limit=(-max_total_time="${runs%s}" -runs=-1)
  per="${runs%s} seconds"
else
  limit=(-runs="$runs")
  per="$runs executions"
fi
build=.build/fuzz
# lld: gold fails on the sanitized binary's debug information. Leak detection is off: Swift keeps
# once-made globals behind tagged pointers (Data, enums), which LeakSanitizer reports as leaks at exit.
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
swift build -c release --product icon-fuzz --build-path "$build" "${flags[@]}" >&2
fuzzer=$(swift build -c release --product icon-fuzz --build-path "$build" "${flags[@]}" --show-bin-path)/icon-fuzz
# the same harnesses without libFuzzer list themselves and write their seeds
swift build --product icon-fuzz >&2
replay=$(swift build --show-bin-path)/icon-fuzz
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  mapfile -t harnesses < <("$replay" --list)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores); $per per harness"
echo
echo "| harness | executions | seconds | exec/s | coverage (edges) | features | crashes |"
echo "|---|---:|---:|---:|---:|---:|---:|"
status=0
for harness in "${harnesses[@]}"; do
  corpus="$work/$harness"
  mkdir -p "$corpus" "$work/crashes-$harness"
  "$replay" --write-seeds "$harness" "$corpus" >/dev/null
  log="$work/$harness.log"
  start=$(date +%s.%N)
  set +e
  ASAN_OPTIONS=detect_leaks=0 ICON_FUZZ_HARNESS="$harness" "$fuzzer" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$work/crashes-$harness/" -print_final_stats=1 "$corpus" >"$log" 2>&1
  code=$?
  set -e
  seconds=$(python3 -c "import time,sys; print(f'{time.time()-float(sys.argv[1]):.0f}')" "$start")
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  features=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  crashes=$(find "$work/crashes-$harness" -type f | wc -l)
  if ((crashes > 0)); then
    mkdir -p "Tests/FuzzCorpus/$harness"
    cp "$work/crashes-$harness"/* "Tests/FuzzCorpus/$harness/"
    tail -40 "$log" >&2
    status=1
  elif ((code != 0)); then
    echo "$harness: libFuzzer stopped with status $code" >&2
    tail -20 "$log" >&2
    status=1
  fi
  rate=$(python3 -c "import sys; print(round(int(sys.argv[1] or 0)/max(1,int(sys.argv[2]))))" "${executions:-0}" "$seconds")
  echo "| $harness | ${executions:-0} | $seconds | $rate | $coverage | $features | $crashes |"
done
exit $status
