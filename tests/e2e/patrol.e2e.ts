// Issue 17 in the browser: plan a schedule in the patrol panel (fixed seed) and export it, byte-identical to the
// pure planner in Node; the demo's patrol dosage per hotspot equal to the same pure functions over its pings in Node,
// and the dosage circles drawn on the map; the evaluation of the demo's own schedule finding its planted effect.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cellsPolygon } from '../../src/analysis/hotspot-proposal';
import { cellsOfShape } from '../../src/analysis/hotspot-set/shapes';
import { patrolDosage } from '../../src/analysis/patrol/dosage';
import { parseNaiveTimestamp } from '../../src/analysis/patrol/naive-time';
import { planSchedule } from '../../src/analysis/patrol/schedule';
import { formatScheduleCsv } from '../../src/analysis/patrol/schedule-csv';
import { parseHandWindow } from '../../src/analysis/patrol/schedule-window';
import { detectVisits, dosageHotspot } from '../../src/analysis/patrol/visits';
import { offOriginRequests, openInteractiveApp, screenshotPath } from './harness';
import { seriousViolations } from './axe';
import { browserTest, expectThat } from './runner';

const demo = (file: string) => path.resolve('data/demo', file); // the tests run from the repository root

/** The demo's hotspots as the app's set holds them: each street segment as its resolution-10 cells. */
function demoHotspots() {
  const features = JSON.parse(readFileSync(demo('hotspots.geojson'), 'utf8')).features;
  return features.map((f: { properties: { hotspot_id: string }; geometry: never }) => {
    const { cells, centreLngLat } = cellsOfShape(f.geometry);
    return { id: f.properties.hotspot_id, area: cellsPolygon(cells), centreLngLat };
  }) as { id: string; area: ReturnType<typeof cellsPolygon>; centreLngLat: [number, number] }[];
}

/** Dosage of one hotspot over the demo's pings, by the pure functions the engine runs (analysis/patrol). */
function demoDosageOf(hotspotId: string) {
  const hotspots = demoHotspots().map((h) => dosageHotspot(h.id, h.area));
  const [, ...lines] = readFileSync(demo('patrol_pings.csv'), 'utf8').trim().split('\n');
  const pings = lines.map((line) => {
    const [unitId, at, lat, lng] = line.split(',');
    return { unitId, atMs: parseNaiveTimestamp(at)!, lngLat: [Number(lng), Number(lat)] as [number, number] };
  });
  // The engine's order: fixes of a unit at the same second by position (PATROL_PINGS_FOR_DOSAGE_SQL).
  pings.sort((a, b) => a.atMs - b.atMs || a.lngLat[0] - b.lngLat[0] || a.lngLat[1] - b.lngLat[1]);
  return patrolDosage(detectVisits(pings, hotspots)).hotspots[hotspotId];
}

const PLAN = { fromIso: '2025-03-03', toIso: '2025-03-30', seed: 4242, share: '0.33', window: 'Wed-Sat 15-22' };

/** Pixels of the dosage circles' blues: blue well above red, in a screenshot of the map. */
async function bluePixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    `(async () => {
      const blob = await (await fetch('data:image/png;base64,${png.toString('base64')}')).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2] > 90 && data[i + 2] - data[i] > 70) n++;
      return n;
    })()`,
  ) as Promise<number>;
}

async function openPart(page: Page, testId: string): Promise<void> {
  await page.click(`[data-testid="${testId}"] > summary`);
}

function checkClean(watched: { requestedUrls: string[]; consoleErrors: string[] }): void {
  const off = offOriginRequests(watched.requestedUrls);
  expectThat(off.length === 0, `requests off localhost: ${off.join(', ')}`);
  expectThat(watched.consoleErrors.length === 0, `console errors: ${watched.consoleErrors.join(' | ')}`);
}

