#!/usr/bin/env bash
# npm test: format check, type-check, lint, unit tests (Vitest), then browser tests against the built app; prints `N passed, N failed` last.
set -u
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
status=0
npx tsx scripts/ensure-demo-data.ts || { echo "demo data generation failed"; status=1; }

# The checks and the build use one core while Vitest's workers wait on DuckDB: they run beside it (≈45 s saved), each
# writing its own log, printed when it fails.
checks() {
  local failed=0
  npx prettier --check . >test-results/format.log 2>&1 || { echo "CHECK FAILED: format (run npm run format)" >>test-results/format.log; failed=1; }
  npx tsc --noEmit -p tsconfig.json >test-results/types.log 2>&1 || { echo "CHECK FAILED: type-check" >>test-results/types.log; failed=1; }
  npx eslint src scripts tests >test-results/lint.log 2>&1 || { echo "CHECK FAILED: lint" >>test-results/lint.log; failed=1; }
  npm run build --silent >test-results/build.log 2>&1 || { echo "CHECK FAILED: build" >>test-results/build.log; failed=1; }
  return $failed
}
checks &
checks_pid=$!
npx vitest run || status=1
if ! wait "$checks_pid"; then
  status=1
  for log in format types lint build; do
    grep -q 'CHECK FAILED' "test-results/$log.log" && cat "test-results/$log.log"
  done
fi
npx tsx tests/e2e/run.ts || status=1
node scripts/summarise-tests.mjs "$status"
