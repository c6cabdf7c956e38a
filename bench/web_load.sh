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
# and as long against GET /hello, taking turns in ROUNDS slices so both see
# the same machine load, and prints both rates, their ratio (goal >= 0.5) and
# the error counts (goal 0). wrk's own threads: WRK_THREADS (default 2).
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
cleanup() {
  # start() runs in a subshell: the servers' ids are in files.
  for pid_file in "$work"/*.pid; do [[ -e $pid_file ]] && kill "$(cat "$pid_file")" 2>/dev/null || true; done
  sleep 0.2
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
  echo $! >"$log.pid"
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

# One wrk run: URL [HEADER] -> "REQUESTS ERRORS" for SECONDS seconds.
run_wrk() {
  local seconds=$1 url=$2 out
  shift 2
  out=$(wrk -t "$wrk_threads" -c "$connections" -d "${seconds}s" "$@" -s "$work/count.lua" "$url")
  echo "$out" >>"$work/wrk.log"
  local requests errors socket
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  errors=$(echo "$out" | awk '/non-200:/ {print $2}')
  socket=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
  echo "$requests $((errors + ${socket:-0}))"
}

# The machine is shared, so its load drifts: the two servers take turns in
# ROUNDS slices (default 6) that add up to DURATION seconds each.
rounds=${ROUNDS:-6}
slice=$(( (duration + rounds - 1) / rounds ))
app_requests=0 app_errors=0 hello_requests=0 hello_errors=0
for round in $(seq "$rounds"); do
  read -r n e < <(run_wrk "$slice" "$results_url" -H "Cookie: $cookie")
  app_requests=$((app_requests + n)) app_errors=$((app_errors + e))
  read -r n e < <(run_wrk "$slice" "http://127.0.0.1:$hello_port/hello")
  hello_requests=$((hello_requests + n)) hello_errors=$((hello_errors + e))
  echo "round $round/$rounds: results $app_requests requests, hello $hello_requests requests so far" >&2
done
seconds=$((slice * rounds))
app_rate=$(awk -v n="$app_requests" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
hello_rate=$(awk -v n="$hello_requests" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
ratio=$(awk -v a="$app_rate" -v h="$hello_rate" 'BEGIN { printf "%.2f", a / h }')
echo
echo "web load: ${seconds}s each in $rounds interleaved slices, $connections connections, $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg)):"
echo "  results endpoint: GET /api/w/demo/a/$assessment/results as the lead assessor, $(wc -c <"$work/results.json") bytes of JSON"
printf '  results endpoint  %10.0f req/s  errors %s\n' "$app_rate" "$app_errors"
printf '  hello world       %10.0f req/s  errors %s\n' "$hello_rate" "$hello_errors"
echo "  ratio results/hello: $ratio (goal >= 0.5)"
