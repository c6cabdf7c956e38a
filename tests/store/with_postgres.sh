#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#
#   tests/store/with_postgres.sh COMMAND [ARGS...]
#
# Creates a cluster in a fresh directory under /tmp (as the postgres user when
# run as root: the server refuses to run as root), starts it on a free port
# on 127.0.0.1 with fsync off (test data only), runs COMMAND with
# CANDOR_TEST_PG=postgresql://candor@127.0.0.1:PORT/postgres set, then stops
# the server and removes the directory, also when COMMAND fails or the script
# is interrupted. Exits with COMMAND's exit code.
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

bin=${CANDOR_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "with_postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

as_server() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d /tmp/candor-pg.XXXXXX)
started=0
cleanup() {
  if ((started)); then
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
((EUID == 0)) && chown postgres:postgres "$dir"

# C locale and UTF-8: byte-order text comparison, like SQLite.
as_server "$bin/initdb" -D "$dir/data" -A trust -U candor -E UTF8 --locale=C \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

# Another test may take the port between the check and the start: retry.
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
    started=1
    break
  fi
done
if ((!started)); then
  echo "with_postgres.sh: the server did not start:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

status=0
CANDOR_TEST_PG="postgresql://candor@127.0.0.1:$port/postgres" "$@" || status=$?
exit "$status"
