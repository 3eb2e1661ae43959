import type { Page } from 'playwright-core';
import type * as maplibregl from 'maplibre-gl';
import { offOriginRequests, openInteractiveApp, screenshotPath } from './harness';
import { browserTest, expectThat } from './runner';
import { ROAD_LAYER_IDS } from '../../src/map/basemap-streets';
import { FIRST_LABEL_LAYER } from '../../src/map/basemap-labels';
import { OSM_ARCHIVE_PATH } from '../../src/map/basemap-style';

/** Resolves once MapLibre has drawn everything it has asked for (tiles, glyphs, symbol placement). */
async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: maplibregl.Map })
          .maplibreMap;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

const metresBetween = ([lng1, lat1]: number[], [lng2, lat2]: number[]) => {
  const rad = Math.PI / 180;
  const x = (lng2 - lng1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  return Math.hypot(x, (lat2 - lat1) * rad) * 6_371_000;
};
const atOf = async (page: Page) =>
  (new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1)).get('at') ?? '')
    .split(',')
    .map(Number);

export const basemapTests = [
  browserTest(
    'street basemap at Leicester city centre, zoom 15: roads and their names from the archive on our origin',
    async (browser) => {
      const { page, requestedUrls, consoleErrors } = await openInteractiveApp(browser, '#res=10&at=-1.1335,52.6355,15');
      const ranges: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes(OSM_ARCHIVE_PATH)) ranges.push(r.headers()['range'] ?? 'none');
      });
      await page.evaluate(() => (window.location.hash = '#res=10&at=-1.1335,52.6355,15.01'));
      await page.waitForTimeout(800);
      await mapIdle(page);
      await page.screenshot({ path: screenshotPath('street-basemap') });
      const found = await page.evaluate(
        ({ roadLayers, labels }) => {
          const map = (document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: maplibregl.Map })
            .maplibreMap;
          const order = map.getLayersOrder();
          return {
            roads: map.queryRenderedFeatures({ layers: roadLayers }).length,
            names: map.queryRenderedFeatures({ layers: [labels] }).map((f) => f.properties['name:latin']),
            // The layer just under the road names: deck.gl's crime layer group, slotted in by beforeId.
            underNames: order[order.indexOf(labels) - 1],
          };
        },
        { roadLayers: ROAD_LAYER_IDS, labels: FIRST_LABEL_LAYER },
      );
      console.log(`      ${found.roads} road features, ${found.names.length} road names, e.g. ${found.names[0]}`);
      expectThat(found.roads > 100, `only ${found.roads} road features rendered at the city centre`);
      expectThat(found.names.length >= 1, 'no road name label rendered');
      expectThat(/deck/.test(found.underNames ?? ''), `under the road names is ${found.underNames}, not the hexes`);
      const archive = requestedUrls.filter((u) => u.includes(OSM_ARCHIVE_PATH));
      expectThat(archive.length > 0, 'the tile archive was not fetched');
      expectThat(
        archive.every((u) => u.startsWith('http://127.0.0.1')),
        `archive off origin: ${archive.join(', ')}`,
      );
      expectThat(
        ranges.length === 0 || ranges.every((r) => r.startsWith('bytes=')),
        `archive read whole: ${ranges.join(', ')}`,
      );
      expectThat(offOriginRequests(requestedUrls).length === 0, `off origin: ${offOriginRequests(requestedUrls)}`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest(
    'place search: "Loughb" offers Loughborough, Enter goes there; a street name finds its street',
    async (browser) => {
      const { page, requestedUrls, consoleErrors } = await openInteractiveApp(browser, '#res=9');
      const box = page.getByRole('combobox', { name: 'Search places, streets and hotspots' });
      await box.focus();
      await box.pressSequentially('Loughb', { delay: 40 });
      const first = page.locator('[role="listbox"] [role="option"]').first();
      await first.waitFor({ timeout: 10_000 });
      expectThat(
        ((await first.textContent()) ?? '').startsWith('Loughborough'),
        `first match: ${await first.textContent()}`,
      );
      await page.keyboard.press('ArrowDown');
      expectThat(
        (await box.getAttribute('aria-activedescendant')) === (await first.getAttribute('id')),
        'ArrowDown did not highlight the first match',
      );
      const before = (await atOf(page)).join(',');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (was) => new URLSearchParams(window.location.hash.slice(1)).get('at') !== was,
        before,
        {
          timeout: 10_000,
        },
      );
      const at = await atOf(page);
      const fromLoughborough = metresBetween(at, [-1.2005, 52.7721]);
      expectThat(fromLoughborough < 2_000, `the map centre is ${Math.round(fromLoughborough)} m from Loughborough`);

      await box.fill('');
      await box.pressSequentially('Gallowtree', { delay: 40 });
      await page.locator('[role="option"]', { hasText: 'Gallowtree Gate' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => Number(new URLSearchParams(window.location.hash.slice(1)).get('at')?.split(',')[2]) > 15,
      );
      await page.waitForTimeout(600);
      await mapIdle(page);
      const street = await page.evaluate(() => {
        const map = (document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: maplibregl.Map })
          .maplibreMap;
        const { lng, lat } = map.getCenter();
        const pieces = map.querySourceFeatures('osm', {
          sourceLayer: 'transportation_name',
          filter: ['==', ['get', 'name:latin'], 'Gallowtree Gate'],
        });
        const points = pieces.flatMap((f) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : []));
        return { centre: [lng, lat], points };
      });
      const nearest = Math.min(...street.points.map((p) => metresBetween(p, street.centre)));
      expectThat(street.points.length > 0, 'Gallowtree Gate is not in the tiles around the map centre');
      expectThat(nearest < 150, `the map centre is ${Math.round(nearest)} m from Gallowtree Gate`);
      await page.screenshot({ path: screenshotPath('place-search') });
      expectThat(offOriginRequests(requestedUrls).length === 0, `off origin: ${offOriginRequests(requestedUrls)}`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest('points of interest: off by default, switched on they show and name a pub on hover', async (browser) => {
    const { page, consoleErrors } = await openInteractiveApp(browser, '#hotspots=0&at=-1.1335,52.6355,16');
    expectThat(!(await page.getByRole('checkbox', { name: /Points of interest/ }).isChecked()), 'on by default');
    await page.getByRole('checkbox', { name: /Points of interest/ }).check();
    await page.waitForFunction(() => window.location.hash.includes('poi=1'));
    await page.getByText(/shown; hover for names/).waitFor({ timeout: 10_000 });
    const target = await page.evaluate(async () => {
      const map = (document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: maplibregl.Map })
        .maplibreMap;
      const file = (await (await fetch('/basemap/points-of-interest.json')).json()) as {
        groups: string[];
        pois: [string, number, number, number, number][];
      };
      const pub = file.groups.indexOf('pub');
      const canvas = map.getCanvas().getBoundingClientRect();
      for (const [name, group, , lng, lat] of file.pois) {
        const { x, y } = map.project([lng, lat]);
        if (
          group === pub &&
          !name.startsWith('Unnamed') &&
          x > 80 &&
          y > 80 &&
          x < canvas.width - 80 &&
          y < canvas.height - 80
        )
          return { name, x: canvas.left + x, y: canvas.top + y };
      }
      return null;
    });
    expectThat(target !== null, 'no named pub in view at the city centre');
    await page.mouse.move(target!.x + 20, target!.y + 20);
    await page.mouse.move(target!.x, target!.y, { steps: 4 });
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    const text = (await tooltip.textContent()) ?? '';
    expectThat(text.includes(target!.name) && text.includes('Pubs'), `tooltip says "${text}", not ${target!.name}`);
    await page.screenshot({ path: screenshotPath('points-of-interest') });
    expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    await page.context().close();
  }),
];
