#!/usr/bin/env bash
# Builds the ops CSV fuzzer with clang (libFuzzer + ASan + UBSan) in build-fuzz/
# and runs it for a bounded time (default 60 s) from a seed corpus of small
# logs. Usage: scripts/fuzz-ops.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCANDOR_FUZZ=ON -DCANDOR_TESTS=OFF -DCANDOR_BENCH=OFF >/dev/null
nice ninja -C "$build" -j2 ops_csv_fuzz
corpus="$build/ops-corpus"
mkdir -p "$corpus"
printf 'number,incident_state,sys_mod_count,sys_updated_at,opened_at,resolved_at,priority,made_sla\nINC1,New,0,1/3/2016 08:00,1/3/2016 08:00,?,3 - Moderate,true\nINC1,"Resolved",1,"1/3/2016 10:00",1/3/2016 08:00,1/3/2016 10:00,"3 ""M""\nx",TRUE\n' > "$corpus/servicenow.csv"
printf 'case_id;activity;timestamp;resource\r\nC1;Open;2016-03-01T08:00:00Z;A\r\nC1;Resolved;2016-03-01T09:00:00+01:00;B\r\n' > "$corpus/generic.csv"
printf '\xEF\xBB\xBFIssue key,Status,Created,Updated,Resolved,Priority\nSD-1,Done,1456819200,1456819300,1456819400,High\n' > "$corpus/jira.csv"
"$build/src/ops/ops_csv_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 "$corpus"
