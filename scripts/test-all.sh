#!/usr/bin/env bash
# npm test: format check, type-check, lint, unit tests (Vitest), then browser tests against the built app; prints `N passed, N failed` last.
set -u
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
status=0
npx tsx scripts/ensure-demo-data.ts || { echo "demo data generation failed"; status=1; }
npx prettier --check . >test-results/format.log 2>&1 || { cat test-results/format.log; echo "format check failed: run npm run format"; status=1; }
npx tsc --noEmit -p tsconfig.json || { echo "type-check failed"; status=1; }
npx eslint src scripts tests || { echo "lint failed"; status=1; }
npx vitest run || status=1
npm run build --silent >test-results/build.log 2>&1 || { cat test-results/build.log; echo "build failed"; status=1; }
npx tsx tests/e2e/run.ts || status=1
node scripts/summarise-tests.mjs "$status"
