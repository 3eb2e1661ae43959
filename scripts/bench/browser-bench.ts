import { launchBrowser, openWatchedPage, BASE_URL, waitForInteractive, waitForMap, startPreview, stopPreview } from '../../tests/e2e/harness';

/** Demo first paint, and the time from choosing a file to the map showing it, in headless Chromium (SwiftShader). */
export async function browserFigures(bigFile: string, runs: number): Promise<{ firstPaintMs: number[]; ingestMs: number[]; ingestNote: string }> {
  const server = await startPreview();
  const browser = await launchBrowser();
  const firstPaintMs: number[] = [];
  const ingestMs: number[] = [];
  let ingestNote = '';
  try {
    for (let i = 0; i < runs; i++) {
      const { page } = await openWatchedPage(browser);
      await page.goto(BASE_URL);
      await waitForMap(page, 120_000);
      firstPaintMs.push(Number(await page.getAttribute('.app', 'data-first-paint-ms')));
      await page.context().close();
    }
    for (let i = 0; i < runs; i++) {
      const { page } = await openWatchedPage(browser);
      await page.goto(BASE_URL);
      await waitForInteractive(page, 120_000);
      const version = Number(await page.getAttribute('.app', 'data-data-version'));
      const started = Date.now();
      await page.setInputFiles('input[name="files"]', bigFile);
      await page.waitForFunction((v) => Number(document.querySelector('.app')?.getAttribute('data-data-version')) > v, version, { timeout: 300_000 });
      await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-busy') === 'false', undefined, { timeout: 300_000 });
      ingestMs.push(Date.now() - started);
      ingestNote = (await page.textContent('.load-report .counts')) ?? '';
      await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('grip-loaded-files', { recursive: true }).catch(() => undefined));
      await page.context().close();
    }
  } finally {
    await browser.close();
    stopPreview(server);
  }
  return { firstPaintMs, ingestMs, ingestNote };
}
