// The real data.police.uk month for Leicestershire (tests/fixtures/police-uk, OGL v3) through the real
// DuckDB-WASM loader, with every count checked against an independent recount by awk (the month has no quoted fields).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { ForceArea } from '../../../src/data/force-area';
import type { FileReport } from '../../../src/data/loaders/file-report';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const root = path.resolve(__dirname, '../../..');
const sample = fixturePath(REAL_POLICE_UK_MONTH);
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
const awk = (program: string) => Number(execFileSync('awk', ['-F,', program, sample], { encoding: 'utf8' }).trim());

describe('a real police.uk month', () => {
  let engine: Engine;
  let report: FileReport;
  beforeAll(async () => {
    engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
    await engine.init();
    report = await engine.loadPoliceUkStreet('2024-06-leicestershire-street.csv', new Uint8Array(readFileSync(sample)));
  });
  afterAll(async () => engine.close());

  it('reads and stores every data row', () => {
    const dataRows = awk('NR > 1 { n++ } END { print n }');
    expect(dataRows).toBe(9490);
    expect(report.rowsRead).toBe(dataRows);
    expect(report.rowsStored).toBe(dataRows);
    expect(report.setAside).toEqual({});
  });

  it('keeps rows without coordinates in the totals but off the map', () => {
    const noCoordinates = awk('NR > 1 && $5 == "" { n++ } END { print n }');
    expect(noCoordinates).toBe(323);
    expect(report.noCoordinates).toBe(noCoordinates);
    expect(report.rowsMapped + report.noCoordinates + report.outOfArea).toBe(report.rowsStored);
  });

  it('flags the rows located outside the force area, as their LSOA names say', () => {
    // Independent recount: located rows whose LSOA name is not in one of the 9 LLR districts. (The data README says
    // 34; the rows themselves show 89: South Derbyshire, Rushcliffe, Rugby, and a few as far as London and Wales.)
    const llrDistricts =
      'Leicester|Blaby|Charnwood|Harborough|Hinckley and Bosworth|Melton|North West Leicestershire|Oadby and Wigston|Rutland';
    const outside = awk(`NR > 1 && $5 != "" && $9 !~ /^(${llrDistricts}) [0-9]/ { n++ } END { print n }`);
    expect(outside).toBe(89);
    expect(report.outOfArea).toBe(outside);
  });

  it('surfaces the police.uk quirks', () => {
    const asb = awk('NR > 1 && $10 == "Anti-social behaviour" && $1 == "" { n++ } END { print n }');
    expect(asb).toBe(1028);
    expect(report.notes.join('\n')).toContain(
      `${asb.toLocaleString('en-GB')} of 1,028 anti-social behaviour rows have no Crime ID`,
    );
    expect(report.notes.join('\n')).toContain('1,301 rows carry an LSOA code outside the 2011 LLR set');
    expect(report.notes.join('\n')).toMatch(/carries 113 crimes/);
  });

  it('counts crime types as awk does', async () => {
    const types = await engine.crimeTypeCounts();
    const violence = awk('NR > 1 && $10 == "Violence and sexual offences" { n++ } END { print n }');
    expect(types.find((t) => t.crime_type === 'Violence and sexual offences')?.crimes).toBe(violence);
    expect(types.reduce((sum, t) => sum + t.crimes, 0)).toBe(9490);
  });

  it('appends ids, locations, LSOAs and outcomes after the crimes, matching the file row by row', async () => {
    expect(engine.detailsPending).toBe(true);
    await engine.finishDetails();
    expect(engine.detailsPending).toBe(false);
    const [counts] = await engine.query<{
      rows: number;
      ids: number;
      outcomes: number;
    }>(`SELECT count(*)::INTEGER AS rows,
      count(crime_id)::INTEGER AS ids, count(outcome)::INTEGER AS outcomes FROM crime_records`);
    expect(counts).toEqual({
      rows: 9490,
      ids: awk('NR > 1 && $1 != "" { n++ } END { print n }'),
      outcomes: awk('NR > 1 && $11 != "" { n++ } END { print n }'),
    });
    const row = 2 + 4321; // spreadsheet row of a data record, header = row 1
    const fields = readFileSync(sample, 'utf8').split('\n')[row - 1].split(',');
    const [stored] = await engine.query<
      Record<string, string>
    >(`SELECT crime_id, source_file, force, location, lsoa_code, outcome, crime_type
      FROM crime_records WHERE source_row = ${row}`);
    expect(stored).toEqual({
      crime_id: fields[0] || null,
      source_file: '2024-06-leicestershire-street.csv',
      force: fields[3],
      location: fields[6],
      lsoa_code: fields[7],
      outcome: fields[10] || null,
      crime_type: fields[9],
    });
  });

  it('names the busiest place of a hex: the Walton Hill snap point and its 113 crimes, as awk counts them', async () => {
    const crimes = awk(
      'NR > 1 && $7 == "On or near Walton Hill" && $5 == "-1.368556" && $6 == "52.822751" { n++ } END { print n }',
    );
    expect(crimes).toBe(113);
    const cell = latLngToCell(52.822751, -1.368556, 9);
    const [busiest] = await engine.cellTopPlaces({ ...DEFAULT_FILTER, resolution: 9 }, cell);
    expect(busiest).toEqual({ place: 'On or near Walton Hill', crimes });
  });

  it('replaces a month when the same month is loaded again, details included', async () => {
    const again = await engine.loadPoliceUkStreet(
      'copy/2024-06-leicestershire-street.csv',
      new Uint8Array(readFileSync(sample)),
    );
    expect(again.notes[0]).toBe(
      '2024-06 for Leicestershire Police was already loaded (9,490 rows): this file replaces it.',
    );
    expect((await engine.summary()).rows_stored).toBe(9490);
    await engine.finishDetails();
    expect(
      await engine.query('SELECT count(*)::INTEGER AS n, count(DISTINCT load_id)::INTEGER AS loads FROM crime_details'),
    ).toEqual([{ n: 9490, loads: 1 }]);
    expect(await engine.query('SELECT source_file FROM loads')).toEqual([
      { source_file: 'copy/2024-06-leicestershire-street.csv' },
    ]);
  });
});

