// A force crime export with free column names, UK day-first dates and British National Grid coordinates, through the
// real ingest path (DuckDB-WASM in Node). Fixture: tests/fixtures/good/force-export-bng.csv (synthetic).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { headerSignature, suggestMapping } from '../../../src/data/ingest/column-mapping';
import type { Engine } from '../../../src/data/engine';
import type { IngestSummary } from '../../../src/data/ingest-summary';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const file = path.resolve(__dirname, '../../fixtures/good/force-export-bng.csv');
const bytes = () => new Uint8Array(readFileSync(file));
let engine: Engine;
let summary: IngestSummary;

beforeAll(async () => {
  engine = await createNodeEngine();
  summary = await ingestFiles(engine, [{ path: 'force-export-bng.csv', bytes: bytes() }]);
}, 60_000);

describe('force crime exports', () => {
  it('keys each stored row by its row in the file, stepping over a row with the wrong number of columns', async () => {
    const csv = [
      'Crime Reference,Committed From Date/Time,Offence Description,Easting,Northing',
      'X/1,05/01/2024 22:15,Robbery,458791,304659',
      'X/2,05/01/2024 22:15,Robbery',
      'X/3,06/01/2024 01:10,Shoplifting,458904,304771',
    ].join('\n');
    const own = await createNodeEngine();
    const loaded = await ingestFiles(own, [{ path: 'rows.csv', bytes: new TextEncoder().encode(`${csv}\n`) }]);
    expect(loaded.files[0]).toMatchObject({ rowsRead: 3, rowsStored: 2, setAside: { 'wrong-column-count': 1 } });
    expect(await own.query('SELECT crime_id, source_row FROM crime_records ORDER BY crime_id')).toEqual([
      { crime_id: 'X/1', source_row: 2 },
      { crime_id: 'X/3', source_row: 4 },
    ]);
    await own.close();
  });

  it('suggests the mapping from RMS-style column names', () => {
    const header = readFileSync(file, 'utf8').split('\n')[0].split(',');
    expect(suggestMapping(header)).toEqual({
      id: 'Crime Reference',
      occurredFrom: 'Committed From Date/Time',
      occurredTo: 'Committed To',
      offence: 'Offence Description',
      easting: 'Easting',
      northing: 'Northing',
      location: 'Location',
      harm: 'Harm Score',
    });
  });

  it('loads good rows, sets aside the impossible date and the repeated id with their row numbers', () => {
    const r = summary.files[0];
    expect(r).toMatchObject({
      format: 'force-crimes',
      rowsRead: 6,
      rowsStored: 4,
      rowsMapped: 4,
      setAside: { 'unparseable-date': 1, 'duplicate-id': 1 },
    });
    expect(r.examples).toEqual([
      { reason: 'unparseable-date', row: 5, value: '31/02/2024 10:00' },
      { reason: 'duplicate-id', row: 6, value: 'LC/24/0002' },
    ]);
    expect(r.notes[0]).toContain('id ← "Crime Reference"');
  });

  it('reads dates day first, converts grid references, maps offences to police.uk types', async () => {
    const rows = await engine.query<{
      crime_id: string;
      occurred: string;
      crime_type: string;
      lat: number;
      lon: number;
      harm: number | null;
    }>(
      "SELECT crime_id, strftime(occurred_at, '%Y-%m-%d %H:%M') AS occurred, crime_type, lat, lon, harm FROM crime_records ORDER BY crime_id",
    );
    expect(rows.map((r) => [r.crime_id, r.occurred, r.crime_type])).toEqual([
      ['LC/24/0001', '2024-01-05 22:15', 'Violence and sexual offences'],
      ['LC/24/0002', '2024-01-06 01:10', 'Public order'],
      ['LC/24/0003', '2024-02-13 00:00', 'Shoplifting'],
      ['LC/24/0005', '2024-03-02 18:30', 'Possession of weapons'],
    ]);
    expect(rows[0].lat).toBeCloseTo(52.6365, 4); // grid reference rounded to the metre: ~1e-5 degrees
    expect(rows[0].lon).toBeCloseTo(-1.1327, 4);
    expect(rows[0].harm).toBe(180);
  });

  it('replaces rows with the same id when the next extract is loaded, and honours a chosen mapping', async () => {
    const header = readFileSync(file, 'utf8').split('\n')[0].split(',');
    const mapping = { ...suggestMapping(header), location: undefined };
    const again = await ingestFiles(engine, [{ path: 'extract-2.csv', bytes: bytes() }], {
      mappings: { [headerSignature(header)]: mapping },
    });
    expect(again.files[0].notes.join(' ')).toContain('4 rows replace earlier rows with the same id');
    expect(again.files[0].notes[0]).not.toContain('location');
    expect((await engine.summary()).rows_stored).toBe(4);
  });
});
