// Every bad-input case of issue 4 through the real ingest path (DuckDB-WASM in Node): a message a person understands,
// naming the file and what was kept; good rows still load. Fixtures: tests/fixtures/make-bad-fixtures.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { checkFileSize } from '../../../src/data/ingest/decode-text';
import type { FileReport } from '../../../src/data/loaders/file-report';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const dir = path.resolve(__dirname, '../../fixtures/bad');
const names = [
  'empty-street.csv',
  '2023-02-header-only-street.csv',
  'unknown-format.csv',
  '2022-12-semicolon-street.csv',
  '2023-03-bom-street.csv',
  '2023-04-utf16-street.csv',
  '2023-05-crlf-street.csv',
  '2023-06-quoted-newline-street.csv',
  '2023-07-swapped-street.csv',
  '2023-08-non-numeric-street.csv',
  '2023-09-wrong-columns-street.csv',
  '2023-10-bad-month-street.csv',
  '2023-11-outside-area-street.csv',
  '2023-12-no-coordinates-street.csv',
  '2024-01-leicestershire-outcomes.csv',
  '2024-01-leicestershire-stop-and-search.csv',
  'no-csv-inside.zip',
  'spreadsheet-saved-as.csv',
];
const reports = new Map<string, FileReport>();
let totalStored = 0;

beforeAll(async () => {
  const engine = await createNodeEngine();
  const summary = await ingestFiles(
    engine,
    names.map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
  );
  for (const r of summary.files) reports.set(r.path, r);
  totalStored = summary.totals.rowsStored;
  await engine.close();
}, 60_000);

const report = (name: string) => reports.get(name)!;
const notes = (name: string) => report(name).notes.join(' ');

