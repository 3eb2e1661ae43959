// Issue 16 in the browser: a click on a GRIP hotspot opens its profile with charts, and its crime count equals an
// independent count (Turf point-in-polygon over the demo's crimes.csv in Node); brushing months and hours in the
// charts filters the map; time playback advances with the URL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Page } from 'playwright-core';
import { cellsPolygon } from '../../src/analysis/hotspot-proposal';
import { cellsOfShape } from '../../src/analysis/hotspot-set/shapes';
import { openInteractiveApp, screenshotPath } from './harness';
import { browserTest, expectThat } from './runner';

const demo = (file: string) => path.resolve('data/demo', file); // the tests run from the repository root

/** H01 of the demo as the app's set holds it (the street segment's r10 cells) and its crimes, counted in Node. */
function h01(): { centre: [number, number]; crimes: number } {
  const feature = JSON.parse(readFileSync(demo('hotspots.geojson'), 'utf8')).features[0];
  const { cells, centreLngLat } = cellsOfShape(feature.geometry);
  const polygon = cellsPolygon(cells);
  const [header, ...lines] = readFileSync(demo('crimes.csv'), 'utf8').trim().split('\n');
  const c = header.split(',');
  const [lat, lon] = [c.indexOf('latitude'), c.indexOf('longitude')];
  let crimes = 0;
  for (const line of lines) {
    const f = line.split(',');
    if (booleanPointInPolygon([Number(f[lon]), Number(f[lat])], polygon)) crimes += 1;
  }
  return { centre: centreLngLat, crimes };
}

/** The screen point of a place on the map. */
async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const p = await page.evaluate(
    `(() => { const m = document.querySelector('[data-testid="map"]').maplibreMap; return m.project(${JSON.stringify(lngLat)}); })()`,
  );
  const { x, y } = p as { x: number; y: number };
  return { x: box.x + x, y: box.y + y };
}

const hexCount = async (page: Page) => Number(await page.getAttribute('.app', 'data-hex-count'));
const idle = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-busy') === 'false');

