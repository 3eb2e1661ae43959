import type { Page } from 'playwright-core';
import { simulateVision, type Rgb255 } from '../../src/map/colour-vision';
import { openInteractiveApp, screenshotPath } from './harness';
import { paletteSheetHtml } from './palette-sheet';
import { browserTest, expectThat } from './runner';

async function showMode(page: Page, mode: string): Promise<void> {
  await page.check(`input[name="mode"][value="${mode}"]`);
  await page.waitForFunction(
    (m) => {
      const app = document.querySelector('.app');
      return app?.getAttribute('data-mode') === m && app.getAttribute('data-busy') === 'false';
    },
    mode,
    { timeout: 90_000 },
  );
  await page.waitForTimeout(400);
}

/** The first plain legend swatch: its colour as the page sets it and its centre on screen. */
async function firstSwatch(page: Page): Promise<{ rgb: Rgb255; x: number; y: number }> {
  const swatch = page.locator('.legend li .swatch:not([style*="gradient"])').first();
  const rgb = (await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g)!.map(Number);
  const box = (await swatch.boundingBox())!;
  return {
    rgb: rgb.slice(0, 3) as Rgb255,
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
  };
}

/**
 * One pixel of a screenshot, and how many pixels right of the side panel are coloured (the basemap is greys), decoded
 * by the browser itself.
 */
async function readScreenshot(page: Page, png: Buffer, x: number, y: number) {
  return page.evaluate(
    async ({ base64, x, y }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      const { data } = context.getImageData(340, 50, bitmap.width - 340, bitmap.height - 50);
      let colouredPixels = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60)
          colouredPixels++;
      return { pixel: [r, g, b] as [number, number, number], colouredPixels };
    },
    { base64: png.toString('base64'), x, y },
  );
}

/**
 * Takes the picture, then checks Chromium's simulation is on and is the one the unit tests compute (a legend swatch
 * reads back as simulateVision says), and that something coloured was drawn right of the panel.
 */
async function checkDeuteranopiaPicture(page: Page, picture: string): Promise<void> {
  // The side panel scrolls: bring the legend into the picture.
  await page.locator('.legend li .swatch:not([style*="gradient"])').first().scrollIntoViewIfNeeded();
  const png = await page.screenshot({ path: screenshotPath(picture) });
  const swatch = await firstSwatch(page);
  const { pixel, colouredPixels } = await readScreenshot(page, png, swatch.x, swatch.y);
  const simulated = simulateVision(swatch.rgb, 'deuteranopia');
  expectThat(
    pixel.every((channel, i) => Math.abs(channel - simulated[i]) <= 3),
    `${picture}: swatch rgb(${swatch.rgb}) shows as rgb(${pixel}), the simulation says rgb(${simulated})`,
  );
  expectThat(colouredPixels > 1_000, `${picture}: only ${colouredPixels} coloured pixels right of the panel`);
}

const VIEWS: { picture: string; mode: string; at?: string }[] = [
  { picture: 'counts-deuteranopia', mode: 'counts' },
  { picture: 'gi-star-deuteranopia', mode: 'gi' },
  { picture: 'emerging-deuteranopia', mode: 'emerging' },
  // West Leicester, where sporadic (hatched) and steady hot spots meet.
  { picture: 'emerging-hatch-deuteranopia', mode: 'emerging', at: '-1.17,52.62,12.5' },
];

export const colourVisionTests = [
  browserTest(
    'deuteranopia screenshots of crime per hex, Gi* and emerging hot spots, as Chromium simulates them',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser);
      try {
        // Chromium's own simulation (Machado et al. 2009), applied to everything the page paints.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
        for (const { picture, mode, at } of VIEWS) {
          if (mode !== 'counts') await showMode(page, mode);
          if (at) {
            await page.evaluate((lngLatZoom) => {
              const rest = window.location.hash.replace(/^#/, '').replace(/&?at=[^&]*/, '');
              window.location.hash = `${rest ? `${rest}&` : ''}at=${lngLatZoom}`;
            }, at);
            await page.waitForFunction(
              (view) => document.querySelector('[data-testid="map"]')?.getAttribute('data-view') === view,
              at,
            );
            await page.waitForTimeout(800);
          }
          await checkDeuteranopiaPicture(page, picture);
        }
        const sheet = await page.context().newPage();
        const sheetCdp = await page.context().newCDPSession(sheet);
        await sheetCdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
        await sheet.setContent(await paletteSheetHtml(), { waitUntil: 'load' });
        await checkDeuteranopiaPicture(sheet, 'palettes-deuteranopia');
        expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      } finally {
        await page.context().close();
      }
    },
  ),
];
