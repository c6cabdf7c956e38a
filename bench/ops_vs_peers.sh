#!/usr/bin/env bash
# Operational-evidence benchmark: the ServiceNow KPIs of docs/ops.md over one
# generated audit log of EVENTS rows (default 10M), computed by candor, by
# DuckDB (npm @duckdb/node-api, plain SQL over the same CSV, all threads) and
# by pandas (/usr/bin/python3, needed columns only, native dtypes). Checks that
# all three agree, then prints medians of RUNS runs (default 3) of wall time
# and peak memory (/usr/bin/time -v), and candor's time against `wc -l`.
# The file is read from the page cache in every run (it is read once first).
#
# Usage: bench/ops_vs_peers.sh [EVENTS]      env: CANDOR=path RUNS=3 SEED=1 BENCH_DIR=dir
# Last line: ratio_time_vs_duckdb=X ratio_mem_vs_duckdb=X ratio_time_vs_pandas=X ratio_time_vs_wc=X
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
events=${1:-10000000}
runs=${RUNS:-3}
seed=${SEED:-1}
candor=${CANDOR:-$root/build/candor}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/candor-bench}
mkdir -p "$work"
[[ -x "$candor" ]] || { echo "build candor first: nice ninja -C build candor" >&2; exit 1; }
if [[ ! -d "$here/node_modules/@duckdb/node-api" ]]; then
  (cd "$here" && npm install --no-audit --no-fund >/dev/null)
fi
/usr/bin/python3 -c 'import pandas' || { echo "needs /usr/bin/python3 with pandas (python3-pandas)" >&2; exit 1; }

log="$work/servicenow_${events}_seed${seed}.csv"
if [[ ! -s "$log" ]]; then
  "$candor" ops gen --events "$events" --seed "$seed" -o "$log.tmp" && mv "$log.tmp" "$log"
fi
cat "$log" > /dev/null  # into the page cache: every tool reads it warm
echo "log: $log ($(du -h "$log" | cut -f1), $events events)" >&2

# run NAME COMMAND...: RUNS runs; records "seconds max_rss_kb" per run; keeps the last stdout.
run() {
  local name=$1
  shift
  : > "$work/$name.times"
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out"
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s}' "$work/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
    echo "$wall $rss" >> "$work/$name.times"
    echo "  $name run $i: ${wall}s, $((rss / 1024)) MB" >&2
  done
}
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
time_of() { cut -d' ' -f1 "$work/$1.times" | median; }
mem_of() { cut -d' ' -f2 "$work/$1.times" | median; }

run candor "$candor" ops kpi "$log" --json
run duckdb node "$here/ops_duckdb.mjs" "$log"
run pandas /usr/bin/python3 "$here/ops_pandas.py" "$log"
run wc wc -l "$log"

/usr/bin/python3 - "$work/candor.out" "$work/duckdb.out" "$work/pandas.out" <<'PY'
import json, math, sys
names = ["candor", "duckdb", "pandas"]
results = [json.load(open(p)) for p in sys.argv[1:4]]
def close(a, b):
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
        return a is None and b is None or (a is not None and b is not None and math.isnan(a) and math.isnan(b))
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
problems = []
reference = results[0]
for name, other in zip(names[1:], results[1:]):
    for key in ["events", "cases", "sla_met_ratio", "reopen_ratio", "mean_reassignments"]:
        if not close(reference[key], other[key]):
            problems.append(f"{key}: candor {reference[key]} vs {name} {other[key]}")
    mine = {p["priority"]: p for p in reference["priorities"]}
    theirs = {p["priority"]: p for p in other["priorities"]}
    if set(mine) != set(theirs):
        problems.append(f"priorities differ: {sorted(mine)} vs {name} {sorted(theirs)}")
        continue
    for priority, p in mine.items():
        for key in ["cases", "resolved", "p50_hours", "p90_hours", "sla_met_ratio"]:
            if not close(p[key], theirs[priority][key]):
                problems.append(f"{priority} {key}: candor {p[key]} vs {name} {theirs[priority][key]}")
if problems:
    print("DISAGREEMENT:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"all three agree: {reference['events']} events, {reference['cases']} cases, "
      f"{len(reference['priorities'])} priorities", file=sys.stderr)
PY

ct=$(time_of candor) cm=$(mem_of candor)
dt=$(time_of duckdb) dm=$(mem_of duckdb)
pt=$(time_of pandas) pm=$(mem_of pandas)
wt=$(time_of wc)
printf '%-8s %10s %12s\n' tool "median s" "peak MB" >&2
for tool in candor duckdb pandas wc; do
  printf '%-8s %10s %12s\n' "$tool" "$(time_of $tool)" "$(($(mem_of $tool | cut -d. -f1) / 1024))" >&2
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", (b > 0 ? a / b : 0)}'; }
echo "ratio_time_vs_duckdb=$(ratio "$ct" "$dt") ratio_mem_vs_duckdb=$(ratio "$cm" "$dm") ratio_time_vs_pandas=$(ratio "$ct" "$pt") ratio_time_vs_wc=$(ratio "$ct" "$wt")"
