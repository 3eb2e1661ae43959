// A Crime ID repeated within one police.uk month (none in 24 real months: a damaged or doubled file) is reported in the
// file's notes with a count and up to three examples, and every row is kept. Fixture: the real June 2024 month with
// rows doubled (tests/fixtures/make-bad-fixtures.ts says which).
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import type { FileReport } from '../../../src/data/loaders/file-report';
import { RepeatedCrimeIds } from '../../../src/data/loaders/police-uk-repeated-ids';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { readFixture, REAL_POLICE_UK_MONTH } from '../../fixture';

const DOUBLED = '2024-06-doubled-rows-street.csv';

describe('RepeatedCrimeIds', () => {
  const encoder = new TextEncoder();
  const run = (rows: [id: string, monthCode: number][]) => {
    // One buffer for every row, as the CSV reader gives spans of the one file.
    const bytes = encoder.encode(rows.map(([id]) => `${id}\n`).join(''));
    const ids = new RepeatedCrimeIds(3);
    let start = 0;
    rows.forEach(([id, month], i) => {
      const end = start + encoder.encode(id).length;
      ids.add(bytes, start, end, month, i + 2);
      start = end + 1;
    });
    return ids;
  };

  it.each([
    {
      name: 'distinct ids',
      rows: [
        ['a1', 0],
        ['a2', 0],
        ['a3', 0],
      ],
      repeats: 0,
    },
    {
      name: 'an id twice in a month',
      rows: [
        ['a1', 0],
        ['a2', 0],
        ['a1', 0],
      ],
      repeats: 1,
    },
    {
      name: 'the same id in two months',
      rows: [
        ['a1', 0],
        ['a1', 1],
      ],
      repeats: 0,
    },
    {
      name: 'blank ids (anti-social behaviour)',
      rows: [
        ['', 0],
        ['', 0],
        ['  ', 0],
      ],
      repeats: 0,
    },
    {
      name: 'spaces around an id',
      rows: [
        ['a1', 0],
        [' a1 ', 0],
      ],
      repeats: 1,
    },
    {
      name: 'same end, other start',
      rows: [
        ['x-0001', 0],
        ['y-0001', 0],
      ],
      repeats: 0,
    },
  ] as { name: string; rows: [string, number][]; repeats: number }[])('$name: $repeats repeats', ({ rows, repeats }) =>
    expect(run(rows).repeats).toBe(repeats),
  );

  it('keeps up to three examples with the rows of both sightings, and counts every repeat', () => {
    const ids = run([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['a', 0],
    ]);
    expect(ids.repeats).toBe(5);
    expect(ids.examples).toEqual([
      { crimeId: 'a', firstRow: 2, row: 6 },
      { crimeId: 'b', firstRow: 3, row: 7 },
      { crimeId: 'c', firstRow: 4, row: 8 },
    ]);
  });

  it('finds every repeat among many ids (the table grows past its first size)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => [`${i}`.padStart(64, '0'), 0] as [string, number]);
    const ids = run([...many, ...many.slice(0, 1000)]);
    expect(ids.repeats).toBe(1000);
  });
});

describe('a police.uk month with rows doubled', () => {
  let doubled: FileReport;
  let real: FileReport;
  beforeAll(async () => {
    const engine = await createNodeEngine();
    const load = async (path: string, fixture: string) =>
      (await ingestFiles(engine, [{ path, bytes: new Uint8Array(readFixture(fixture)) }])).files[0];
    doubled = await load(DOUBLED, `bad/${DOUBLED}`);
    real = await load('2024-06-real.csv', REAL_POLICE_UK_MONTH); // replaces the doubled month: its report is read first
    await engine.close();
  }, 60_000);

  it('keeps every row, doubled ones included', () => {
    expect(doubled).toMatchObject({ rowsRead: 35, rowsStored: 35, setAside: {} });
    expect(doubled.declined).toBeUndefined();
    expect(doubled.notes.join('\n')).toContain('All rows were kept');
  });

  it('says how many rows repeat an id, with the first three, and not the blank ASB ids', () => {
    const note = doubled.notes.find((n) => n.includes('repeat a Crime ID'));
    expect(note).toBe(
      '4 rows repeat a Crime ID already given to an earlier row of the same month (' +
        "row 32 repeats row 2's Crime ID 55f23fee500a…; row 33 repeats row 3's Crime ID bed53900f85b…; " +
        "row 34 repeats row 5's Crime ID 261460b69257…): police.uk gives every crime its own id, so the file may be " +
        'damaged or hold some rows twice. All rows were kept; check the file.',
    );
  });

  it('says nothing of the kind for the real month', () => {
    expect(real.rowsRead).toBe(9490);
    expect(real.notes.join('\n')).not.toContain('Crime ID already given');
  });
});
