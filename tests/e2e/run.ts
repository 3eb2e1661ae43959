// Runs the browser tests against `vite preview` of the built app in Debian's Chromium, and writes
// test-results/e2e.json ({ passed, failed }) for .ci/run's combined summary.
// `tsx tests/e2e/run.ts ['part of a name' …]` runs only the tests whose names contain one of the parts.
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH, launchBrowser, startPreview, stopPreview } from './harness';
import type { BrowserTest } from './runner';
import { mapTests } from './map.e2e';
import { ingestTests, mappingTests } from './ingest.e2e';
import { statisticsTests } from './statistics.e2e';
import { colourVisionTests } from './colour-vision.e2e';
import { accessibilityTests } from './accessibility.e2e';
import { tierTests } from './tiers.e2e';
import { hotspotTests } from './hotspots.e2e';
import { basemapTests } from './basemap.e2e';
import { studyAreaTests } from './study-area.e2e';
import { profileTests } from './profile.e2e';
import { planTests } from './plans.e2e';
import { planExportTests } from './plan-exports.e2e';
import { patrolTests } from './patrol.e2e';

const suites: BrowserTest[] = [
  ...mapTests,
  ...statisticsTests,
  ...colourVisionTests,
  ...ingestTests,
  ...mappingTests,
  ...accessibilityTests,
  ...tierTests,
  ...hotspotTests,
  ...basemapTests,
  ...studyAreaTests,
  ...profileTests,
  ...planTests,
  ...planExportTests,
  ...patrolTests,
];

function writeReport(report: { passed: number; failed: number; results: unknown[] }): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/e2e.json', JSON.stringify(report, null, 2));
}

function chromiumMissing(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return false;
  } catch {
    return true;
  }
}

async function main(): Promise<number> {
  // Without a browser every test would fail on its own: say once what to install, and count it as one failure.
  if (chromiumMissing()) {
    console.log(`browser tests not run: no Chromium at ${CHROMIUM_PATH}; install it with apt-get install -y chromium`);
    writeReport({ passed: 0, failed: 1, results: [{ name: 'chromium', ok: false, error: 'not installed' }] });
    return 1;
  }
  const only = process.argv.slice(2);
  const tests = only.length > 0 ? suites.filter((t) => only.some((part) => t.name.includes(part))) : suites;
  if (tests.length === 0) throw new Error(`no browser test's name contains ${only.join(' or ')}`);
  const server = await startPreview();
  const browser = await launchBrowser();
  const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
  try {
    for (const test of tests) {
      const started = Date.now();
      try {
        await test.run(browser);
        results.push({ name: test.name, ok: true, ms: Date.now() - started });
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.push({ name: test.name, ok: false, ms: Date.now() - started, error: message });
        console.log(`  ✗ ${test.name}\n      ${message}`);
      }
    }
  } finally {
    await browser.close();
    stopPreview(server);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeReport({ passed, failed, results });
  console.log(`browser tests: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    writeReport({ passed: 0, failed: 1, results: [{ name: 'harness', ok: false, error: String(error) }] });
    process.exit(1);
  },
);
