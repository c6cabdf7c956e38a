#!/usr/bin/env bash
# The README's first command: install, build, and run candor on its embedded
# default — a SQLite file holding the demo workspace — and write the demo report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
db=${CANDOR_DB:-candor-demo.db}
rm -f "$db" "$db-wal" "$db-shm"
assessment=$(./build/candor --db "$db" demo)
./build/candor --db "$db" report "$assessment" -o candor-demo-report.html
echo "Demo assessment $assessment is in $db"
echo "Report: $(pwd)/candor-demo-report.html"
