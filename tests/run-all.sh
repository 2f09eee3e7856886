#!/usr/bin/env bash
# The whole suite: type check, lint and format, unit and integration tests (Vitest), the production build,
# and the browser journeys (Playwright, Chromium) against it.
# With TEST_DATABASE_URL (postgres://...) every database test runs on PostgreSQL in fresh databases;
# without it, on embedded PGlite. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-data/reports
rm -f .test-data/reports/*.json

passed=0
failed=0
check() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "!! $name failed"; fi
}

check "type check" npx tsc --noEmit
check "lint" npx eslint --config .config/eslint.config.mjs .
check "format" npx prettier --check .

echo "== unit and integration tests"
npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json=.test-data/reports/vitest.json

check "production build" npx next build

e2e_db=""
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  e2e_db="pc_e2e_$(date +%s)_$$"
  psql "$TEST_DATABASE_URL" -qc "create database \"$e2e_db\"" >/dev/null
  export E2E_DATABASE_URL="${TEST_DATABASE_URL%/*}/$e2e_db"
fi
echo "== browser journeys"
npx playwright test --config tests/e2e/playwright.config.ts
if [ -n "$e2e_db" ]; then psql "$TEST_DATABASE_URL" -qc "drop database if exists \"$e2e_db\" with (force)" >/dev/null; fi

# Count what the runners report; a runner that crashed before reporting counts as one failure.
read -r vp vf < <(node -e '
  try { const r = require("./.test-data/reports/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests ?? 0) + (r.success || r.numFailedTests ? 0 : 1)); }
  catch { console.log(0, 1); }')
read -r ep ef < <(node -e '
  try { const s = require("./.test-data/reports/e2e.json").stats; console.log(s.expected, s.unexpected + s.flaky + ((require("./.test-data/reports/e2e.json").errors ?? []).length)); }
  catch { console.log(0, 1); }')
passed=$((passed + vp + ep))
failed=$((failed + vf + ef))
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
