#!/usr/bin/env bash
# The README's first command: install, build, and run candor on its embedded
# default — a SQLite file holding the demo workspace — write the demo report,
# and start the web application on it (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
db=${CANDOR_DB:-candor-demo.db}
listen=${CANDOR_LISTEN:-127.0.0.1:8080}
rm -f "$db" "$db-wal" "$db-shm"
assessment=$(./build/candor --db "$db" demo)
./build/candor --db "$db" report "$assessment" -o candor-demo-report.html
echo "Demo assessment $assessment is in $db"
echo "Report: $(pwd)/candor-demo-report.html"
echo
./build/candor --db "$db" --workspace demo user demo
echo
# The demo's certificate issuer (a fresh Ed25519 key pair next to the database).
rm -rf "$db.issuer"
./build/candor credential keygen --issuer-dir "$db.issuer" --id "http://$listen" --name "candor demo exam institute" >/dev/null
echo "Web application: http://$listen/w/demo/a/$assessment (sign in with a demo login above)"
echo "Master candidate: http://$listen/w/demo/candidates/1 (carla, erin, adam); verify certificates at http://$listen/verify"
exec ./build/candor serve --db "$db" --listen "$listen" --issuer-dir "$db.issuer"
