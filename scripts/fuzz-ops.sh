#!/usr/bin/env bash
# Builds the ops fuzz targets with clang (libFuzzer + ASan + UBSan) in
# build-fuzz/ — only the reader's sources, not the whole project — and runs
# each for a bounded time (default 20 s, two at a time) from the seed corpus
# in tests/ops/fuzz_seeds/. Fails when a target finds a crash, a sanitizer
# report or a result that depends on how the input was split; the input is
# kept in build-fuzz/crashes/. CI runs it through scripts/test.sh.
# Usage: scripts/fuzz-ops.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
build="$root/build-fuzz"
targets=(csv servicenow jira generic xes jsonl)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCANDOR_FUZZ=ON -DCANDOR_TESTS=OFF -DCANDOR_BENCH=OFF >/dev/null
nice ninja -C "$build" -j2 ops_fuzz >/dev/null
mkdir -p "$build/crashes" "$build/logs"

run_one() {
  local target=$1 corpus="$build/corpus/$1"
  mkdir -p "$corpus"
  "$build/src/ops/ops_${target}_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/crashes/${target}-" "$corpus" "$root/tests/ops/fuzz_seeds/$target" \
    >"$build/logs/$target.log" 2>&1
}

failed=()
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for target in "${targets[@]:i:2}"; do
    run_one "$target" &
    pids+=("$!:$target")
  done
  for entry in "${pids[@]}"; do
    if ! wait "${entry%%:*}"; then failed+=("${entry#*:}"); fi
  done
done
for target in "${targets[@]}"; do
  echo "fuzz ops_${target}_fuzz: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$build/logs/$target.log" || echo 'no summary')"
done
if ((${#failed[@]})); then
  for target in "${failed[@]}"; do
    echo "fuzz ops_${target}_fuzz FAILED:" >&2
    grep -E -A25 'ERROR|runtime error|deadly signal' "$build/logs/$target.log" | head -60 >&2
  done
  exit 1
fi
