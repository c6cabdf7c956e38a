#!/usr/bin/env bash
# The bad-input corpus: every file listed in expectations.tsv must be refused
# with exit code 2 and a message naming the place, and the database must be
# byte-identical afterwards. Usage: run.sh PATH/TO/candor
set -uo pipefail
candor=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/bad-corpus.XXXXXX")
trap 'rm -rf "$work"' EXIT
db="$work/candor.db"
export CANDOR_ACTOR=corpus
"$candor" --db "$db" workspace create corpus >/dev/null || exit 1
"$candor" --db "$db" assess new --framework iso20000-1 --subject "Reference Ltd" >/dev/null || exit 1
snapshot() { sha256sum "$db" | cut -d' ' -f1; ls "$work" | tr '\n' ' '; }
before=$(snapshot)
failures=0
while IFS=$'\t' read -r file command expected; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  path="$here/$file"
  case "$command" in
    validate) args=(framework validate "$path") ;;
    assess) args=(assess new --framework "$path" --subject "Bad") ;;
    import) args=(import "$path") ;;
    pool) args=(bench import "$path") ;;
    *) echo "unknown command $command"; exit 1 ;;
  esac
  stderr=$("$candor" --db "$db" "${args[@]}" 2>&1 >/dev/null)
  code=$?
  if [[ $code -ne 2 ]]; then
    echo "FAIL $file: exit code $code, expected 2 ($stderr)"; failures=$((failures + 1))
  elif [[ "$stderr" != *"$expected"* ]]; then
    echo "FAIL $file: message does not contain '$expected':"; echo "$stderr" | sed 's/^/    /'
    failures=$((failures + 1))
  elif [[ "$(snapshot)" != "$before" ]]; then
    echo "FAIL $file: the database changed"; failures=$((failures + 1))
  else
    echo "ok   $file ($command)"
  fi
done < "$here/expectations.tsv"
echo "$failures failure(s)"
exit $((failures > 0))
