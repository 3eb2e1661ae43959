// Runs every browser test against `vite preview` of the built app in Debian's Chromium, and writes
// test-results/e2e.json ({ passed, failed }) for .ci/run's combined summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, startPreview, stopPreview } from './harness';
import type { BrowserTest } from './runner';
import { mapTests } from './map.e2e';
import { ingestTests, mappingTests } from './ingest.e2e';
import { statisticsTests } from './statistics.e2e';

const suites: BrowserTest[] = [...mapTests, ...statisticsTests, ...ingestTests, ...mappingTests];

async function main(): Promise<number> {
  const only = process.argv[2];
  const tests = only ? suites.filter((t) => t.name.includes(only)) : suites;
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
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/e2e.json', JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`browser tests: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/e2e.json',
      JSON.stringify({ passed: 0, failed: 1, results: [{ name: 'harness', ok: false, error: String(error) }] }),
    );
    process.exit(1);
  },
);
