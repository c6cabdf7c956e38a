#!/usr/bin/env bash
# `candor bench compare` at scale, side by side with pandas on the same input:
# generate a synthetic pool of N assessments (default 100 000), import it,
# time the comparison of the demo assessment against it (all peers, and one
# sector), let pandas compute the same quartiles and percentiles from the
# same pool file, check both agree and print the ratios.
# Usage: bench/bench_compare.sh [PATH/TO/candor]   (N=..., RUNS=..., SEED=...)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
candor=$(realpath "${1:-$here/../build/candor}")
n=${N:-100000}
runs=${RUNS:-5}
seed=${SEED:-2026}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
db="$work/candor.db"
export CANDOR_ACTOR=bench

# CPU seconds (user + system) of a command: on a shared machine wall time
# measures the neighbours; the wall time is printed beside it.
seconds() { /usr/bin/time -f "%U %S %e" -o "$work/time" "$@" >/dev/null; awk '{print $1 + $2}' "$work/time"; }
wall() { awk '{print $3}' "$work/time"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

"$candor" --db "$db" demo >/dev/null 2>&1
echo "pool: $n synthetic assessments (seed $seed), ISO/IEC 20000-1:2018, 28 processes, 7 clauses"
echo "gen    $(seconds "$candor" bench gen -n "$n" --seed "$seed" -o "$work/pool.json") s CPU, $(wall) s wall ($(du -h "$work/pool.json" | cut -f1))"
echo "import $(seconds "$candor" --db "$db" bench import "$work/pool.json") s CPU, $(wall) s wall"
"$candor" --db "$db" results 1 --json >"$work/results.json"

compare() {  # label, extra arguments
  local label=$1; shift
  "$candor" --db "$db" bench compare 1 --json "$@" >"$work/compare.json"
  local times=() walls=()
  for _ in $(seq "$runs"); do
    times+=("$(seconds "$candor" --db "$db" bench compare 1 --json "$@")")
    walls+=("$(wall)")
  done
  local ours=$(printf '%s\n' "${times[@]}" | median)
  local ours_wall=$(printf '%s\n' "${walls[@]}" | median)
  local sector=""
  [[ $# -ge 2 && $1 == --sector ]] && sector=$2
  local peer=$(/usr/bin/python3 "$here/pandas_compare.py" "$work/pool.json" "$work/results.json" "$work/compare.json" $sector)
  echo "$peer" | head -1
  eval "$(echo "$peer" | tail -1)"
  [[ $PROBLEMS -eq 0 ]] || { echo "candor and pandas disagree"; exit 1; }
  printf '%-11s candor bench compare (whole command, median of %d): %.3f s CPU (%.3f s wall) | pandas compute only: %.3f s (pandas/candor %.2f) | pandas load + compute: %.3f s (pandas/candor %.2f)\n' \
    "$label" "$runs" "$ours" "$ours_wall" "$PANDAS_COMPUTE" "$(echo "$PANDAS_COMPUTE / $ours" | bc -l)" \
    "$(echo "$PANDAS_LOAD + $PANDAS_COMPUTE" | bc -l)" "$(echo "($PANDAS_LOAD + $PANDAS_COMPUTE) / $ours" | bc -l)"
}
compare "all peers"
compare "one sector" --sector finance
