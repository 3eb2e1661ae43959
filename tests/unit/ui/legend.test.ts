// The legend says what an empty map means: still loading, or nothing matches (issue 12: it said "No crimes match the
// filter" while the database was starting). Rendered with React's server renderer, as the page renders it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../../src/ui/Legend';

const legend = (loading: boolean) =>
  renderToStaticMarkup(createElement(Legend, { title: 'Crimes per hex', classes: [], unit: 'crimes', loading }));

describe('the legend of an empty map', () => {
  it('says the crimes are loading while the database has not answered', () => {
    expect(legend(true)).toContain('Loading the crimes…');
    expect(legend(true)).not.toContain('No crimes match');
  });

  it('says nothing matches the filter once the data are there', () => {
    expect(legend(false)).toContain('No crimes match the filter.');
  });
});
