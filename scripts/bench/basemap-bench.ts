// The street basemap's cost, against the app as it was before it (BENCH_BASELINE_REV, default 0f2e210: the plain
// boundaries basemap with deck.gl overlaid), both built here and served side by side, measured in the same run with
// the same number of runs, alternating: demo first paint, and frame times while panning and zooming the city centre.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  openWatchedPage,
  startPreview,
  stopPreview,
  waitForInteractive,
  waitForMap,
  BASE_URL,
} from '../../tests/e2e/harness';
import { repoRoot } from '../cli/node-engine';

const BASELINE_REV = process.env.BENCH_BASELINE_REV ?? '0f2e210';
const BASELINE_PORT = 4174;
const BASELINE_URL = `http://127.0.0.1:${BASELINE_PORT}`;
/** Leicester city centre at resolution 10, where about 8,000 hexes are drawn. */
const CITY_HASH = '#res=10&at=-1.1335,52.6355,13.2';

/** A worktree of the baseline, sharing this checkout's node_modules and demo data, built once. */
function buildBaseline(): string {
  const dir = path.join(repoRoot, '.bench/baseline');
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, BASELINE_REV], { cwd: repoRoot });
  for (const shared of ['node_modules', 'data/demo'])
    if (!existsSync(path.join(dir, shared))) symlinkSync(path.join(repoRoot, shared), path.join(dir, shared));
  if (!existsSync(path.join(dir, 'dist/index.html')))
    execFileSync('npx', ['vite', 'build'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

async function firstPaintMs(browser: Browser, url: string): Promise<number> {
  const { page } = await openWatchedPage(browser);
  await page.goto(url);
  await waitForMap(page, 120_000);
  const ms = Number(await page.getAttribute('.app', 'data-first-paint-ms'));
  await page.context().close();
  return ms;
}

/** Frame intervals (ms) while the keyboard pans four steps and zooms in and out at the city centre. */
async function gestureFrames(browser: Browser, url: string): Promise<{ frames: number[]; hexes: number }> {
  const { page } = await openWatchedPage(browser);
  await page.goto(`${url}/${CITY_HASH}`);
  await waitForInteractive(page, 120_000);
  await page.waitForTimeout(3000);
  await page.focus('.maplibregl-canvas');
  // As a string: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.recording_ = true;
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (window.recording_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Equal', 'ArrowLeft', 'Minus', 'ArrowUp', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(450);
  }
  const frames = (await page.evaluate('(window.recording_ = false, window.frames_.slice(1))')) as number[];
  const hexes = Number(await page.getAttribute('.app', 'data-hex-count'));
  await page.context().close();
  return { frames, hexes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * p)];

export interface BasemapFigures {
  firstPaint: { streets: number[]; baseline: number[] };
  frames: { streets: number[]; baseline: number[]; hexes: number };
  baselineRev: string;
}

export async function basemapFigures(runs: number): Promise<BasemapFigures> {
  const baselineDir = buildBaseline();
  const server = await startPreview();
  const baselineServer = await startPreview({ cwd: baselineDir, port: BASELINE_PORT });
  const browser = await launchBrowser();
  const figures: BasemapFigures = {
    firstPaint: { streets: [], baseline: [] },
    frames: { streets: [], baseline: [], hexes: 0 },
    baselineRev: BASELINE_REV,
  };
  try {
    for (let i = 0; i < runs; i++) {
      figures.firstPaint.baseline.push(await firstPaintMs(browser, BASELINE_URL));
      figures.firstPaint.streets.push(await firstPaintMs(browser, BASE_URL));
    }
    for (let i = 0; i < runs; i++) {
      figures.frames.baseline.push(...(await gestureFrames(browser, BASELINE_URL)).frames);
      const streets = await gestureFrames(browser, BASE_URL);
      figures.frames.streets.push(...streets.frames);
      figures.frames.hexes = streets.hexes;
    }
  } finally {
    await browser.close();
    stopPreview(server);
    stopPreview(baselineServer);
  }
  return figures;
}

export function basemapReport(f: BasemapFigures): string[] {
  const paint = { streets: median(f.firstPaint.streets), baseline: median(f.firstPaint.baseline) };
  const frame = (v: number[]) =>
    `median ${median(v).toFixed(1)} ms, 95th percentile ${percentile(v, 0.95).toFixed(1)} ms`;
  return [
    `Demo first paint, street basemap vs ${f.baselineRev} (median of ${f.firstPaint.streets.length}): ` +
      `${paint.streets} ms vs ${paint.baseline} ms, ${paint.streets - paint.baseline >= 0 ? '+' : ''}${paint.streets - paint.baseline} ms`,
    `    runs: streets ${f.firstPaint.streets.join(', ')} · baseline ${f.firstPaint.baseline.join(', ')}`,
    `Pan and zoom at the city centre, ${f.frames.hexes.toLocaleString('en-GB')} hexes (SwiftShader), frame time:`,
    `    street basemap ${frame(f.frames.streets)} (${f.frames.streets.length} frames)`,
    `    ${f.baselineRev} ${frame(f.frames.baseline)} (${f.frames.baseline.length} frames)`,
    `    ratio of medians ×${(median(f.frames.streets) / median(f.frames.baseline)).toFixed(2)}, of 95th percentiles ×${(percentile(f.frames.streets, 0.95) / percentile(f.frames.baseline, 0.95)).toFixed(2)}`,
  ];
}
