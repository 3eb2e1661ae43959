import type { Page } from 'playwright-core';
import { countPixels, openInteractiveApp, screenshotPath } from './harness';
import { browserTest, expectThat } from './runner';

const CITY_CENTRE = 'res=10&at=-1.1335,52.6355,14';

/** Hot-coloured and undrawn (basemap-light) pixels in the middle of the map, once the statistic is drawn. */
async function centrePixels(page: Page, name: string): Promise<{ hot: number; light: number }> {
  await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-busy') === 'false');
  await page.waitForTimeout(1500);
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const clip = {
    x: box.x + box.width * 0.3,
    y: box.y + box.height * 0.3,
    width: box.width * 0.4,
    height: box.height * 0.4,
  };
  const png = await page.screenshot({ path: screenshotPath(name) });
  return { hot: await countPixels(page, png, 'warm', clip), light: await countPixels(page, png, 'light', clip) };
}

export const studyAreaTests = [
  browserTest(
    'Gi* over Leicester city at resolution 10 ranks the centre: hot and not-significant hexes side by side',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, `#view=gi&${CITY_CENTRE}`);
      const llr = await centrePixels(page, 'gi-llr-city-centre');
      expectThat(
        /in all of LLR/.test((await page.textContent('[data-testid="statistics-info"]')) ?? ''),
        'the info line does not say all of LLR',
      );
      await page.selectOption('select[name="studyArea"]', 'city');
      await page.waitForFunction(() => window.location.hash.includes('area=city'));
      await page.waitForFunction(() =>
        /in Leicester city/.test(document.querySelector('[data-testid="statistics-info"]')?.textContent ?? ''),
      );
      const city = await centrePixels(page, 'gi-study-area-city');
      console.log(`      centre pixels, LLR: ${JSON.stringify(llr)}; city: ${JSON.stringify(city)}`);
      expectThat(city.hot > 2_000, `few hot pixels in the centre over the city: ${JSON.stringify(city)}`);
      expectThat(city.light > 2_000, `no undrawn (not significant) hexes in the centre: ${JSON.stringify(city)}`);
      expectThat(
        city.light > llr.light * 1.5,
        `the city study area is not more selective: ${JSON.stringify({ llr, city })}`,
      );
      const legend = (await page.textContent('.legend')) ?? '';
      expectThat(/Compared within Leicester city \([\d,]+ hexes\)/.test(legend), `legend: ${legend.slice(0, 200)}`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),

  browserTest(
    "clusters and outliers (local Moran's I) draw with their legend and say what a hex is",
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, `#area=city&${CITY_CENTRE}`);
      await page.check('input[name="mode"][value="clusters"]');
      await page.waitForFunction(() => window.location.hash.includes('view=clusters'));
      await page.waitForSelector('.legend h2:has-text("Clusters and outliers")');
      await page.waitForFunction(() =>
        /999 permutations/.test(document.querySelector('[data-testid="statistics-info"]')?.textContent ?? ''),
      );
      const legend = (await page.textContent('.legend')) ?? '';
      const highHigh = Number(/High-High cluster:[^(]*\(([\d,]+)\)/.exec(legend)?.[1]?.replace(/,/g, '') ?? 0);
      expectThat(highHigh > 10, `High-High cells: ${highHigh} (${legend.slice(0, 300)})`);
      for (const name of ['High-Low outlier', 'Low-High outlier', 'Low-Low cluster'])
        expectThat(legend.includes(name), `legend lacks ${name}`);
      const { hot } = await centrePixels(page, 'clusters-city');
      expectThat(hot > 2_000, `few High-High pixels in the centre: ${hot}`);
      await page.focus('.maplibregl-canvas');
      await page.keyboard.press('n');
      const tooltip = (await page.locator('.tooltip').textContent({ timeout: 10_000 })) ?? '';
      expectThat(
        /High-High cluster|outlier|Low-Low/.test(tooltip) && /local Moran's I = /.test(tooltip),
        `tooltip: ${tooltip}`,
      );
      expectThat(/p < 0\.001|p = 0\.0\d/.test(tooltip), `tooltip p-value: ${tooltip}`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];