/** Drags across the bars (or cells) of a chart from the `from`-th to the `to`-th rect Plot drew. */
async function brush(page: Page, testId: string, from: number, to: number): Promise<void> {
  const rects = page.locator(
    `[data-testid="${testId}"] svg g[aria-label="${testId === 'hour-chart' ? 'cell' : 'bar'}"] rect`,
  );
  await rects.nth(to).scrollIntoViewIfNeeded();
  await rects.nth(from).scrollIntoViewIfNeeded();
  const a = (await rects.nth(from).boundingBox())!;
  const b = (await rects.nth(to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2 + b.width / 2, (a.y + b.y) / 2 + b.height / 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

export const profileTests = [
  browserTest(
    'a click on a GRIP hotspot opens its profile: charts drawn, crimes equal an independent count',
    async (browser) => {
      const expected = h01();
      const at = `at=${expected.centre[0]},${expected.centre[1]},15`;
      const { page, consoleErrors } = await openInteractiveApp(browser, `#${at}`);
      await idle(page);
      const point = await screenPoint(page, expected.centre);
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(() => /^H01 · /.test(document.querySelector('#profile-heading')?.textContent ?? ''));
      await page.waitForFunction(() => window.location.hash.includes('sel=H01'));
      await page.waitForSelector('[data-testid="hour-chart"] svg');
      const crimes = Number((await page.textContent('[data-testid="profile-crimes"]'))!.replace(/,/g, ''));
      console.log(`      H01: ${crimes} crimes in the panel, ${expected.crimes} counted in Node`);
      expectThat(crimes === expected.crimes, `panel says ${crimes}, independent count ${expected.crimes}`);
      for (const chart of ['type-chart', 'month-chart', 'hour-chart']) {
        const marks = await page.locator(`[data-testid="${chart}"] svg rect`).count();
        expectThat(
          marks >= (chart === 'hour-chart' ? 168 : chart === 'month-chart' ? 24 : 3),
          `${chart}: ${marks} marks`,
        );
      }
      const trend = (await page.textContent('[data-testid="profile-trend"]')) ?? '';
      expectThat(/Mann–Kendall, 24 months/.test(trend), `trend: ${trend}`);
      await page.waitForSelector('[data-testid="profile-nearby"]');
      await page.screenshot({ path: screenshotPath('profile-h01') });
      await page.locator('.profile-panel').screenshot({ path: screenshotPath('profile-h01-panel') });
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest(
    'brushing months and hours in the charts filters the map, the other charts and the URL',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, '#charts=1');
      await page.waitForSelector('[data-testid="month-chart"] svg');
      await idle(page);
      const allHexes = await hexCount(page);
      await brush(page, 'month-chart', 0, 2);
      await page.waitForFunction(() => /from=2024-01&to=2024-03/.test(window.location.hash));
      await page.waitForFunction(
        (n) => Number(document.querySelector('.app')?.getAttribute('data-hex-count')) !== n,
        allHexes,
      );
      await idle(page);
      const quarterHexes = await hexCount(page);
      const crimesInQuarter = Number((await page.textContent('[data-testid="profile-crimes"]'))!.replace(/,/g, ''));
      console.log(`      hexes: ${allHexes} → ${quarterHexes} for Jan–Mar 2024; ${crimesInQuarter} crimes`);
      expectThat(quarterHexes < allHexes, `hexes did not fall: ${allHexes} → ${quarterHexes}`);
      // Hours 22 to 2 (cells of Monday, hours 22 … 23 and then …): a run across the grid's columns.
      await brush(page, 'hour-chart', 15, 20);
      await page.waitForFunction(() => /hours=15-20/.test(window.location.hash));
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="profile-crimes"]')?.textContent?.replace(/,/g, '')) < n,
        crimesInQuarter,
      );
      await idle(page);
      const afternoonHexes = await hexCount(page);
      expectThat(afternoonHexes <= quarterHexes, `hexes for 15:00–20:59: ${afternoonHexes} (was ${quarterHexes})`);
      // The same by keyboard: the day boxes add Saturday to the Monday the drag chose.
      await page.locator('.weekday-picker label', { hasText: 'Sat' }).locator('input').check();
      await page.waitForFunction(() => /days=mon,sat/.test(decodeURIComponent(window.location.hash)));
      const fromInput = await page.inputValue('input[name="fromMonth"]').catch(() => '');
      console.log(`      15:00–20:59: ${afternoonHexes} hexes; month input says ${fromInput}`);
      await page.screenshot({ path: screenshotPath('profile-brushed') });
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest(
    'time playback steps month by month, the map and the URL follow, pause holds the step',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, '#charts=1');
      await idle(page);
      const allHexes = await hexCount(page);
      await page.click('[data-testid="play"]');
      await page.waitForFunction(() => /step=month%3A2024-01|step=month:2024-01/.test(window.location.hash));
      await page.waitForFunction(() => /step=month(%3A|:)2024-03/.test(window.location.hash), undefined, {
        timeout: 30_000,
      });
      await page.click('[data-testid="pause"]');
      await idle(page);
      const held = await page.evaluate(() => window.location.hash);
      const label = (await page.textContent('[data-testid="playback-step"]')) ?? '';
      const stepHexes = await hexCount(page);
      await page.waitForTimeout(2500);
      const still = await page.evaluate(() => window.location.hash);
      console.log(`      paused at ${label}; hexes ${allHexes} → ${stepHexes}`);
      expectThat(held === still, `the step moved while paused: ${held} → ${still}`);
      expectThat(/of 24\)/.test(label), `step label: ${label}`);
      expectThat(stepHexes < allHexes, `one month shows as many hexes as 24: ${stepHexes}`);
      const monthText = (await page.textContent('.profile-period')) ?? '';
      expectThat(/(February|March|April) 2024/.test(monthText), `the profile does not follow the step: ${monthText}`);
      await page.screenshot({ path: screenshotPath('playback') });
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];
