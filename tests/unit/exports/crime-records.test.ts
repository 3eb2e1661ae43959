// writeCrimeRecordsCsv pages through the records without overlap or gap, and builds its filter from the arguments.
import { describe, expect, it } from 'vitest';
import {
  crimeRecordsSql,
  writeCrimeRecordsCsv,
  CRIME_RECORD_COLUMNS,
  type CrimeRecordRow,
} from '../../../src/data/exports/crime-records';
import { parseCsv } from './read-csv';

const record = (i: number): CrimeRecordRow => ({
  crime_id: `c${i}`,
  month: '2024-06',
  occurred_at: null,
  crime_type: 'Robbery',
  offence: null,
  harm: null,
  longitude: -1.13,
  latitude: 52.63,
  location: i === 3 ? '=1+1' : 'On or near Market Street',
  lsoa_code: 'E01013649',
  outcome: null,
  h3_r10: '8a195da49a6ffff',
  in_area: 'yes',
  source_file: 'a.csv',
  source_format: 'police-uk-street',
  force: 'Leicestershire Police',
  source_row: i + 2,
});

/** A stand-in for Engine.query that answers LIMIT/OFFSET from a list. */
const pagedQuery = (rows: CrimeRecordRow[], asked: string[]) => async (sql: string) => {
  asked.push(sql);
  const [, limit, offset] = /LIMIT (\d+) OFFSET (\d+)/.exec(sql)!.map(Number);
  return rows.slice(offset, offset + limit);
};

describe('writeCrimeRecordsCsv', () => {
  it.each([
    [7, 3, 3],
    [6, 3, 3], // a last full page asks once more and gets none
    [0, 3, 1],
  ])('writes %i records in pages of %i (%i queries)', async (n, pageRows, queries) => {
    const rows = Array.from({ length: n }, (_, i) => record(i));
    const asked: string[] = [];
    let text = '';
    const filter = { fromMonth: null, toMonth: null, crimeTypes: [] };
    const written = await writeCrimeRecordsCsv(pagedQuery(rows, asked), (c) => void (text += c), filter, pageRows);
    expect(written).toBe(n);
    expect(asked).toHaveLength(queries);
    const [header, ...out] = parseCsv(text.slice(1));
    expect(header).toEqual(CRIME_RECORD_COLUMNS);
    expect(out.map((r) => r[0])).toEqual(rows.map((r) => r.crime_id));
    if (n > 3) expect(out[3][CRIME_RECORD_COLUMNS.indexOf('location')]).toBe("'=1+1");
  });
});

describe('crimeRecordsSql', () => {
  it('filters by months and types, quoting the types as SQL strings', () => {
    const sql = crimeRecordsSql(
      { fromMonth: '2024-01', toMonth: '2024-06', crimeTypes: ["O'Brien", 'Robbery'] },
      10,
      20,
    );
    expect(sql).toContain("r.month >= '2024-01-01'::DATE");
    expect(sql).toContain("r.month <= '2024-06-01'::DATE");
    expect(sql).toContain("r.crime_type IN ('O''Brien', 'Robbery')");
    expect(sql).toContain('LIMIT 10 OFFSET 20');
    expect(crimeRecordsSql({ fromMonth: "2024-01'; DROP", toMonth: null, crimeTypes: [] }, 1, 0)).not.toContain('DROP');
  });
});
