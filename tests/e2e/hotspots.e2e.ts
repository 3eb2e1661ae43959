// Issue 13: the 18 GRIP hotspots — propose, use, edit a cell, save versions, compare them, hover a hotspot's name.
import type { Page } from 'playwright-core';
import { countPixels, openInteractiveApp, screenshotPath } from './harness';
import { browserTest, expectThat } from './runner';

const hotspotRows = (page: Page) => page.locator('.hotspot-list > li').count();

export const hotspotTests = [
  browserTest(
    'the GRIP hotspot set: propose 18 with the coverage curve, use them, edit a cell, save and compare versions',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser);
      let stage = 'the demo set';
      try {
        await page.waitForFunction(() =>
          /Demo set \(synthetic\)/.test(document.querySelector('[data-testid="set-name"]')?.textContent ?? ''),
        );
        expectThat((await hotspotRows(page)) === 18, `the demo set lists ${await hotspotRows(page)} hotspots`);

        // Save the demo set as a version, then propose a new set.
        await page.fill('input[name="versionName"]', 'Demo as planted');
        await page.click('text=Save this set as a version');
        await page.waitForSelector('.version-list li:has-text("Demo as planted")');
        stage = 'proposing';
        await page.click('text=Propose…');
        await page.click('.propose-form button[type="submit"]');
        await page.waitForSelector('[data-testid="proposal"]', { timeout: 60_000 });
        await page.waitForSelector('[data-testid="coverage-chart"] svg');
        const caption = (await page.textContent('.coverage-chart figcaption')) ?? '';
        expectThat(
          /The top 18 hotspots hold [\d.]+% of the force's harm/.test(caption),
          `coverage caption: ${caption}`,
        );
        await page.screenshot({ path: screenshotPath('hotspot-proposal') });
        stage = 'using the proposal';
        await page.click('text=Use this set');
        await page.waitForFunction(() =>
          /Proposed /.test(document.querySelector('[data-testid="set-name"]')?.textContent ?? ''),
        );
        expectThat((await hotspotRows(page)) === 18, `the proposed set lists ${await hotspotRows(page)} hotspots`);
        const firstFigures = (await page.locator('.hotspot-list > li .hotspot-figures').first().textContent()) ?? '';
        await page.waitForFunction(
          () =>
            !/computing/.test(
              document.querySelector('.hotspot-list > li .hotspot-figures')?.textContent ?? 'computing',
            ),
        );
        expectThat(!/NaN/.test(firstFigures), `figures: ${firstFigures}`);

        stage = 'editing a cell';
        // Edit a cell: show H01, click beside its centre to add a cell; its cell count grows.
        const first = page.locator('.hotspot-list > li').first();
        await first.locator('text=Show').click();
        await first.locator('text=Edit cells').click();
        await page.waitForTimeout(1200);
        const cells = async () =>
          Number(((await first.locator('.hotspot-cells').textContent()) ?? '').replace(/\D/g, ''));
        const before = await cells();
        const box = (await page.locator('[data-testid="map"]').boundingBox())!;
        // At zoom 16 a resolution-10 cell is ≈ 60 px across: 150 px right of the centre is outside the hotspot.
        await page.mouse.click(box.x + box.width / 2 + 350, box.y + box.height / 2);
        await page.waitForFunction(
          (n) =>
            Number(document.querySelector('.hotspot-list > li .hotspot-cells')?.textContent?.replace(/\D/g, '')) ===
            n + 1,
          before,
        );
        await page.screenshot({ path: screenshotPath('hotspot-editing') });
        // The same click again takes the cell out.
        await page.mouse.click(box.x + box.width / 2 + 350, box.y + box.height / 2);
        await page.waitForFunction(
          (n) =>
            Number(document.querySelector('.hotspot-list > li .hotspot-cells')?.textContent?.replace(/\D/g, '')) === n,
          before,
        );
        await first.locator('text=Done editing').click();

        stage = 'comparing';
        // Compare the planted set with the set in use: most of the 18 are added or moved, named in words and drawn.
        await page.selectOption('select[name="compareA"]', { label: 'Demo as planted' });
        await page.click('.compare-versions button[type="submit"]');
        await page.waitForSelector('[data-testid="comparison"]');
        const comparison = (await page.textContent('[data-testid="comparison"]')) ?? '';
        expectThat(/\d+ added, \d+ dropped, \d+ moved/.test(comparison), `comparison: ${comparison}`);
        await page.evaluate(() => {
          window.location.hash = '#res=9&at=-1.133,52.635,13.5';
        });
        await page.waitForTimeout(1500);
        const png = await page.screenshot({ path: screenshotPath('hotspot-comparison') });
        const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
        const crop = { x: mapBox.x, y: mapBox.y, width: mapBox.width, height: mapBox.height };
        const blue = await page.evaluate(
          async ({ base64, crop }) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            const { data } = context.getImageData(crop.x, crop.y, crop.width, crop.height);
            let n = 0;
            for (let i = 0; i < data.length; i += 4)
              if (data[i] < 40 && data[i + 1] > 90 && data[i + 1] < 140 && data[i + 2] > 150) n++;
            return n;
          },
          { base64: png.toString('base64'), crop },
        );
        expectThat(blue > 200, `the added hotspots are not drawn in blue on the map (${blue} px)`);
        expectThat((await countPixels(page, png, 'warm', crop)) > 500, 'the hexes vanished under the comparison');
        expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      } catch (error) {
        await page.screenshot({ path: screenshotPath('hotspot-set-failed') });
        throw new Error(`${stage}: ${error instanceof Error ? error.message : String(error)}`);
      }
      await page.context().close();
    },
  ),

  browserTest(
    'hovering a GRIP hotspot names it with its key figures, and the set survives a reload',
    async (browser) => {
      const { page } = await openInteractiveApp(browser, '#res=10&at=-1.1305,52.6362,15.3');
      await page.waitForFunction(() =>
        /Demo set/.test(document.querySelector('[data-testid="set-name"]')?.textContent ?? ''),
      );
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      let found = '';
      // Sweep across the city centre until the pointer is inside a hotspot (H02 lies on this line in the demo).
      for (let i = 0; i < 40 && !/H\d\d · /.test(found); i++) {
        await page.mouse.move(box.x + box.width / 2 - 200 + i * 12, box.y + box.height / 2);
        await page.waitForTimeout(80);
        found = await page.evaluate(() => document.querySelector('.tooltip-hotspot')?.textContent ?? '');
      }
      await page.waitForFunction(
        () => !/computing/.test(document.querySelector('.tooltip-hotspot')?.textContent ?? ''),
      );
      found = await page.evaluate(() => document.querySelector('.tooltip-hotspot')?.textContent ?? '');
      expectThat(/H\d\d · .+\d+ crimes · [\d.]+% of harm · PAI/.test(found), `hotspot tooltip: "${found}"`);
      await page.screenshot({ path: screenshotPath('hotspot-tooltip') });
      await page.reload();
      await page.waitForFunction(() =>
        /Demo set/.test(document.querySelector('[data-testid="set-name"]')?.textContent ?? ''),
      );
      await page.context().close();
    },
  ),
  browserTest(
    'drawing a hotspot by hand with terra-draw adds it to the set, measured by its cells',
    async (browser) => {
      const { page, consoleErrors } = await openInteractiveApp(browser, '#res=10&at=-1.1236,52.6312,16');
      await page.waitForFunction(() =>
        /Demo set/.test(document.querySelector('[data-testid="set-name"]')?.textContent ?? ''),
      );
      const before = await hotspotRows(page);
      await page.click('text=Draw a hotspot');
      await page.waitForTimeout(500);
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      const corner = (dx: number, dy: number) => [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy] as const;
      for (const [x, y] of [corner(-120, -100), corner(120, -100), corner(120, 100), corner(-120, 100)]) {
        await page.mouse.click(x, y);
        await page.waitForTimeout(250);
      }
      const [x0, y0] = corner(-120, -100);
      await page.mouse.click(x0, y0);
      await page.waitForFunction((n) => document.querySelectorAll('.hotspot-list > li').length === n + 1, before);
      const added = (await page.locator('.hotspot-list > li').last().textContent()) ?? '';
      expectThat(/H19 .*· [1-9]\d* cells/.test(added), `the drawn hotspot: ${added}`);
      await page.screenshot({ path: screenshotPath('hotspot-drawn') });
      expectThat(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      await page.context().close();
    },
  ),
];
