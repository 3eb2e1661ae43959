import {
  BASE_URL,
  countHexPixels,
  countPixels,
  hoverForTooltip,
  offOriginRequests,
  openInteractiveApp,
  openWatchedPage,
  screenshotPath,
  waitForMap,
  waitForInteractive,
} from './harness';
import { browserTest, expectThat } from './runner';

export const mapTests = [
  browserTest('the demo map draws thousands of hex pixels, offline, without console errors', async (browser) => {
    const { page, requestedUrls, consoleErrors } = await openWatchedPage(browser);
    await page.goto(BASE_URL);
    await waitForMap(page);
    await page.waitForTimeout(500);
    const png = await page.screenshot({ path: screenshotPath('map') });
    const mapBox = await page.locator('[data-testid="map"]').boundingBox();
    expectThat(mapBox !== null && mapBox.width > 600, 'map area is not laid out');
    const hexPixels = await countHexPixels(page, png);
    expectThat(hexPixels > 5_000, `only ${hexPixels} hex-coloured pixels: the map looks blank`);
    const firstPaintMs = Number(await page.getAttribute('.app', 'data-first-paint-ms'));
    const previewHexes = Number(await page.getAttribute('.app', 'data-hex-count'));
    await waitForInteractive(page);
    const sqlHexes = Number(await page.getAttribute('.app', 'data-hex-count'));
    expectThat(
      previewHexes === sqlHexes,
      `precomputed first view (${previewHexes} hexes) and DuckDB (${sqlHexes}) disagree`,
    );
    console.log(`      first map paint ${firstPaintMs} ms, ${hexPixels} hex pixels, ${sqlHexes} hexes`);
    expectThat(
      offOriginRequests(requestedUrls).length === 0,
      `requests off localhost: ${offOriginRequests(requestedUrls).join(', ')}`,
    );
    expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    await page.context().close();
  }),

  browserTest(
    'opens at a view from the URL and outlines the GRIP hotspots in Leicester city centre',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, '#res=10&at=-1.1305,52.6362,15.3');
      await page.waitForTimeout(1500);
      const png = await page.screenshot({ path: screenshotPath('hotspots') });
      // GRIP hotspot outlines and id labels are near-black: count very dark pixels over the map (not the side panel).
      const dark = await countPixels(page, png, 'near-black', { x: 330, y: 50, width: 1400 - 340, height: 900 - 120 });
      expectThat(dark > 1_500, `only ${dark} near-black pixels: no GRIP hotspot outlines drawn?`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest(
    'the URL follows the map (at=, no history entry per pan) and the map follows the URL',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, '#res=9&at=-1.1305,52.6362,13');
      const atOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('at');
      const mapView = () => page.getAttribute('[data-testid="map"]', 'data-view');
      const hash = () => page.evaluate(() => window.location.hash);
      expectThat(atOf(await hash()) === '-1.1305,52.6362,13', `at= dropped at load: ${await hash()}`);
      const historyLength = await page.evaluate(() => window.history.length);

      // Pan west and zoom in with the keyboard (a mouse drag works too, but each step of it is a deck.gl pick, which
      // SwiftShader makes slow): the centre moves west, the zoom goes up.
      await page.focus('.maplibregl-canvas');
      // Each key starts an eased camera move that the next key would cut short: wait for the pan before zooming.
      const waitForAt = (wanted: string, minZoom: number) =>
        page
          .waitForFunction(
            (zoomAbove) => {
              const at = new URLSearchParams(window.location.hash.slice(1)).get('at') ?? '';
              const [lng, , zoom] = at.split(',').map(Number);
              return lng < -1.1305 && zoom > zoomAbove;
            },
            minZoom,
            { timeout: 10_000 },
          )
          .catch(async () => {
            throw new Error(`at= did not follow the ${wanted}: ${await hash()} (map at ${await mapView()})`);
          });
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await waitForAt('pan', 12.9);
      await page.keyboard.press('Equal');
      await waitForAt('pan and zoom', 13.5);
      const panned = atOf(await hash());
      expectThat(panned === (await mapView()), `at=${panned} is not where the map is (${await mapView()})`);
      expectThat(
        (await page.evaluate(() => window.history.length)) === historyLength,
        'panning added history entries: the hash should be replaced, not pushed',
      );
      expectThat((await hash()).includes('res=9'), `the rest of the view was lost: ${await hash()}`);

      // A pasted link (a new hash in the open tab) moves the map; Back moves it back.
      await page.evaluate(() => (window.location.hash = '#res=9&at=-1.2,52.7,11.5'));
      await page
        .waitForFunction(
          () => document.querySelector('[data-testid="map"]')?.getAttribute('data-view') === '-1.2,52.7,11.5',
        )
        .catch(async () => {
          throw new Error(`the map did not follow at= in the hash: map at ${await mapView()}`);
        });
      await page.waitForTimeout(600);
      expectThat(atOf(await hash()) === '-1.2,52.7,11.5', `the new at= was overwritten: ${await hash()}`);
      await page.goBack();
      await page
        .waitForFunction(
          (at) => document.querySelector('[data-testid="map"]')?.getAttribute('data-view') === at,
          panned,
        )
        .catch(async () => {
          throw new Error(`Back did not move the map to ${panned}: map at ${await mapView()}`);
        });
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest('legend, filters and tooltip respond', async (browser) => {
    const { page, consoleErrors } = await openInteractiveApp(browser);
    const legendRows = await page.locator('.legend li').count();
    expectThat(legendRows >= 3, `legend has ${legendRows} classes`);
    const allHexes = Number(await page.getAttribute('.app', 'data-hex-count'));
    await page.selectOption('select[name="resolution"]', '7');
    await page.waitForFunction(
      (before) => Number(document.querySelector('.app')?.getAttribute('data-hex-count')) < before,
      allHexes,
    );
    const coarseHexes = Number(await page.getAttribute('.app', 'data-hex-count'));
    expectThat(
      coarseHexes > 50 && coarseHexes < allHexes,
      `resolution 7 shows ${coarseHexes} hexes (res 9: ${allHexes})`,
    );
    expectThat(page.url().includes('res=7'), `URL does not keep the resolution: ${page.url()}`);
    await page.locator('.type-option', { hasText: 'Bicycle theft' }).locator('input').check();
    await page.waitForFunction(
      (before) => Number(document.querySelector('.app')?.getAttribute('data-hex-count')) < before,
      coarseHexes,
    );
    // The month inputs are wide enough for the longest month and year beside the picker button (issue 12: the year was
    // cut off, "January 20"), measured with the input's own font.
    const monthWidths = await page.$$eval('input[type="month"]', (inputs) =>
      inputs.map((input) => {
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = getComputedStyle(input).font;
        return { have: input.clientWidth, need: Math.ceil(context.measureText('September 2025').width) + 40 };
      }),
    );
    for (const { have, need } of monthWidths)
      expectThat(have >= need, `a month input is ${have} px wide, ${need} px are needed for "September 2025"`);
    // The type counts follow the month filter (issue 12: they showed all months whatever the filter said).
    const shopliftingCount = async () =>
      Number(
        (
          (await page.locator('.type-option', { hasText: 'Shoplifting' }).locator('.type-count').textContent()) ?? ''
        ).replace(/,/g, ''),
      );
    const allMonths = await shopliftingCount();
    await page.fill('input[name="fromMonth"]', '2025-12');
    await page.fill('input[name="toMonth"]', '2025-12');
    await page
      .waitForFunction(
        (before) => {
          const label = [...document.querySelectorAll('.type-option')].find((l) =>
            l.textContent?.includes('Shoplifting'),
          );
          const now = Number((label?.querySelector('.type-count')?.textContent ?? '').replace(/,/g, ''));
          return now > 0 && now < before / 10;
        },
        allMonths,
        { timeout: 15_000 },
      )
      .catch(async () => {
        throw new Error(`Shoplifting count did not follow the months: ${allMonths} → ${await shopliftingCount()}`);
      });
    await page.fill('input[name="fromMonth"]', '');
    await page.fill('input[name="toMonth"]', '');
    await page.waitForFunction((before) => {
      const label = [...document.querySelectorAll('.type-option')].find((l) => l.textContent?.includes('Shoplifting'));
      return Number((label?.querySelector('.type-count')?.textContent ?? '').replace(/,/g, '')) === before;
    }, allMonths);
    // Hover the map centre (Leicester at resolution 7 with all types) to get a tooltip.
    await page.locator('.type-option', { hasText: 'Bicycle theft' }).locator('input').uncheck();
    await page.waitForFunction(
      (n) => Number(document.querySelector('.app')?.getAttribute('data-hex-count')) === n,
      coarseHexes,
    );
    const hovered = await hoverForTooltip(page, '.tooltip-places li', [
      [0.5, 0.5],
      [0.45, 0.5],
      [0.5, 0.45],
      [0.55, 0.55],
      [0.4, 0.4],
    ]);
    const tooltip = hovered?.text ?? '';
    if (hovered)
      await page.screenshot({
        path: screenshotPath('tooltip'),
        clip: { x: hovered.x - 40, y: hovered.y - 40, width: 420, height: 300 },
      });
    expectThat(
      /crimes/.test(tooltip) && /H3 cell/.test(tooltip),
      `no tooltip with count and cell when hovering the map: '${tooltip}'`,
    );
    // The busiest places come from crime_details, joined to the hovered cell's crimes.
    expectThat(
      /Busiest places/.test(tooltip) && /On or near /.test(tooltip),
      `tooltip does not name the busiest places: '${tooltip}'`,
    );
    expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    await page.context().close();
  }),
];
