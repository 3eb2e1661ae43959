// Issue 18 in the browser: a plan made for H01 survives a reload and its placed action shows with its tier's symbol;
// the plans file goes out and back in byte for byte (a bad file changes nothing and names plan and field); the printed
// A4 profile holds the hotspot's name and an action; the map PNG is a real picture; and hostile text from a loaded
// file or typed into a plan stays text everywhere (no dialog, no script, no event handler).
import { writeFileSync } from 'node:fs';
import { strFromU8, unzlibSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, countPixels, openWatchedPage, screenshotPath, waitForInteractive } from './harness';
import { browserTest, expectThat } from './runner';

const H01_CENTRE: [number, number] = [-1.1297, 52.6381];
const H01_HASH = `#sel=H01&at=${H01_CENTRE[0]},${H01_CENTRE[1]},16`;
const ACTION = 'Brighter street lighting on the square';
const OBJECTIVE = 'Cut robbery at the bus station by a quarter by March';

async function openApp(browser: Browser, hash: string, viewport = { width: 1280, height: 800 }) {
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

const profileOf = (page: Page, heading: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#profile-heading')?.textContent ?? ''),
    heading.source,
    { timeout: 60_000 },
  );

/** Starts a plan for the selection and writes an objective and one action. */
async function startPlan(page: Page, text = { objective: OBJECTIVE, what: ACTION, partner: 'Leicester City Council' }) {
  await page.click('button.plan-start');
  await page.waitForSelector('[data-testid="plan-drawer"]');
  await page.getByLabel('SMART objective').fill(text.objective);
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('What (action 1)').fill(text.what);
  await page.getByLabel('Partner (action 1)').fill(text.partner);
}

/** The file a click downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const p = (await page.evaluate(
    `document.querySelector('[data-testid="map"]').maplibreMap.project(${JSON.stringify(lngLat)})`,
  )) as { x: number; y: number };
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Pixels within `tolerance` of an RGB colour in a square around a point of a screenshot. */
async function pixelsNear(page: Page, png: Buffer, at: { x: number; y: number }, rgb: number[], tolerance = 30) {
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
function pdfText(pdf: Buffer): string {
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

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const PAYLOADS = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  link: 'javascript:alert(1)',
  svg: '<svg onload=alert(1)>',
};

export const planTests = [
  browserTest(
    'plans: a plan made for H01 is still there after a reload; its placed action shows with its tier symbol',
    async (browser) => {
      const { page, consoleErrors, dialogs } = await openApp(browser, H01_HASH);
      await profileOf(page, /^H01 · /);
      await startPlan(page);
      await page.screenshot({ path: screenshotPath('plans-drawer-1280x800') });
      const drawer = (await page.locator('[data-testid="plan-drawer"]').boundingBox())!;
      expectThat(
        drawer.x + drawer.width <= 1280 && drawer.y + drawer.height <= 800,
        `drawer overflows: ${JSON.stringify(drawer)}`,
      );
      // Assessment: a measure over 2024 against 2025 counts the profile's crimes, split by year, with a rate ratio.
      await page.getByRole('button', { name: 'Add measure' }).click();
      const months = page.locator('.plan-measures input[type="month"]');
      for (const [i, month] of ['2024-01', '2024-12', '2025-01', '2025-12'].entries()) await months.nth(i).fill(month);
      await page.waitForFunction(() =>
        /rate ratio \d/.test(document.querySelector('[data-testid="measure-figures"]')?.textContent ?? ''),
      );
      const figures = (await page.textContent('[data-testid="measure-figures"]')) ?? '';
      const [before, after] = [...figures.matchAll(/(\d+) (?:before|after)/g)].map((m) => Number(m[1]));
      const crimes = Number((await page.textContent('[data-testid="profile-crimes"]'))!.replace(/,/g, ''));
      console.log(`      measure: ${figures}`);
      expectThat(before + after === crimes, `measure ${before} + ${after} against the profile's ${crimes}`);
      await page.getByRole('button', { name: 'Place action 1 on the map' }).click();
      await page.waitForSelector('[data-testid="plan-pick-banner"]');
      const point = await screenPoint(page, H01_CENTRE);
      // deck.gl hears the click once the map is idle; on a loaded machine the first click can land mid-frame.
      await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-busy') === 'false');
      for (
        let attempt = 0;
        attempt < 3 && (await page.locator('[data-testid="plan-pick-banner"]').count()) > 0;
        attempt++
      ) {
        await page.mouse.click(point.x, point.y);
        await page
          .waitForSelector('[data-testid="plan-pick-banner"]', { state: 'detached', timeout: 5_000 })
          .catch(() => undefined);
      }
      await page.waitForSelector('.plans-panel[data-placed-actions="1"]', { state: 'attached' });
      await page.getByRole('button', { name: 'Close the plan' }).click();
      await page.waitForTimeout(500); // two frames for deck.gl to draw the symbol (no state to wait on inside WebGL)
      const shot = await page.screenshot({ path: screenshotPath('plans-action-on-map') });
      const green = await pixelsNear(page, shot, point, [0, 158, 115]);
      console.log(`      primary-tier green pixels at the placed action: ${green}`);
      expectThat(green > 40, `no primary-tier symbol at the placed action (${green} px)`);

      await page.reload();
      await waitForInteractive(page);
      await page.waitForFunction(
        (objective) => document.querySelector('[data-testid="plans-list"]')?.textContent?.includes(objective),
        OBJECTIVE,
        { timeout: 30_000 },
      );
      const row = (await page.textContent('[data-testid="plans-list"]')) ?? '';
      expectThat(/H01 · Haymarket/.test(row) && row.includes('1 open'), `list after reload: ${row}`);
      await page.getByRole('button', { name: /^H01 · Haymarket/ }).click();
      await page.waitForSelector('[data-testid="plan-drawer"]');
      const what = await page.getByLabel('What (action 1)').inputValue();
      expectThat(what === ACTION, `action after reload: ${what}`);
      const place = (await page.textContent('.plan-action-place')) ?? '';
      expectThat(/52\.6\d+, -1\.1\d+/.test(place), `place after reload: ${place}`);
      expectThat(dialogs.length === 0 && consoleErrors.length === 0, `dialogs ${dialogs}, errors ${consoleErrors}`);
      await page.context().close();
    },
  ),

  browserTest(
    'plans: export → import → export gives the same bytes; a file that fails validation changes nothing',
    async (browser) => {
      const { page, consoleErrors } = await openApp(browser, H01_HASH);
      await profileOf(page, /^H01 · /);
      await startPlan(page);
      await page.getByRole('button', { name: 'Close the plan' }).click();
      const first = await download(page, () => page.getByRole('button', { name: 'Export all plans' }).click());
      await page.getByLabel('Replace all plans').check();
      const file = (buffer: Buffer) => ({ name: 'grip-plans.json', mimeType: 'application/json', buffer });
      await page.setInputFiles('input[name="plans-file"]', file(first));
      await page.waitForFunction(() =>
        /Imported/.test(document.querySelector('[data-testid="plan-import-result"]')?.textContent ?? ''),
      );
      const second = await download(page, () => page.getByRole('button', { name: 'Export all plans' }).click());
      expectThat(first.equals(second), 'the second export differs from the first');

      const broken = JSON.parse(first.toString('utf8'));
      broken.plans[0].response.actions[0].tier = 'quaternary';
      broken.plans[0].objective.smartObjective = 'changed by the bad file';
      await page.getByLabel('Merge').check();
      await page.setInputFiles('input[name="plans-file"]', file(Buffer.from(JSON.stringify(broken))));
      await page.waitForFunction(() =>
        /Nothing was imported/.test(document.querySelector('[data-testid="plan-import-result"]')?.textContent ?? ''),
      );
      const problems = (await page.textContent('[data-testid="plan-import-result"]')) ?? '';
      console.log(`      ${problems.slice(0, 200)}`);
      expectThat(
        problems.includes('field response.actions[0].tier') && problems.includes(broken.plans[0].id),
        problems,
      );
      const third = await download(page, () => page.getByRole('button', { name: 'Export all plans' }).click());
      expectThat(first.equals(third), 'a failed import changed the plans');
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors}`);
      await page.context().close();
    },
  ),

  browserTest('plans: the printed A4 profile (print to PDF) holds the hotspot name and an action', async (browser) => {
    const { page, consoleErrors } = await openApp(browser, H01_HASH);
    await profileOf(page, /^H01 · /);
    await page.waitForSelector('[data-testid="hour-chart"] svg');
    await startPlan(page);
    await page.evaluate('window.print = () => { window.__printed = (window.__printed || 0) + 1; }');
    await page.getByRole('button', { name: 'Print profile' }).click();
    await page.waitForSelector('[data-testid="print-view"][data-ready="true"]', { state: 'attached', timeout: 30_000 });
    await page.waitForFunction('window.__printed === 1');
    const charts = await page.locator('.print-charts svg').count();
    expectThat(charts === 3, `charts in the print view: ${charts}`);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('plans-print-view'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('test-results/plans-profile.pdf', pdf);
    const text = squash(pdfText(pdf));
    for (const needle of ['H01 · Haymarket bus station, Leicester', ACTION, 'Key figures', 'Leicester City Council'])
      expectThat(text.includes(squash(needle)), `the PDF's text lacks "${needle}" (${text.length} characters read)`);
    expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors}`);
    await page.context().close();
  }),

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
