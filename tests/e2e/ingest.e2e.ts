import { closeSync, ftruncateSync, openSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hoverForTooltip, offOriginRequests, openInteractiveApp, screenshotPath, waitForInteractive } from './harness';
import { browserTest, expectThat } from './runner';
import { makePoliceUkFile } from '../../scripts/bench/make-police-uk-file';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../fixture';

const dataVersion = (page: Page) => page.getAttribute('.app', 'data-data-version').then(Number);

export const ingestTests = [
  browserTest(
    'a file over the size limit is refused by name and limit, without reading it or breaking the tab',
    async (browser) => {
      // A sparse 600 MB file: its size is real, its bytes are never written (or read, if the app does its job).
      const huge = path.join(tmpdir(), '2019-01-huge-street.csv');
      const handle = openSync(huge, 'w');
      ftruncateSync(handle, 600 * 1024 ** 2);
      closeSync(handle);
      const { page, consoleErrors } = await openInteractiveApp(browser);
      await page.setInputFiles('input[name="files"]', huge);
      await page.waitForSelector('.file-report.declined', { timeout: 30_000 });
      const message = (await page.textContent('.file-report.declined')) ?? '';
      expectThat(
        message.includes('2019-01-huge-street.csv is 600 MB, over the 512 MB a browser tab can load in one file'),
        `message: ${message}`,
      );
      expectThat(
        ((await page.textContent('.app-header')) ?? '').includes('demo data'),
        'the demo should still be shown',
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      unlinkSync(huge);
      await page.context().close();
    },
  ),

  browserTest('a file that is not crime data is declined by name, and the demo stays on the map', async (browser) => {
    const { page, consoleErrors } = await openInteractiveApp(browser);
    const demoRows = Number(await page.getAttribute('.app', 'data-rows'));
    const before = await dataVersion(page);
    await page.setInputFiles('input[name="files"]', fixturePath('bad/unknown-format.csv'));
    await page.waitForFunction(
      (v) => Number(document.querySelector('.app')?.getAttribute('data-data-version')) > v,
      before,
      { timeout: 60_000 },
    );
    const declined = (await page.textContent('.file-report.declined')) ?? '';
    expectThat(declined.includes('unknown-format.csv'), `declined message does not name the file: ${declined}`);
    expectThat(
      ((await page.textContent('.app-header')) ?? '').includes('demo data'),
      'the header should still say demo data',
    );
    expectThat(
      Number(await page.getAttribute('.app', 'data-rows')) === demoRows,
      `the demo's ${demoRows} rows should be back`,
    );
    expectThat(
      !((await page.textContent('.load-report')) ?? '').includes('Demo data removed'),
      'the report should not say the demo was removed',
    );
    expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    await page.context().close();
  }),

  browserTest(
    'a big file shows its progress inside the file, and Cancel keeps nothing of it and brings the demo back',
    async (browser) => {
      const big = path.join(tmpdir(), '2030-01-big-street.csv');
      await makePoliceUkFile(600_000, big); // ~120 MB, five chunks
      const { page, consoleErrors } = await openInteractiveApp(browser);
      const demoRows = Number(await page.getAttribute('.app', 'data-rows'));
      const before = await dataVersion(page);
      await page.setInputFiles('input[name="files"]', big);
      await page.waitForFunction(
        () => /[1-9][\d,]* rows parsed/.test(document.querySelector('.load-progress')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      const progress = (await page.textContent('.load-progress')) ?? '';
      expectThat(!/ 0\.0 of/.test(progress), `bytes read should move inside the file: ${progress}`);
      await page.click('.load-progress button');
      await page.waitForFunction(
        (v) => Number(document.querySelector('.app')?.getAttribute('data-data-version')) > v,
        before,
        { timeout: 60_000 },
      );
      const declined = (await page.textContent('.file-report.declined')) ?? '';
      expectThat(
        declined.includes('2030-01-big-street.csv: not loaded, the load was cancelled'),
        `report: ${declined}`,
      );
      expectThat(
        Number(await page.getAttribute('.app', 'data-rows')) === demoRows,
        'the demo should be back, with nothing of the cancelled file',
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      unlinkSync(big);
      await page.context().close();
    },
  ),

  browserTest(
    'loading police.uk files through the file input shows the report, survives a reload, and clears',
    async (browser) => {
      const realMonth = fixturePath(REAL_POLICE_UK_MONTH);
      const wrongColumns = fixturePath('bad/2024-05-wrong-columns-street.csv');
      const { page, requestedUrls, consoleErrors } = await openInteractiveApp(browser);
      const before = await dataVersion(page);
      await page.setInputFiles('input[name="files"]', [realMonth, wrongColumns]);
      await page.waitForFunction(
        (v) => Number(document.querySelector('.app')?.getAttribute('data-data-version')) > v,
        before,
        { timeout: 60_000 },
      );
      const report = (await page.textContent('.load-report')) ?? '';
      expectThat(
        report.includes('9,490 rows read · 9,490 stored · 9,078 mapped'),
        `real month counts missing from report: ${report.slice(0, 400)}`,
      );
      expectThat(
        report.includes('323 without coordinates') && report.includes('89 outside LLR'),
        'unmapped rows not reported',
      );
      expectThat(
        /Set aside: 2 rows\. The row has a different number of columns/.test(report) && report.includes('row 4'),
        `wrong-column rows not reported with row numbers: ${report}`,
      );
      expectThat(
        /Set aside: 1 row\. The Month column is not a month/.test(report) && report.includes('"June 2024"'),
        'unreadable month not reported',
      );
      expectThat(
        Number(await page.getAttribute('.app', 'data-rows')) === 9_490 + 9,
        'stored rows do not match the report',
      );
      expectThat(
        ((await page.textContent('.app-header')) ?? '').includes('your data'),
        'header does not say the map shows your data',
      );
      // Files are written to the browser's storage after the map shows them, and the report says when they are safe.
      await page.waitForSelector('.saved-state[data-saved="true"]', { timeout: 30_000 });
      await page.locator('.load-report').screenshot({ path: screenshotPath('load-report') });
      // The file's locations reach crime_details after the map, at idle (the browser's own Arrow path): the tooltip
      // names them.
      await page.waitForTimeout(1_000);
      const grid = [0.5, 0.45, 0.55, 0.4, 0.6].flatMap((fx) =>
        [0.5, 0.45, 0.55, 0.4, 0.6].map((fy): [number, number] => [fx, fy]),
      );
      const hovered = await hoverForTooltip(page, '.tooltip-places li', grid, 3_000);
      expectThat(
        /On or near /.test(hovered?.text ?? ''),
        `no busiest places in the tooltip after the details were appended: '${hovered?.text ?? 'no tooltip'}'`,
      );

      await page.reload();
      await waitForInteractive(page);
      await page
        .waitForFunction(() => Number(document.querySelector('.app')?.getAttribute('data-rows')) === 9_499, undefined, {
          timeout: 60_000,
        })
        .catch(async () => {
          throw new Error(
            `after reload: rows ${await page.getAttribute('.app', 'data-rows')}, status '${await page.textContent('.status')}', errors ${consoleErrors.join(' | ')}`,
          );
        });

      page.once('dialog', (dialog) => dialog.accept());
      const loaded = await dataVersion(page);
      await page.click('button.danger');
      await page.waitForFunction(
        (v) => Number(document.querySelector('.app')?.getAttribute('data-data-version')) > v,
        loaded,
        { timeout: 60_000 },
      );
      expectThat(
        ((await page.textContent('.app-header')) ?? '').includes('demo data'),
        'after Clear all data the demo is not back',
      );
      await page.reload();
      await waitForInteractive(page);
      expectThat(
        ((await page.textContent('.app-header')) ?? '').includes('demo data'),
        'cleared data came back after a reload',
      );
      expectThat(
        offOriginRequests(requestedUrls).length === 0,
        `requests off localhost: ${offOriginRequests(requestedUrls).join(', ')}`,
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];

/** Two GRIP hotspots (a street segment and a small area) in Leicester city centre, as an analyst would draw them. */
const PICKED_GRIP_HOTSPOTS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { hotspot_id: 'H91', name: 'Haymarket' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-1.1312, 52.6378],
          [-1.1285, 52.6385],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { hotspot_id: 'H92', name: 'Clock Tower' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.133, 52.636],
            [-1.132, 52.636],
            [-1.132, 52.637],
            [-1.133, 52.637],
            [-1.133, 52.636],
          ],
        ],
      },
    },
  ],
};

export const mappingTests = [
  browserTest(
    'an RMS export with its own header names loads, and an offence the classification does not know is given a category on screen',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser);
      await page.setInputFiles('input[name="files"]', [
        fixturePath('good/niche-export.csv'),
        fixturePath('good/force-export-ho-offences.csv'),
      ]);
      await page.waitForSelector('.column-mapping select[aria-label="Category for Parking on the verge"]', {
        state: 'attached',
        timeout: 60_000,
      });
      const report = (await page.textContent('.load-report')) ?? '';
      expectThat(/niche-export\.csv12 rows read · 12 stored · 12 mapped/.test(report), `RMS export: ${report}`);
      expectThat(
        report.includes(
          "3 rows have offences this app could not classify: 'Parking on the verge' (2), 'Fly-posting' (1)",
        ),
        `unclassified offences not named: ${report}`,
      );
      expectThat(report.includes("'Public fear, alarm or distress' → Public order (3)"), 'offence and category');
      const offences = page.locator('.file-report', { hasText: 'force-export-ho-offences.csv' });
      await offences.locator('.column-mapping summary').click();
      await offences.locator('select[aria-label="Category for Parking on the verge"]').selectOption('Other crime');
      await offences.locator('text=Load again with these choices').click();
      await page.waitForFunction(
        () =>
          /could not classify: 'Fly-posting' \(1\)\./.test(document.querySelector('.load-report')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      const stored = await page.evaluate(() => localStorage.getItem('grip.columnMappings.v1') ?? '');
      expectThat(stored.includes('"Parking on the verge":"Other crime"'), `the choice was not remembered: ${stored}`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
  browserTest(
    'a force export with unguessable columns asks for them, and loads once they are chosen; GeoJSON can be picked',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser);
      await page.setInputFiles('input[name="files"]', fixturePath('good/force-export-odd-names.csv'));
      await page.waitForSelector('.file-report.declined .column-mapping', { timeout: 60_000 });
      const declined = (await page.textContent('.file-report.declined')) ?? '';
      expectThat(
        declined.includes('needs a date/time column') && declined.includes('an offence or category column'),
        `message: ${declined}`,
      );
      await page.click('.column-mapping summary');
      await page.selectOption('select[aria-label="Date/time (from)"]', 'When');
      await page.selectOption('select[aria-label="Offence / category"]', 'What Happened');
      await page.selectOption('select[aria-label="Crime id"]', 'Ref No');
      await page.click('text=Load again with these choices');
      await page.waitForFunction(
        () =>
          document.querySelector('.load-report .counts')?.textContent?.includes('2 rows read · 2 stored · 2 mapped'),
        undefined,
        { timeout: 60_000 },
      );
      const stored = await page.evaluate(() => localStorage.getItem('grip.columnMappings.v1') ?? '');
      expectThat(stored.includes('What Happened'), 'the chosen mapping was not remembered');

      // The picker offers every format the app loads, GeoJSON included (a file dialog hides what `accept` leaves out).
      const accept = (await page.getAttribute('input[name="files"]', 'accept')) ?? '';
      const offered = accept.split(',');
      for (const extension of ['.csv', '.zip', '.geojson', '.json'])
        expectThat(offered.includes(extension), `the file picker does not offer ${extension}: accept="${accept}"`);
      const gripHotspots = path.join(tmpdir(), 'picked-grip-hotspots.geojson');
      writeFileSync(gripHotspots, JSON.stringify(PICKED_GRIP_HOTSPOTS));
      try {
        await page.setInputFiles('input[name="files"]', gripHotspots);
        await page.waitForFunction(
          () =>
            /picked-grip-hotspots\.geojson[\s\S]*Hotspot areas/.test(
              document.querySelector('.load-report')?.textContent ?? '',
            ),
          undefined,
          { timeout: 60_000 },
        );
      } finally {
        unlinkSync(gripHotspots);
      }
      const picked = (await page.textContent('.load-report')) ?? '';
      expectThat(
        picked.includes('2 rows read · 2 stored'),
        `GeoJSON picked through the input: ${picked.slice(0, 300)}`,
      );

      page.once('dialog', (dialog) => dialog.accept());
      await page.click('button.danger');
      await page.waitForFunction(
        () => document.querySelector('.app-header')?.textContent?.includes('demo data'),
        undefined,
        { timeout: 60_000 },
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];
