#!/usr/bin/env bash
# The README's second command: install, build, and run every test — the
# PostgreSQL runs included (ctest -L postgresql: each starts a throwaway server
# through tests/store/with_postgres.sh; install-deps.sh installs postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
CANDOR_WITH_TEST_TOOLS=1 bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
bash tests/scheme/jose/setup.sh  # npm jose, for the credential interoperability test
(cd build && ctest --output-on-failure -j2)
bash scripts/fuzz-ops.sh 25  # the ops fuzz targets, briefly (about 2 minutes with their build)
