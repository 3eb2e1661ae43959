// Every legend with every class or category in it, as the app renders them, on the basemap's land colour: the demo
// data has no cold spots, so only this sheet shows the whole emerging palette (and the Gi* cold bins) in a picture.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { quantileClasses } from '../../src/map/colour-scale';
import { EMERGING_CATEGORIES } from '../../src/map/hot-spot-palettes';
import { Legend } from '../../src/ui/Legend';
import { EmergingLegend, GiLegend } from '../../src/ui/StatisticLegend';
import { BASE_URL } from './harness';

export async function paletteSheetHtml(): Promise<string> {
  const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(await (await fetch(BASE_URL)).text())?.[1];
  if (!stylesheet) throw new Error(`no stylesheet in ${BASE_URL}/index.html`);
  const column = (legend: ReturnType<typeof createElement>) =>
    createElement('div', { style: { flex: '1 1 0', padding: '0 1rem' } }, legend);
  const body = renderToStaticMarkup(
    createElement(
      'main',
      { style: { display: 'flex', padding: '1rem', background: '#f7f7f4', minHeight: '100vh' } },
      column(
        createElement(Legend, {
          title: 'Crimes per hex',
          classes: quantileClasses(Array.from({ length: 2000 }, (_, i) => i + 1)),
          unit: 'crimes',
        }),
      ),
      column(createElement(GiLegend, { harm: false, fdr: true, counts: {} })),
      column(
        createElement(EmergingLegend, { counts: Object.fromEntries(EMERGING_CATEGORIES.map((c) => [c.name, 1])) }),
      ),
    ),
  );
  return `<!doctype html><html><head><link rel="stylesheet" href="${BASE_URL}${stylesheet}"></head><body>${body}</body></html>`;
}
