// A selection's crime records as CSV (the app's "Crime records of the selection"), on real DuckDB-WASM against a Turf
// point-in-polygon count over the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { exportHandlers } from '../../../src/data/engine/export-calls';
import { CRIME_RECORD_COLUMNS } from '../../../src/data/exports/crime-records';
import { ForceArea } from '../../../src/data/force-area';
import { fixturePath, readFixture, REAL_POLICE_UK_MONTH } from '../../fixture';
import { parseCsv } from '../exports/read-csv';

const root = path.resolve(__dirname, '../../..');
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
const CITY_CENTRE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.1405, 52.6285],
      [-1.1235, 52.6295],
      [-1.1195, 52.6382],
      [-1.1318, 52.6431],
      [-1.1432, 52.6365],
      [-1.1405, 52.6285],
    ],
  ],
};

describe('selectionRecordsCsv', () => {
  let engine: Engine;
  const inside = (() => {
    const [header, ...lines] = readFixture(REAL_POLICE_UK_MONTH).toString('utf8').trim().split('\n');
    const c = header.split(',');
    const [lon, lat, type] = ['Longitude', 'Latitude', 'Crime type'].map((n) => c.indexOf(n));
    return lines
      .map((l) => l.split(','))
      .filter((f) => f[lon] !== '' && booleanPointInPolygon([Number(f[lon]), Number(f[lat])], CITY_CENTRE))
      .map((f) => f[type]);
  })();

  beforeAll(async () => {
    engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
    await engine.init();
    await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
    const file = fixturePath(REAL_POLICE_UK_MONTH);
    await engine.loadPoliceUkStreet(path.basename(file), new Uint8Array(readFileSync(file)));
    await engine.finishDetails();
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
