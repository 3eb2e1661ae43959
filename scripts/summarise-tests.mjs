// Sums Vitest's JSON report and the browser runner's report into the one line CI reads: `N passed, N failed`.
// A step that failed without reporting a test (type-check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.passed ?? 0);
const unitFailed = unit ? unit.numFailedTests + (unit.success === false && unit.numFailedTests === 0 ? 1 : 0) : 1;
let failed = unitFailed + (e2e ? e2e.failed : 1);
if (process.argv[2] !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