describe('bad input gets a clear message and good rows are kept', () => {
  it('empty file: declined, says it is empty', () =>
    expect(report('empty-street.csv').declined).toBe('empty-street.csv is empty (0 bytes): nothing to load.'));

  it('header only: loads nothing and says so', () => {
    expect(report('2023-02-header-only-street.csv')).toMatchObject({ rowsRead: 0, rowsStored: 0 });
    expect(notes('2023-02-header-only-street.csv')).toContain('has a header but no data rows');
  });

  it('unknown format: declined, says what a police.uk file looks like', () =>
    expect(report('unknown-format.csv').declined).toMatch(
      /not a format this app recognises.*Crime ID,Month,Reported by,Falls within/,
    ));

  it('semicolon-delimited: declined, says so, what it would be with commas, and how to save it', () =>
    expect(report('2022-12-semicolon-street.csv').declined).toBe(
      '2022-12-semicolon-street.csv is semicolon-delimited (its header splits on ";" into 12 columns; with commas it ' +
        'would be a data.police.uk street-level crime file): this app reads comma-separated files. Save it from the ' +
        'spreadsheet as "CSV (Comma delimited)" and load it again.',
    ));

  it('UTF-8 BOM and UTF-16: decoded, noted, every row loaded', () => {
    expect(report('2023-03-bom-street.csv')).toMatchObject({ rowsRead: 3, rowsStored: 3, rowsMapped: 3 });
    expect(notes('2023-03-bom-street.csv')).toContain('byte-order mark');
    expect(report('2023-04-utf16-street.csv')).toMatchObject({ rowsRead: 3, rowsStored: 3 });
    expect(notes('2023-04-utf16-street.csv')).toContain('UTF-16 (little-endian)');
  });

  it('CRLF line endings and quoted newlines: read as real CSV', () => {
    expect(report('2023-05-crlf-street.csv')).toMatchObject({ rowsRead: 3, rowsStored: 3, setAside: {} });
    expect(report('2023-06-quoted-newline-street.csv')).toMatchObject({ rowsRead: 3, rowsStored: 3, setAside: {} });
  });

  it('swapped latitude/longitude: corrected, flagged with its row, mapped', () => {
    const r = report('2023-07-swapped-street.csv');
    expect(r).toMatchObject({ rowsStored: 2, rowsMapped: 2, flagged: { 'swapped-lat-lon': 1 } });
    expect(r.examples[0]).toMatchObject({ reason: 'swapped-lat-lon', row: 2 });
  });

  it('non-numeric coordinates: kept without a location, flagged with its row and values', () => {
    const r = report('2023-08-non-numeric-street.csv');
    expect(r).toMatchObject({ rowsStored: 2, rowsMapped: 1, flagged: { 'non-numeric-coordinates': 1 } });
    expect(r.examples[0]).toMatchObject({ row: 2, value: '52.6x, abc' });
  });

  it('wrong column count: that row set aside with its row number, the rest load', () => {
    const r = report('2023-09-wrong-columns-street.csv');
    expect(r).toMatchObject({ rowsRead: 3, rowsStored: 2, setAside: { 'wrong-column-count': 1 } });
    expect(r.examples[0]).toMatchObject({ reason: 'wrong-column-count', row: 3 });
  });

  it('unreadable month: set aside with row, column and value', () => {
    expect(report('2023-10-bad-month-street.csv').examples[0]).toEqual({
      reason: 'unparseable-month',
      row: 3,
      column: 'Month',
      value: 'Oct 2023',
    });
  });

  it('outside the force area and without coordinates: stored, counted, not mapped', () => {
    expect(report('2023-11-outside-area-street.csv')).toMatchObject({ rowsStored: 2, rowsMapped: 1, outOfArea: 1 });
    expect(report('2023-12-no-coordinates-street.csv')).toMatchObject({
      rowsStored: 2,
      rowsMapped: 1,
      noCoordinates: 1,
    });
  });

  it('outcomes and stop-and-search files: recognised and declined, never taken for street crime', () => {
    expect(report('2024-01-leicestershire-outcomes.csv').declined).toContain('is a data.police.uk outcomes file');
    expect(report('2024-01-leicestershire-stop-and-search.csv').declined).toContain(
      'is a data.police.uk stop-and-search file',
    );
  });

  it('a zip with no CSV and a spreadsheet saved under a .csv name: declined with what to do', () => {
    expect(report('no-csv-inside.zip').declined).toBe(
      'no-csv-inside.zip holds no CSV files (only readme.txt): nothing to load.',
    );
    expect(report('spreadsheet-saved-as.csv').declined).toMatch(
      /zip archive \(or an Excel \.xlsx.*save the sheet as CSV/,
    );
  });

  it('a file over the browser limit: declined naming the limit', () => {
    expect(checkFileSize('huge.csv', new Uint8Array(3 * 1024 ** 2), 2 * 1024 ** 2)?.message).toBe(
      'huge.csv is 3 MB, over the 2 MB a browser tab can load in one file: split it (e.g. by month) and load the parts.',
    );
  });

  // BOM, UTF-16, CRLF, quoted newline: 3 each; swapped, non-numeric, wrong columns: 2; bad month: 1; outside, no
  // coordinates: 2.
  it('keeps every good row of every file', () => expect(totalStored).toBe(3 + 3 + 3 + 3 + 2 + 2 + 2 + 1 + 2 + 2));
});

describe('the total-rows limit', () => {
  it('refuses, by name and limit, a file that would take the database past the limit, and loads the rest', async () => {
    const { MAX_ROWS } = await import('../../../src/data/ingest-files');
    expect(MAX_ROWS).toBe(3_500_000);
    const engine = await createNodeEngine();
    const fake = new Uint8Array(10 * 200); // ~10 rows by size; refused before it is read
    const summary = await ingestFiles(
      engine,
      [
        { path: 'huge-2019-street.csv', bytes: fake },
        {
          path: '2023-05-crlf-street.csv',
          bytes: new Uint8Array(readFileSync(path.join(dir, '2023-05-crlf-street.csv'))),
        },
      ],
      { maxRows: 5 },
    );
    expect(summary.files[0].declined).toBe(
      'huge-2019-street.csv: not loaded — about 10 more rows would take this browser past its limit of 5 rows (0 loaded). Clear some data, or use a shorter period.',
    );
    expect(summary.files[1].rowsStored).toBe(3);
    await engine.close();
  });
});
