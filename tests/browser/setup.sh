#!/usr/bin/env bash
# Installs playwright-core into tests/browser/node_modules (once). Chromium is
# Debian's (/usr/bin/chromium): never `playwright install`.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -d node_modules/playwright-core ]]; then exit 0; fi
command -v npm >/dev/null || { echo "setup: npm is missing (scripts/install-deps.sh with CANDOR_WITH_TEST_TOOLS=1)" >&2; exit 1; }
npm install --no-audit --no-fund --loglevel=error
