// Issue 12: unticked crime-type boxes meant "all types" with nothing on screen saying so.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { FilterControls } from '../../../src/ui/FilterControls';

const render = (crimeTypes: string[]) =>
  renderToStaticMarkup(
    createElement(FilterControls, {
      filter: { ...DEFAULT_FILTER, crimeTypes },
      crimeTypes: [
        { crime_type: 'Burglary', crimes: 10 },
        { crime_type: 'Robbery', crimes: 4 },
      ],
      monthRange: null,
      onChange: () => undefined,
    }),
  );

describe('the crime-type filter', () => {
  it('says in words that no box ticked shows every type', () => {
    expect(render([])).toContain('No box ticked: every crime type is shown.');
  });

  it('says only the ticked types show once some are ticked', () => {
    const html = render(['Robbery']);
    expect(html).toContain('Only the ticked types are shown.');
    expect(html).not.toContain('every crime type is shown');
  });
});
