#!/usr/bin/env bash
# Installs the npm `jose` package that the credential interoperability test
# (run.sh) verifies candor's credentials with. Skipped when already there.
set -euo pipefail
cd "$(dirname "$0")"
[[ -f node_modules/jose/package.json ]] && exit 0
npm install --no-audit --no-fund --loglevel=error >/dev/null
