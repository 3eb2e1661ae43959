// Issue 18 in the browser, exports: the map PNG is a real picture, and hostile text from a loaded file or typed into a
// plan stays text everywhere (no dialog, no script, no event handler).
import { writeFileSync } from 'node:fs';
import { countPixels, screenshotPath, waitForInteractive } from './harness';
import { openApp, profileOf, startPlan, download, screenPoint, PAYLOADS } from './plans-harness';
import { browserTest, expectThat } from './runner';

export const planExportTests = [
  browserTest(
    'plans: the map PNG export decodes, is as wide as the map and taller by its title and attribution bands, and is not blank',
    async (browser) => {
      const { page, consoleErrors } = await openApp(browser, `#at=-1.14,52.64,12`);
      const png = await download(page, () => page.click('[data-export="map-png"]'));
      writeFileSync(screenshotPath('plans-map-export'), png);
      expectThat(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'not a PNG');
      expectThat(png.toString('latin1', 12, 16) === 'IHDR', 'no IHDR chunk first');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      const map = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
      console.log(`      PNG ${width} × ${height}; map canvas ${map.width} × ${map.height}`);
      expectThat(
        width === Math.round(map.width) && height >= Math.round(map.height) + 84,
        `PNG is ${width} × ${height}`,
      );
      const warm = await countPixels(page, png, 'warm');
      const title = await countPixels(page, png, 'near-black', { x: 0, y: 0, width, height: 58 });
      const light = await countPixels(page, png, 'light');
      console.log(`      hex pixels ${warm}, title pixels ${title}, light pixels ${light}`);
      expectThat(warm > 500 && title > 100 && light > 10_000, 'the PNG looks blank');
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors}`);
      await page.context().close();
    },
  ),
  browserTest(
    'plans: script and HTML payloads from a loaded file and typed into a plan show as text and never run',
    async (browser) => {
      const { page, consoleErrors, dialogs } = await openApp(browser, '');
      await page.evaluate(`(() => {
      window.__added = [];
      new MutationObserver((records) => { for (const r of records) {
        for (const node of r.addedNodes) if (node.nodeName === 'SCRIPT') window.__added.push('script');
        if (r.type === 'attributes' && /^on/i.test(r.attributeName)) window.__added.push(r.attributeName);
      } }).observe(document, { subtree: true, childList: true, attributes: true });
    })()`);
      const scriptsBefore = await page.locator('script').count();
      const square = [
        [-1.1335, 52.6365],
        [-1.1265, 52.6365],
        [-1.1265, 52.6395],
        [-1.1335, 52.6395],
        [-1.1335, 52.6365],
      ];
      const hotspots = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { hotspot_id: 'H01', name: PAYLOADS.svg },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
        ],
      };
      const header =
        'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
      const rows = Array.from({ length: 30 }, (_, i) =>
        [
          `x${i}`,
          '2024-06',
          'Leicestershire Police',
          'Leicestershire Police',
          (-1.132 + (i % 10) * 0.0004).toFixed(6),
          (52.637 + (i % 3) * 0.0005).toFixed(6),
          `"${[PAYLOADS.img, PAYLOADS.script, PAYLOADS.link][i % 3]}"`,
          'E01013664',
          'Leicester 020A',
          'Robbery',
          PAYLOADS.script,
          '',
        ].join(','),
      );
      await page.setInputFiles('input[name="files"]', [
        {
          name: 'hostile-hotspots.geojson',
          mimeType: 'application/geo+json',
          buffer: Buffer.from(JSON.stringify(hotspots)),
        },
        {
          name: '2024-06-leicestershire-street.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([header, ...rows].join('\n')),
        },
      ]);
      await page.waitForFunction(
        () =>
          /hostile-hotspots[\s\S]*leicestershire-street|leicestershire-street[\s\S]*hostile-hotspots/.test(
            document.querySelector('.load-report')?.textContent ?? '',
          ),
        undefined,
        { timeout: 60_000 },
      );
      await waitForInteractive(page);
      await page.evaluate(`window.location.hash = 'sel=H01&at=-1.13,52.638,16'`);
      await profileOf(page, /^H01 · <svg onload/);
      await page.waitForSelector('[data-testid="profile-places"]', { timeout: 30_000 });
      const point = await screenPoint(page, [-1.13, 52.638]);
      await page.mouse.move(point.x, point.y);
      await page.waitForSelector('.tooltip', { timeout: 10_000 }).catch(() => undefined);
      await page.screenshot({ path: screenshotPath('plans-payloads-profile') });
      const tooltip = await page.evaluate(`document.querySelector('.tooltip')?.textContent ?? ''`);
      await startPlan(page, {
        objective: PAYLOADS.script,
        what: PAYLOADS.img,
        partner: `=HYPERLINK("${PAYLOADS.link}")`,
      });
      await page.getByLabel('Owner (action 1)').fill(PAYLOADS.svg);
      await page.evaluate('window.print = () => { window.__printed = 1; }');
      await page.getByRole('button', { name: 'Print profile' }).click();
      await page.waitForSelector('[data-testid="print-view"][data-ready="true"]', {
        state: 'attached',
        timeout: 30_000,
      });
      const csv = (await download(page, () => page.click('[data-export="plan-actions"]'))).toString('utf8');
      await page.screenshot({ path: screenshotPath('plans-payloads-plan') });

      const seen = (selector: string) =>
        page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? '').join('\n'), selector);
      const places = await seen('[data-testid="profile-places"]');
      const heading = await seen('#profile-heading');
      const list = await seen('[data-testid="plans-list"]');
      const printed = await seen('[data-testid="print-view"]');
      const checks: [string, boolean][] = [
        ['hotspot name in the profile heading', heading.includes(PAYLOADS.svg)],
        ['hotspot name in the tooltip', (tooltip as string).includes(PAYLOADS.svg)],
        ['locations in the busiest places', places.includes(PAYLOADS.img) && places.includes(PAYLOADS.script)],
        ['plan objective in the list', list.includes(PAYLOADS.script)],
        [
          'name, objective, action and owner in the print view',
          [PAYLOADS.svg, PAYLOADS.script, PAYLOADS.img].every((p) => printed.includes(p)),
        ],
        ['formula neutralised in the actions CSV', csv.includes(`"'=HYPERLINK(""${PAYLOADS.link}"")"`)],
        ['payloads as text in the actions CSV', csv.includes(PAYLOADS.img) && csv.includes(PAYLOADS.svg)],
      ];
      for (const [what, ok] of checks) expectThat(ok, `not shown as text: ${what}`);
      const handlers = await page.evaluate(
        `[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.nodeName + ' ' + a.name))`,
      );
      const links = await page.locator('a[href^="javascript:" i], img[src="x"], svg[onload]').count();
      const added = (await page.evaluate('window.__added')) as string[];
      const scriptsAfter = await page.locator('script').count();
      console.log(
        `      dialogs ${dialogs.length}, scripts ${scriptsBefore} → ${scriptsAfter}, handlers ${JSON.stringify(handlers)}, added ${JSON.stringify(added)}`,
      );
      expectThat(dialogs.length === 0, `a dialog opened: ${dialogs}`);
      expectThat(scriptsAfter === scriptsBefore && added.length === 0, `scripts or handlers were added: ${added}`);
      expectThat(
        (handlers as string[]).length === 0 && links === 0,
        `event handlers or live payload elements: ${handlers}`,
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors}`);
      await page.context().close();
    },
  ),
];
