import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const PREVIEW_PORT = Number(process.env.GRIP_E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

// Flags measured in TECH_NOTES: SwiftShader WebGL, and no background networking on a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** `vite preview` of the build in `cwd` (this checkout by default) on `port`, once it answers. */
export async function startPreview({ cwd = process.cwd(), port = PREVIEW_PORT } = {}): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${port}`;
  // A server left over from another run (or another checkout) would answer instead of this build: refuse to start.
  const stale = await fetch(url).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`something already answers on ${url}: stop it first (another vite preview?)`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

export function stopPreview(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Where a browser test writes its screenshot: test-results/screenshots/<name>.png, never docs/ (`npm run screenshots`
 * copies the README's pictures from here on purpose).
 */
export function screenshotPath(name: string): string {
  mkdirSync('test-results/screenshots', { recursive: true });
  return `test-results/screenshots/${name}.png`;
}

/** A page that records every request's host and every console error, for the no-leak and no-error assertions. */
export interface WatchedPage {
  page: Page;
  requestedUrls: string[];
  consoleErrors: string[];
}

export async function openWatchedPage(
  browser: Browser,
  viewport = { width: 1400, height: 900 },
  /** Only the accessibility pass sets it: axe injects a script, which the app's CSP would block (TECH_NOTES). */
  bypassCSP = false,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, bypassCSP });
  const page = await context.newPage();
  const requestedUrls: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requestedUrls.push(request.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught ${error.stack ?? error.message}`));
  return { page, requestedUrls, consoleErrors };
}

export function offOriginRequests(urls: string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const host = new URL(url).hostname;
    return host !== '127.0.0.1' && host !== 'localhost';
  });
}

/** Waits for the app to say its map is drawn (or failed). */
export async function waitForMap(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const phase = document.querySelector('.app')?.getAttribute('data-phase');
      return phase === 'failed' || document.querySelector('.app')?.getAttribute('data-first-paint-ms');
    },
    undefined,
    { timeout: timeoutMs },
  );
  const phase = await page.getAttribute('.app', 'data-phase');
  if (phase === 'failed') throw new Error(`app failed: ${await page.textContent('.status')}`);
}

/** Waits until the database has loaded and answered (the first map may be the precomputed demo view). */
export async function waitForInteractive(page: Page, timeoutMs = 90_000): Promise<void> {
  await waitForMap(page, timeoutMs);
  await page.waitForFunction(
    () => document.querySelector('.app')?.getAttribute('data-interactive') === 'true',
    undefined,
    { timeout: timeoutMs },
  );
}

type PixelKind = 'warm' | 'near-black' | 'light';
interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Counts pixels of a kind in a screenshot, decoded by the browser itself (no image library needed):
 * 'warm' — hot hex colours (red clearly above blue; the basemap is greys); 'near-black' — GRIP hotspot outlines
 * and ids; 'light' — the basemap's land, roads and buildings where no hex is drawn.
 */
export async function countPixels(page: Page, png: Buffer, kind: PixelKind, crop?: Crop): Promise<number> {
  return page.evaluate(
    async ({ base64, kind, crop }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const area = crop ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      const { data } = context.getImageData(area.x, area.y, area.width, area.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        const warm = r > 150 && r - b > 40;
        if (
          kind === 'warm'
            ? warm
            : kind === 'light'
              ? !warm && r > 215 && g > 215 && b > 205
              : r < 40 && g < 45 && b < 60
        )
          n++;
      }
      return n;
    },
    { base64: png.toString('base64'), kind, crop },
  );
}

export const countHexPixels = (page: Page, png: Buffer) => countPixels(page, png, 'warm');

/** A watched page on the app (optionally at a URL hash), once the database has answered. */
export async function openInteractiveApp(
  browser: Browser,
  hash = '',
  { bypassCSP = false } = {},
): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, undefined, bypassCSP);
  await watched.page.goto(`${BASE_URL}/${hash}`);
  await waitForInteractive(watched.page);
  return watched;
}

/**
 * Hovers points of the map (fractions of its box) until a tooltip shows `ready` (a selector inside `.tooltip`); returns
 * the tooltip's text and where it was found, or null when no point gave one.
 */
export async function hoverForTooltip(
  page: Page,
  ready: string,
  points: [number, number][],
  timeoutMs = 10_000,
): Promise<{ text: string; x: number; y: number } | null> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  for (const [fx, fy] of points) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    await page.mouse.move(x, y);
    await page.waitForTimeout(300);
    if ((await page.locator('.tooltip').count()) === 0) continue;
    const found = await page
      .waitForFunction((selector) => document.querySelector(`.tooltip ${selector}`) !== null, ready, {
        timeout: timeoutMs,
      })
      .then(
        () => true,
        () => false,
      );
    if (found) return { text: (await page.textContent('.tooltip')) ?? '', x, y };
  }
  return null;
}
