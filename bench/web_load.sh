#!/usr/bin/env bash
# Load benchmark of the web application, measured side by side with its peer:
# a cpp-httplib hello-world served by the same binary (`candor serve --hello`),
# in the same run, on the same machine.
#
#   bench/web_load.sh [BUILD_DIR]   (default: build)
#
# Creates the demo workspace and logins in a fresh database, signs in as the
# lead assessor, then runs wrk for DURATION seconds (default 30) with
# CONNECTIONS connections (default 32) against GET /api/w/demo/a/ID/results
# and against GET /hello, and prints both rates and their ratio (goal >= 0.5)
# and the error counts (goal 0). wrk's own threads: WRK_THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
candor=$build/candor
duration=${DURATION:-30}
connections=${CONNECTIONS:-32}
wrk_threads=${WRK_THREADS:-2}
server_threads=${SERVER_THREADS:-$((connections + 4))}
command -v wrk >/dev/null || { echo "web_load: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[[ -x $candor ]] || { echo "web_load: build candor first ($candor)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/candor-web-load.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

db=$work/candor.db
assessment=$("$candor" --db "$db" demo 2>/dev/null)
"$candor" --db "$db" --workspace demo user demo >/dev/null

# Starts `candor serve ARGS...` on a free port; prints the port.
start() {
  local log=$work/serve-$#-$RANDOM.log
  "$candor" serve --db "$db" --listen 127.0.0.1:0 --threads "$server_threads" "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    if grep -q 'http://' "$log"; then sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log"; return; fi
    sleep 0.1
  done
  echo "web_load: candor serve did not start" >&2; cat "$log" >&2; exit 1
}

app_port=$(start)
hello_port=$(start --hello)

# Sign in as the lead assessor: the session cookie goes into every request.
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"user":"alice","password":"alice-demo-password"}' "http://127.0.0.1:$app_port/api/signin" |
  sed -n 's/^Set-Cookie: \(candor_session=[0-9a-f]*\);.*/\1/pi' | tr -d '\r')
[[ -n $cookie ]] || { echo "web_load: sign-in failed" >&2; exit 1; }
results_url="http://127.0.0.1:$app_port/api/w/demo/a/$assessment/results"
status=$(curl -s -o "$work/results.json" -w '%{http_code}' -H "Cookie: $cookie" "$results_url")
[[ $status == 200 ]] || { echo "web_load: results answered $status" >&2; exit 1; }

# wrk counts answers that are not 2xx/3xx; a Lua script prints that count.
cat >"$work/count.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("non-200: %d\n", summary.errors.status))
end
LUA

measure() {  # URL [HEADER] -> "REQS_PER_SEC ERRORS"
  local out
  if [[ $# -gt 1 ]]; then
    out=$(wrk -t "$wrk_threads" -c "$connections" -d "${duration}s" -H "$2" -s "$work/count.lua" "$1")
  else
    out=$(wrk -t "$wrk_threads" -c "$connections" -d "${duration}s" -s "$work/count.lua" "$1")
  fi
  echo "$out" >&2
  local rate errors socket
  rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/non-200:/ {print $2}')
  socket=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
  echo "$rate $((errors + ${socket:-0}))"
}

echo "== candor results endpoint (demo assessment $assessment, $(wc -c <"$work/results.json") bytes) ==" >&2
read -r app_rate app_errors < <(measure "$results_url" "Cookie: $cookie")
echo "== cpp-httplib hello world (same binary, --hello) ==" >&2
read -r hello_rate hello_errors < <(measure "http://127.0.0.1:$hello_port/hello")

ratio=$(awk -v a="$app_rate" -v h="$hello_rate" 'BEGIN { printf "%.2f", a / h }')
echo
echo "web load, ${duration}s, $connections connections, $(nproc) cores:"
printf '  results endpoint  %10.0f req/s  errors %s\n' "$app_rate" "$app_errors"
printf '  hello world       %10.0f req/s  errors %s\n' "$hello_rate" "$hello_errors"
echo "  ratio results/hello: $ratio (goal >= 0.5)"
