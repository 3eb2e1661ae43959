// A selection's crime records as CSV (the app's "Crime records of the selection"), on real DuckDB-WASM against a Turf
// point-in-polygon count over the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/data/engine';
import { exportHandlers } from '../../../src/data/engine/export-calls';
import { CRIME_RECORD_COLUMNS } from '../../../src/data/exports/crime-records';
import { parseCsv } from '../exports/read-csv';
import { CITY_CENTRE, realMonthEngine, realMonthRowsInside } from './real-month';

describe('selectionRecordsCsv', () => {
  let engine: Engine;
  const inside = realMonthRowsInside(CITY_CENTRE).map((r) => r['Crime type']);

  beforeAll(async () => {
    engine = await realMonthEngine();
  }, 60_000);
  afterAll(async () => engine.close());

  const records = exportHandlers(async () => engine).selectionRecordsCsv;

  it('writes exactly the records in the polygon, with BOM and the records header', async () => {
    const out = await records({ polygon: CITY_CENTRE, filter: { fromMonth: null, toMonth: null, crimeTypes: [] } });
    expect(out.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(out.text.slice(1));
    expect(header).toEqual([...CRIME_RECORD_COLUMNS]);
    expect(out.rows).toBe(inside.length);
    expect(rows.length).toBe(inside.length);
    expect(inside.length).toBeGreaterThan(100);
  });

  it('keeps to the crime types and months asked for', async () => {
    const robbery = await records({
      polygon: CITY_CENTRE,
      filter: { fromMonth: '2024-06', toMonth: '2024-06', crimeTypes: ['Robbery'] },
    });
    expect(robbery.rows).toBe(inside.filter((t) => t === 'Robbery').length);
    const none = await records({
      polygon: CITY_CENTRE,
      filter: { fromMonth: '2024-07', toMonth: null, crimeTypes: [] },
    });
    expect(none.rows).toBe(0);
  });
});
