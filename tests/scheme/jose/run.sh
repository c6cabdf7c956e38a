#!/usr/bin/env bash
# Interoperability: a credential issued by `candor credential issue` verifies
# with the npm `jose` library (an independent JOSE implementation), and the
# same token with one byte changed is rejected by both jose and candor.
# Usage: run.sh CANDOR_BINARY   (tests/scheme/jose/setup.sh installs jose)
set -euo pipefail
candor="$1"
here="$(cd "$(dirname "$0")" && pwd)"
if [[ ! -f "$here/node_modules/jose/package.json" ]]; then
  echo "jose is not installed: run tests/scheme/jose/setup.sh" >&2
  exit 1
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/candor-jose.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "# Improving change management" > report.md
cat > form.yaml <<'FORM'
scheme: master-itsm-iso20000
candidate: Jane Candidate
candidate_email: jane@example.org
examiner: Erik Examiner
session: 2025-06-03
report: {title: Improving change management at Example Ltd, file: report.md}
addressed: [ES-1.1, ES-2.1]
requirements:
  ER-1: [{source: report, degree: fully}, {source: presentation, degree: fully}]
  ER-2: [{source: report, degree: largely}, {source: interview, degree: largely}]
skills:
  business-it-alignment: [{source: report, degree: partly}, {source: presentation, degree: largely}]
  process-improvement: [{source: report, degree: partly}, {source: presentation, degree: largely}]
  evaluation: [{source: report, degree: partly}, {source: presentation, degree: largely}]
  new-ideas: [{source: report, degree: partly}, {source: presentation, degree: largely}]
questions:
  - {id: Q1, area: certification, text: "How would you scope the certification?", criteria: [names the scope], written: 2025-05-30, satisfied: true}
FORM
issued="$(date -u +%Y-%m-%d)"
"$candor" credential keygen --issuer-dir issuer --id https://exams.example --name "Example Exam Institute" >/dev/null
"$candor" credential issue --issuer-dir issuer --scheme master-itsm-iso20000 --form form.yaml \
  --issued "$issued" --out credential.jwt >/dev/null
fail() { echo "FAIL: $*" >&2; exit 1; }

out="$(node "$here/verify.mjs" credential.jwt issuer/issuer.jwk)" || fail "jose rejected a genuine credential: $out"
echo "jose: $out"
grep -q '"achievementType":"Certification"' <<<"$out" || fail "achievementType not read by jose"

# One byte changed inside the payload.
python3 - <<'PY'
token = open('credential.jwt').read().strip()
at = token.index('.') + 30
token = token[:at] + ('B' if token[at] == 'A' else 'A') + token[at + 1:]
open('tampered.jwt', 'w').write(token + '\n')
PY
if out="$(node "$here/verify.mjs" tampered.jwt issuer/issuer.jwk)"; then fail "jose accepted a tampered credential"; fi
echo "jose on the tampered token: $out"
if "$candor" credential verify tampered.jwt --key issuer/issuer.jwk >/dev/null; then
  fail "candor accepted a tampered credential"
fi
echo "2 passed, 0 failed"
