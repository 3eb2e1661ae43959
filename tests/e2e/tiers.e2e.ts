// Issue 13: the tier overlays, each toggled from the one legend ("Tiers on the map"), each drawing its own marks.
import type { Page } from 'playwright-core';
import { offOriginRequests, openInteractiveApp, screenshotPath } from './harness';
import { browserTest, expectThat } from './runner';

type Rgb = [number, number, number];

// The colours the layers draw (src/map/tier-symbols.ts): Okabe–Ito blue, reddish purple, bluish green, yellow,
// vermillion.
const TIER_COLOURS: Record<string, Rgb> = {
  'tier-2': [0, 114, 178],
  'tier-3': [204, 121, 167],
  'tier-primary': [0, 158, 115],
  'tier-secondary': [240, 228, 66],
  'tier-tertiary': [213, 94, 0],
};

/** Pixels of the map within ±`tolerance` of a colour on every channel, decoded by the browser itself. */
async function countColour(page: Page, colour: Rgb, tolerance = 14): Promise<number> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ base64, colour, tolerance }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if ([0, 1, 2].every((c) => Math.abs(data[i + c] - colour[c]) <= tolerance)) n++;
      return n;
    },
    { base64: png.toString('base64'), colour, tolerance },
  );
}

/** The text beside a tier's checkbox (its label), e.g. "Tier 2 · watch list: 14 hot cells outside the set". */
const tierText = (page: Page, name: string) =>
  page.locator(`[data-testid="tier-overlays"] label:has(input[name="${name}"])`).innerText();

/** Ticks a tier and waits until its label shows a count (not "computing…"), then two frames for deck.gl to draw. */
async function showTier(page: Page, name: string): Promise<{ text: string; count: number }> {
  await page.check(`input[name="${name}"]`);
  await page.waitForFunction(
    (n) => {
      const label = document.querySelector(`[data-testid="tier-overlays"] label:has(input[name="${n}"])`);
      return /: (\d[\d,]*) /.test(label?.textContent ?? '') || /could not be computed/.test(label?.textContent ?? '');
    },
    name,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(800);
  const text = await tierText(page, name);
  return { text, count: Number(/: (\d[\d,]*) /.exec(text)?.[1].replace(/,/g, '') ?? -1) };
}

export const tierTests = [
  browserTest(
    'tier overlays: each tier toggles its own marks (watch list, emerging, three prevention tiers) from one legend',
    async (browser) => {
      const { page, requestedUrls, consoleErrors } = await openInteractiveApp(browser, '#res=9&at=-1.14,52.635,12.3');
      try {
        const legend = page.locator('[data-testid="tier-overlays"]');
        await legend.waitFor();
        expectThat(
          ((await legend.locator('legend').first().textContent()) ?? '') === 'Tiers on the map',
          'no "Tiers on the map" fieldset',
        );
        const measured: string[] = [];
        for (const [name, colour] of Object.entries(TIER_COLOURS)) {
          const before = await countColour(page, colour);
          const { text, count } = await showTier(page, name);
          expectThat(!/could not be computed/.test(text), `${name}: ${text}`);
          expectThat(count > 0, `${name} counts nothing: ${text}`);
          await page.screenshot({ path: screenshotPath(`tier-${name.replace('tier-', '')}`) });
          const after = await countColour(page, colour);
          measured.push(`${name}: ${count} (${before} → ${after} px)`);
          // A 20 px symbol leaves ~150 px of its colour; a 2.5 px outline round a hex cluster, hundreds.
          expectThat(after - before > 150, `${name} drew ${after - before} new pixels of its colour: ${text}`);
          await page.uncheck(`input[name="${name}"]`);
          await page.waitForTimeout(600);
          const off = await countColour(page, colour);
          expectThat(off - before < 60, `${name} still drawn after unticking: ${before} → ${off} px`);
        }
        console.log(`      ${measured.join('; ')}`);

        // The prevention filters: one kind only, then a start date; the count follows and the link keeps it.
        const all = await showTier(page, 'tier-tertiary');
        await page.check('input[name="intervention-kind"][value="Hotspot problem-solving"]');
        await page.waitForFunction(
          (n) => {
            const label = document.querySelector(
              '[data-testid="tier-overlays"] label:has(input[name="tier-tertiary"])',
            );
            const m = /: (\d+) intervention/.exec(label?.textContent ?? '');
            return m !== null && Number(m[1]) < n;
          },
          all.count,
          { timeout: 30_000 },
        );
        const oneKind = await tierText(page, 'tier-tertiary');
        expectThat(
          /: 18 interventions/.test(oneKind),
          `hotspot problem-solving at the 18 planted hotspots: ${oneKind}`,
        );
        await page.fill('input[name="interventions-from"]', '2099-01-01');
        await page.waitForFunction(() =>
          /: 0 interventions/.test(
            document.querySelector('[data-testid="tier-overlays"] label:has(input[name="tier-tertiary"])')
              ?.textContent ?? '',
          ),
        );
        const hash = await page.evaluate(() => window.location.hash);
        expectThat(
          hash.includes('tiers=tertiary') &&
            hash.includes('kinds=Hotspot+problem-solving') &&
            hash.includes('since=2099-01-01'),
          `the link does not keep the tier filters: ${hash}`,
        );
        expectThat(
          offOriginRequests(requestedUrls).length === 0,
          `requests off localhost: ${offOriginRequests(requestedUrls).join(', ')}`,
        );
        expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      } finally {
        await page.context().close();
      }
    },
  ),
  browserTest('tier overlays: a link with tiers= opens with them drawn', async (browser) => {
    const { page, consoleErrors } = await openInteractiveApp(browser, '#res=9&tiers=2,primary&at=-1.14,52.635,12.3');
    try {
      for (const name of ['tier-2', 'tier-primary'])
        expectThat(await page.isChecked(`input[name="${name}"]`), `${name} is not ticked from the link`);
      await page.waitForFunction(
        () => !/computing/.test(document.querySelector('[data-testid="tier-overlays"]')?.textContent ?? 'computing'),
        undefined,
        { timeout: 120_000 },
      );
      await page.waitForTimeout(800);
      const blue = await countColour(page, TIER_COLOURS['tier-2']);
      const green = await countColour(page, TIER_COLOURS['tier-primary']);
      expectThat(blue > 150 && green > 150, `watch list ${blue} px, primary symbols ${green} px`);
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    } finally {
      await page.context().close();
    }
  }),
];