/** Every hotspot on the briefing's patrol day has its street map, drawn with roads and at least one street name. */
async function checkBriefingMaps(page: Page, what: string): Promise<void> {
  const onPatrol = await page.locator('.briefing-list > li').count();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="briefing-street-map"]').length === n,
    onPatrol,
    { timeout: 30_000 },
  );
  const maps = await page.$$eval('[data-testid="briefing-street-map"]', (svgs) =>
    svgs.map((svg) => ({
      label: svg.getAttribute('aria-label') ?? '',
      roads: svg.querySelectorAll('g path').length,
      names: [...svg.querySelectorAll('textPath')].map((t) => t.textContent ?? ''),
    })),
  );
  console.log(`      ${what}: ${maps.length} street maps; ${maps[0].label}: ${maps[0].names.slice(0, 3).join(', ')}`);
  expectThat(onPatrol === 6, `${what}: ${onPatrol} hotspots on the briefing's day, not 6`);
  for (const m of maps) expectThat(m.roads > 20 && m.names.length > 0, `${what}: ${m.label} drew ${JSON.stringify(m)}`);
}

export const patrolTests = [
  browserTest(
    'patrol plan: a seeded schedule, its calendar and an exported CSV equal to the planner in Node',
    async (browser) => {
      const watched = await openInteractiveApp(browser);
      const { page } = watched;
      await openPart(page, 'patrol-plan');
      await page.fill('input[name="plan-fromIso"]', PLAN.fromIso);
      await page.fill('input[name="plan-toIso"]', PLAN.toIso);
      await page.fill('input[name="plan-seed"]', String(PLAN.seed));
      await page.selectOption('select[name="plan-share"]', PLAN.share);
      await page.check('input[name="plan-method"] >> nth=0');
      await page.check('input[name="plan-window"] >> nth=1');
      await page.fill('input[name="plan-handWindow"]', PLAN.window);
      await page.waitForSelector('[data-testid="patrol-calendar"] td[data-arm="patrol"]');
      const patrolCells = await page.locator('[data-testid="patrol-calendar"] td[data-arm="patrol"]').count();
      const controlCells = await page.locator('[data-testid="patrol-calendar"] td[data-arm="control"]').count();
      console.log(`      calendar: ${patrolCells} patrol and ${controlCells} control cells in the first two weeks`);
      // Blocked, 1 in 3 of 18: 6 hotspots on patrol every day.
      expectThat(patrolCells === 14 * 6 && controlCells === 14 * 12, `${patrolCells} patrol, ${controlCells} control`);
      await page.waitForFunction(() =>
        /To detect/.test(document.querySelector('[data-testid="patrol-sample-size"]')?.textContent ?? ''),
      );
      const sample = (await page.textContent('[data-testid="patrol-sample-size"]')) ?? '';
      expectThat(
        /To detect 20% fewer crimes .* patrol and \d+ control place-days/.test(sample),
        `sample size: ${sample}`,
      );

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export CSV')]);
      const bytes = readFileSync((await download.path())!, 'utf8');
      const hotspotIds = demoHotspots().map((h) => h.id);
      const drawn = planSchedule({
        hotspotIds,
        fromIso: PLAN.fromIso,
        toIso: PLAN.toIso,
        seed: PLAN.seed,
        share: Number(PLAN.share),
        method: 'blocked',
        windows: parseHandWindow(PLAN.window) as never,
        dwellMinutes: 15,
        visitsPerDay: 1,
        dailyCapMinutes: null,
        dayStartMinutes: 360,
      });
      if ('problem' in drawn) throw new Error(drawn.problem.sentence);
      const expected = formatScheduleCsv(drawn.schedule);
      console.log(`      ${download.suggestedFilename()}: ${bytes.length} bytes, Node ${expected.length}`);
      expectThat(bytes === expected, 'the exported CSV differs from formatScheduleCsv of the same options');
      expectThat(
        download.suggestedFilename().includes(`seed-${PLAN.seed}`),
        `file name: ${download.suggestedFilename()}`,
      );
      await checkBriefingMaps(page, 'the plan');
      await page.locator('.patrol-panel').screenshot({ path: screenshotPath('patrol-plan-panel') });
      await page.locator('[data-testid="briefing-sheet"]').screenshot({ path: screenshotPath('patrol-briefing') });
      await page.evaluate("document.documentElement.dataset.printing = 'briefing'"); // as its Print button does
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: screenshotPath('patrol-briefing-print') });
      await page.emulateMedia({ media: 'screen' });
      // The exported file imported back gets its own briefing, with the same maps.
      await page.evaluate('delete document.documentElement.dataset.printing');
      await page.setInputFiles('.patrol-file input[type="file"]', {
        name: download.suggestedFilename(),
        mimeType: 'text/csv',
        buffer: Buffer.from(bytes),
      });
      await page.waitForSelector('[data-testid="patrol-import"]');
      const provenance = (await page.textContent('[data-testid="briefing-sheet"] .hint')) ?? '';
      expectThat(provenance.includes(`From ${download.suggestedFilename()}`), `imported briefing says: ${provenance}`);
      await checkBriefingMaps(page, 'the imported schedule');
      checkClean(watched);
      await page.context().close();
    },
  ),

  browserTest(
    'patrol dosage: the demo’s visits and minutes per hotspot as in Node, and the dosage layer drawn',
    async (browser) => {
      const expected = demoDosageOf('H04');
      const centre = demoHotspots().find((h) => h.id === 'H04')!.centreLngLat;
      const watched = await openInteractiveApp(browser, `#at=${centre[0]},${centre[1]},14`, { bypassCSP: true }); // for axe
      const { page } = watched;
      await openPart(page, 'patrol-dosage');
      const visits = String(expected.visits);
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="dosage-visits-H04"]')?.textContent === n,
        visits,
        { timeout: 60_000 },
      );
      const minutes = await page.textContent('[data-testid="dosage-patrol-minutes-H04"]');
      console.log(
        `      H04: ${visits} visits, ${minutes} patrol-minutes in the panel; Node ${expected.patrolMinutes.toFixed(1)}`,
      );
      expectThat(
        minutes === expected.patrolMinutes.toFixed(1),
        `patrol-minutes ${minutes}, Node ${expected.patrolMinutes}`,
      );
      await page.waitForSelector('[data-testid="dosage-delivery"]');
      const map = page.locator('[data-testid="map"]');
      const before = await bluePixels(page, await map.screenshot());
      await page.click('text=Show dosage on the map');
      await page.waitForSelector('[data-testid="dosage-legend"]');
      await page.waitForTimeout(500); // deck.gl draws on the next frames; nothing to wait on in the DOM
      const shot = await map.screenshot({ path: screenshotPath('patrol-dosage-map') });
      const after = await bluePixels(page, shot);
      console.log(`      dosage layer: ${before} → ${after} blue pixels`);
      expectThat(after - before > 500, `the dosage layer drew ${after - before} blue pixels`);
      await page.locator('.patrol-panel').screenshot({ path: screenshotPath('patrol-dosage-panel') });
      const axe = await seriousViolations(page, 'patrol dosage');
      expectThat(axe.length === 0, axe.join('\n'));
      checkClean(watched);
      await page.context().close();
    },
  ),

  browserTest(
    'patrol evaluation: the demo’s own schedule shows its planted effect (interval below 1) and the method',
    async (browser) => {
      const watched = await openInteractiveApp(browser, '', { bypassCSP: true }); // for axe
      const { page } = watched;
      await openPart(page, 'patrol-results');
      await page.waitForSelector('[data-testid="evaluation-overall-ratio"]', { timeout: 60_000 });
      const ratio = Number(await page.textContent('[data-testid="evaluation-overall-ratio"]'));
      const [low, high] = ((await page.textContent('[data-testid="evaluation-overall-ci"]')) ?? '')
        .split('–')
        .map(Number);
      console.log(`      all hotspots: rate ratio ${ratio} (95% CI ${low}–${high})`);
      expectThat(ratio > 0.9 && ratio < 0.97, `rate ratio ${ratio}`);
      expectThat(low < ratio && high < 1, `interval ${low}–${high} does not lie below 1`);
      const method = (await page.textContent('[data-testid="evaluation-method"]')) ?? '';
      expectThat(
        /exact, from the conditional Poisson test \(Przyborowski & Wileński 1940/.test(method),
        `method: ${method}`,
      );
      expectThat((await page.locator('.patrol-caveats li').count()) >= 6, 'fewer than six caveats');
      await page.locator('.patrol-panel').screenshot({ path: screenshotPath('patrol-evaluation-panel') });
      const axe = await seriousViolations(page, 'patrol evaluation');
      expectThat(axe.length === 0, axe.join('\n'));
      checkClean(watched);
      await page.context().close();
    },
  ),
];
