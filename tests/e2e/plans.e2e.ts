// Issue 18 in the browser: a plan made for H01 survives a reload and its placed action shows with its tier's symbol;
// the plans file goes out and back in byte for byte (a bad file changes nothing and names plan and field); the printed
// A4 profile holds the hotspot's name and an action (the PNG and hostile text: plan-exports.e2e.ts).
import { writeFileSync } from 'node:fs';
import { screenshotPath, waitForInteractive } from './harness';
import {
  H01_CENTRE,
  H01_HASH,
  ACTION,
  OBJECTIVE,
  openApp,
  profileOf,
  startPlan,
  download,
  screenPoint,
  pixelsNear,
  pdfText,
  squash,
} from './plans-harness';
import { browserTest, expectThat } from './runner';

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
      const subject = (await page.textContent('[data-testid="plan-drawer"]')) ?? '';
      expectThat(
        subject.includes('GRIP hotspot H01, hotspot set Demo set (synthetic), not saved as a version'),
        `the plan does not say which set it was made on: ${subject.slice(0, 160)}`,
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
];
