import type { Page } from 'playwright-core';
import {
  BASE_URL,
  launchBrowser,
  openWatchedPage,
  startPreview,
  stopPreview,
  waitForInteractive,
} from '../../tests/e2e/harness';

/** One brush: ms to the new hexes committed, and the worker query and the charts' re-aggregation inside it. */
export interface BrushTiming {
  committedMs: number;
  queryMs: number;
  chartsMs: number;
}

/**
 * A filter change as a chart brush makes it (the URL hash), timed in the page: to the map's data committed (a
 * MutationObserver on data-busy, not the next frame: SwiftShader draws a frame in hundreds of ms), with the app's
 * User Timing measures of the worker query and the charts' re-aggregation.
 */
async function timeFilterChange(page: Page, hash: string): Promise<BrushTiming> {
  return page.evaluate(
    `new Promise((resolve) => {
      const app = document.querySelector('.app');
      performance.clearMeasures();
      const started = performance.now();
      let seenBusy = false;
      const last = (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? 0;
      const observer = new MutationObserver(() => {
        const busy = app.getAttribute('data-busy') === 'true';
        if (busy) seenBusy = true;
        if (seenBusy && !busy) {
          observer.disconnect();
          const committedMs = performance.now() - started;
          setTimeout(() => resolve({ committedMs, queryMs: last('grip:worker:cellValues'), chartsMs: last('grip:chart-aggregation') }), 50);
        }
      });
      observer.observe(app, { attributes: true, attributeFilter: ['data-busy'] });
      window.location.hash = ${JSON.stringify(hash)};
    })`,
  ) as Promise<BrushTiming>;
}

/** Playback of `steps` months at 1 step/s: for each step, ms from the step shown (data-step) to its map committed. */
async function timePlayback(page: Page, steps: number): Promise<number[]> {
  await page.click('[data-testid="play"]');
  const times = (await page.evaluate(
    `new Promise((resolve) => {
      const app = document.querySelector('.app');
      const times = [];
      let since = null;
      let seenBusy = false;
      const observer = new MutationObserver(() => {
        if (app.getAttribute('data-step') !== app.dataset.lastStep) {
          app.dataset.lastStep = app.getAttribute('data-step');
          since = performance.now();
          seenBusy = false;
        }
        if (app.getAttribute('data-busy') === 'true') seenBusy = true;
        else if (since !== null && seenBusy) {
          times.push(performance.now() - since);
          since = null;
          if (times.length >= ${steps}) { observer.disconnect(); resolve(times); }
        }
      });
      observer.observe(app, { attributes: true, attributeFilter: ['data-busy', 'data-step'] });
    })`,
  )) as number[];
  await page.click('[data-testid="pause"]');
  return times;
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export interface BrushFigures {
  monthBrushes: BrushTiming[];
  playbackSteps: number[];
  hourBrushesDemo: BrushTiming[];
}

/**
 * Issue 16's figures in headless Chromium: 30 month brushes and 24 playback steps after loading the big police.uk
 * file (1M rows, months only), and 30 hour brushes on the demo (it has times).
 */
export async function brushFigures(bigFile: string): Promise<BrushFigures> {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const demo = await openWatchedPage(browser);
    await demo.page.goto(`${BASE_URL}/#charts=1`);
    await waitForInteractive(demo.page, 120_000);
    await demo.page.waitForSelector('[data-testid="hour-chart"] svg', { timeout: 60_000 });
    const hourBrushesDemo: BrushTiming[] = [];
    for (let i = 0; i < 30; i++) {
      const from = i % 20;
      hourBrushesDemo.push(await timeFilterChange(demo.page, `#charts=1&res=9&hours=${from}-${from + 3}`));
    }
    await demo.page.context().close();

    const { page } = await openWatchedPage(browser);
    await page.goto(`${BASE_URL}/#charts=1`);
    await waitForInteractive(page, 120_000);
    const version = Number(await page.getAttribute('.app', 'data-data-version'));
    await page.setInputFiles('input[name="files"]', bigFile);
    await page.waitForFunction(
      (v) => {
        const app = document.querySelector('.app');
        return Number(app?.getAttribute('data-data-version')) > v && app?.getAttribute('data-busy') === 'false';
      },
      version,
      { timeout: 300_000 },
    );
    await page.waitForSelector('[data-testid="month-chart"] svg', { timeout: 60_000 });
    // The loaded file is then written to the browser's storage in the background; an analyst's first brush comes later.
    await page.waitForTimeout(15_000);
    const monthBrushes: BrushTiming[] = [];
    for (let i = 0; i < 30; i++) {
      const year = 2016 + (i % 9);
      const hash = `#charts=1&res=9&from=${year}-0${1 + (i % 3)}&to=${year + 1}-0${4 + (i % 5)}`;
      monthBrushes.push(await timeFilterChange(page, hash));
    }
    await timeFilterChange(page, '#charts=1&res=9&from=2024-01&to=2025-12');
    const playbackSteps = await timePlayback(page, 24);
    await page.evaluate(async () =>
      (await navigator.storage.getDirectory())
        .removeEntry('grip-loaded-files', { recursive: true })
        .catch(() => undefined),
    );
    await page.context().close();
    return { monthBrushes, playbackSteps, hourBrushesDemo };
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

export function brushReport(f: BrushFigures, calibrationMs: number): string[] {
  const line = (name: string, values: number[]) => {
    const [p50, p95] = [percentile(values, 0.5), percentile(values, 0.95)];
    const ratio = `×${(p50 / calibrationMs).toFixed(2)} calibration`;
    return `${name.padEnd(62)} p50 ${p50.toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms   ${ratio}   (n = ${values.length})`;
  };
  const brushLines = (what: string, timings: BrushTiming[]) => [
    line(
      `${what}: worker's query + charts re-aggregated`,
      timings.map((t) => t.queryMs + t.chartsMs),
    ),
    line(
      `  of which the charts' re-aggregation in the page`,
      timings.map((t) => t.chartsMs),
    ),
    line(
      `  brush → new hexes committed (main thread shared with SwiftShader)`,
      timings.map((t) => t.committedMs),
    ),
  ];
  return [
    ...brushLines('Month brush, 1M police.uk rows (Chromium)', f.monthBrushes),
    ...brushLines('Hour brush, demo 200k timed rows (Chromium)', f.hourBrushesDemo),
    line('Playback step → its hexes committed, 1M rows, 24 months at 1 step/s', f.playbackSteps),
    `    steps slower than 1 s: ${f.playbackSteps.filter((t) => t > 1000).length} of ${f.playbackSteps.length} (playback waits for each step: none is skipped)`,
  ];
}