async function newEngine(): Promise<Engine> {
  const engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
  await engine.init();
  return engine;
}

describe('the real month loaded in chunks', () => {
  it('loading the same file again replaces it instead of doubling it', async () => {
    const engine = await newEngine();
    const bytes = () => new Uint8Array(readFileSync(sample));
    await engine.loadPoliceUkStreet('2024-06-leicestershire-street.csv', bytes(), { chunkRows: 1000 });
    const again = await engine.loadPoliceUkStreet('2024-06-leicestershire-street.csv', bytes(), { chunkRows: 4000 });
    expect(again).toMatchObject({ rowsRead: 9490, rowsStored: 9490, rowsMapped: 9078 });
    expect((await engine.summary()).rows_stored).toBe(9490);
    await engine.finishDetails(); // the first copy's details were dropped with it, not appended to nothing
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM crime_details')).toEqual([{ n: 9490 }]);
    await engine.close();
  });

  it('a month replaced before its details were appended leaves no details behind', async () => {
    const engine = await newEngine();
    await engine.loadPoliceUkStreet('first/2024-06.csv', new Uint8Array(readFileSync(sample)), { chunkRows: 3000 });
    await engine.appendDetailsStep(); // part of the first file's details are in, the rest still queued
    await engine.loadPoliceUkStreet('second/2024-06.csv', new Uint8Array(readFileSync(sample)));
    await engine.finishDetails();
    expect(
      await engine.query(`SELECT l.source_file, count(*)::INTEGER AS n FROM crime_details d JOIN loads l USING (load_id)
      GROUP BY ALL`),
    ).toEqual([{ source_file: 'second/2024-06.csv', n: 9490 }]);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM crime_details')).toEqual([{ n: 9490 }]);
    await engine.close();
  });

  it('a load cancelled between chunks keeps nothing from that file and says so; earlier data stays', async () => {
    const engine = await newEngine();
    await engine.loadPoliceUkStreet('first.csv', new Uint8Array(readFileSync(sample)));
    const seen: number[] = [];
    const cancelled = await engine.loadPoliceUkStreet('2024-06-again.csv', new Uint8Array(readFileSync(sample)), {
      chunkRows: 2000,
      onRows: (n) => seen.push(n),
      isCancelled: () => seen.length >= 2,
    });
    expect(seen).toEqual([2000, 4000]);
    expect(cancelled.declined).toBe(
      '2024-06-again.csv: not loaded, the load was cancelled (nothing from this file was kept).',
    );
    expect((await engine.summary()).rows_stored).toBe(9490);
    await engine.finishDetails();
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM crime_details')).toEqual([{ n: 9490 }]);
    await engine.close();
  });
});

describe('police.uk files naming more than one force', () => {
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const row = (id: string, force: string) =>
    `${id},2024-06,${force},${force},-1.1327,52.6365,On or near Gallowtree Gate,E01013640,Leicester 036B,Robbery,,`;
  const file = (rows: string[]) => new TextEncoder().encode(`${[header, ...rows].join('\n')}\n`);

  it('gives each force its own load, so a month loaded again for one force leaves the other force alone', async () => {
    const engine = await newEngine();
    await engine.loadPoliceUkStreet(
      'merged.csv',
      file([
        row('a1', 'Leicestershire Police'),
        row('b1', 'Nottinghamshire Police'),
        row('a2', 'Leicestershire Police'),
        row('c1', ''),
      ]),
    );
    expect(await engine.query('SELECT force, source_file FROM loads ORDER BY load_id')).toEqual([
      { force: 'Leicestershire Police', source_file: 'merged.csv' },
      { force: 'Nottinghamshire Police', source_file: 'merged.csv' },
      { force: null, source_file: 'merged.csv' },
    ]);
    const again = await engine.loadPoliceUkStreet('leics-only.csv', file([row('a9', 'Leicestershire Police')]));
    expect(again.notes[0]).toBe(
      '2024-06 for Leicestershire Police was already loaded (2 rows): this file replaces it.',
    );
    await engine.finishDetails();
    expect(await engine.query('SELECT crime_id, force, source_file FROM crime_records ORDER BY crime_id')).toEqual([
      { crime_id: 'a9', force: 'Leicestershire Police', source_file: 'leics-only.csv' },
      { crime_id: 'b1', force: 'Nottinghamshire Police', source_file: 'merged.csv' },
      { crime_id: 'c1', force: null, source_file: 'merged.csv' },
    ]);
    await engine.close();
  });
});
