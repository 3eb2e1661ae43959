// The load report promises to keep files only when one is kept (issue 12: a header-only file was reported as "Saved in
// this browser"). Rendered with React's server renderer; the rule itself is keptForSaving, which the session uses too.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyReport, keptForSaving } from '../../../src/data/loaders/file-report';
import { LoadReport } from '../../../src/ui/LoadReport';
import { sumReports } from '../../../src/data/ingest-summary';

const headerOnly = { ...emptyReport('2023-02-header-only-street.csv', 'police-uk-street'), rowsRead: 0 };
const stored = { ...emptyReport('2024-06-leicestershire-street.csv', 'police-uk-street'), rowsRead: 3, rowsStored: 3 };
const render = (files: (typeof stored)[]) =>
  renderToStaticMarkup(
    createElement(LoadReport, {
      files,
      demoRowsRemoved: 0,
      saved: true,
      savable: files.some(keptForSaving),
      totals: sumReports(files),
      onChangeColumns: () => undefined,
    }),
  );

describe('the load report’s saved line', () => {
  it('is absent when no file is kept (a header-only file stores nothing)', () => {
    expect(keptForSaving(headerOnly)).toBe(false);
    expect(render([headerOnly])).not.toContain('Saved in this browser');
  });

  it('says the files are saved when one stored rows', () => {
    expect(render([headerOnly, stored])).toContain('Saved in this browser');
  });
});
