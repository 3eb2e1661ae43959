// What the plans' browser tests share: the app opened on a hotspot, a plan started, downloads, pixels near a point,
// a PDF's text and the hostile payloads.
import { strFromU8, unzlibSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, openWatchedPage, waitForInteractive } from './harness';

export const H01_CENTRE: [number, number] = [-1.1297, 52.6381];
export const H01_HASH = `#sel=H01&at=${H01_CENTRE[0]},${H01_CENTRE[1]},16`;
export const ACTION = 'Brighter street lighting on the square';
export const OBJECTIVE = 'Cut robbery at the bus station by a quarter by March';

export async function openApp(browser: Browser, hash: string, viewport = { width: 1280, height: 800 }) {
  const watched = await openWatchedPage(browser, viewport);
  const dialogs: string[] = [];
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watched.page.goto(`${BASE_URL}/${hash}`);
  await waitForInteractive(watched.page);
  return { ...watched, dialogs };
}

export const profileOf = (page: Page, heading: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#profile-heading')?.textContent ?? ''),
    heading.source,
    { timeout: 60_000 },
  );

/** Starts a plan for the selection and writes an objective and one action. */
export async function startPlan(
  page: Page,
  text = { objective: OBJECTIVE, what: ACTION, partner: 'Leicester City Council' },
) {
  await page.click('button.plan-start');
  await page.waitForSelector('[data-testid="plan-drawer"]');
  await page.getByLabel('SMART objective').fill(text.objective);
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('What (action 1)').fill(text.what);
  await page.getByLabel('Partner (action 1)').fill(text.partner);
}

/** The file a click downloads. */
export async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const p = (await page.evaluate(
    `document.querySelector('[data-testid="map"]').maplibreMap.project(${JSON.stringify(lngLat)})`,
  )) as { x: number; y: number };
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Pixels within `tolerance` of an RGB colour in a square around a point of a screenshot. */
export async function pixelsNear(page: Page, png: Buffer, at: { x: number; y: number }, rgb: number[], tolerance = 30) {
  return page.evaluate(
    async ({ base64, at, rgb, tolerance }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(Math.round(at.x) - 20, Math.round(at.y) - 20, 40, 40);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (rgb.every((v, k) => Math.abs(data[i + k] - v) <= tolerance)) n += 1;
      return n;
    },
    { base64: png.toString('base64'), at, rgb, tolerance },
  );
}

/**
 * The text of a PDF from Chromium (Skia): fonts are Identity-H subsets, so each string is glyph ids, read back through
 * each font's ToUnicode map. Every stream is inflated; each string is decoded with every map and all readings kept
 * (the right one reads as words), so the search needs no font bookkeeping.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const streamAt = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g;
  for (let m = streamAt.exec(raw); m; m = streamAt.exec(raw)) {
    const length = /\/Length (\d+)(?! \d+ R)/.exec(m[1]);
    const start = m.index + m[0].length;
    const end = length ? start + Number(length[1]) : raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(/FlateDecode/.test(m[1]) ? strFromU8(unzlibSync(bytes), true) : bytes.toString('latin1'));
    } catch {
      /* an image or a stream we cannot read: not text */
    }
  }
  const maps = streams
    .filter((s) => s.includes('begincmap'))
    .map((cmap) => {
      const map = new Map<number, string>();
      const hex = (h: string) => parseInt(h, 16);
      const utf16 = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map(hex));
      for (const block of cmap.match(/beginbfchar[\s\S]*?endbfchar/g) ?? [])
        for (const [, from, to] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
          map.set(hex(from), utf16(to));
      for (const block of cmap.match(/beginbfrange[\s\S]*?endbfrange/g) ?? [])
        for (const [, lo, hi, to] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
          for (let g = hex(lo); g <= hex(hi); g++) map.set(g, String.fromCharCode(hex(to) + g - hex(lo)));
      return map;
    });
  const strings = streams
    .filter((s) => /T[Jj]/.test(s) && !s.includes('begincmap'))
    .flatMap((s) => [...s.matchAll(/<([0-9A-Fa-f]{4,})>/g)].map((m) => m[1]));
  return maps
    .map((map) =>
      strings.map((h) => (h.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '').join('')).join(''),
    )
    .join('\n');
}

export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export const PAYLOADS = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  link: 'javascript:alert(1)',
  svg: '<svg onload=alert(1)>',
};
