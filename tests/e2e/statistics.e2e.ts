import type { Page } from 'playwright-core';
import { countHexPixels, offOriginRequests, openInteractiveApp, screenshotPath } from './harness';
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

export const statisticsTests = [
  browserTest(
    'Gi* hot spots and emerging hot spots draw over the demo with legends that say what they mean',
    async (browser) => {
      const { page, requestedUrls, consoleErrors } = await openInteractiveApp(browser);

      await showMode(page, 'gi');
      const legend = (await page.textContent('.legend')) ?? '';
      expectThat(
        legend.includes(
          'Hot spot, 99% confidence: this hex and its neighbours hold more crime than spatial randomness would give.',
        ) && legend.includes('Compared within all of LLR'),
        `Gi* legend: ${legend}`,
      );
      const hot99 = Number(/Hot spot, 99% confidence: [^(]*\((\d[\d,]*)\)/.exec(legend)?.[1].replace(/,/g, '') ?? 0);
      expectThat(hot99 > 20, `only ${hot99} hexes at 99% on the demo (18 planted GRIP hotspots)`);
      const giPixels = await countHexPixels(page, await page.screenshot({ path: screenshotPath('gi-star') }));
      expectThat(giPixels > 2_000, `Gi* map looks blank: ${giPixels} warm pixels`);
      expectThat(
        ((await page.textContent('[data-testid="statistics-info"]')) ?? '').includes('hexes in all of LLR'),
        'no study-area note',
      );

      await page.check('input[name="harm"]');
      await page.waitForFunction(
        () =>
          document.querySelector('.app')?.getAttribute('data-busy') === 'false' &&
          window.location.hash.includes('harm=1'),
      );
      expectThat(
        ((await page.textContent('.legend')) ?? '').includes('hold more harm than spatial randomness'),
        'harm mode legend does not say harm',
      );
      await page.uncheck('input[name="harm"]');

      await showMode(page, 'emerging');
      const emerging = (await page.textContent('.legend')) ?? '';
      expectThat(
        /(New|Consecutive|Intensifying|Persistent|Sporadic|Oscillating) Hot Spot/.test(emerging),
        `emerging legend: ${emerging.slice(0, 300)}`,
      );
      await page.screenshot({ path: screenshotPath('emerging') });
      expectThat(
        offOriginRequests(requestedUrls).length === 0,
        `requests off localhost: ${offOriginRequests(requestedUrls).join(', ')}`,
      );
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];
