// Data layer on the real engine: DuckDB-WASM's blocking bundle in Node, fed a small demo-format CSV. The H3 parents at
// resolutions 7–9 are computed in SQL by bit arithmetic and must match h3-js's cellToParent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellToParent, latLngToCell } from 'h3-js';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { ForceArea } from '../../../src/data/force-area';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';

const root = path.resolve(__dirname, '../../..');
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
const fixture = new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/demo/crimes.csv')));

let engine: Engine;
beforeAll(async () => {
  engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
  await engine.init();
  await engine.loadDemoCrimes('crimes-small.csv', fixture);
});
afterAll(async () => engine.close());

describe('Engine on DuckDB-WASM', () => {
  it('stores and maps every row of the pre-indexed demo format', async () => {
    const summary = await engine.summary();
    expect(summary).toEqual({
      rows_stored: 6,
      rows_mapped: 6,
      no_coordinates: 0,
      out_of_area: 0,
      rows_timed: 6,
      first_month: '2024-01',
      last_month: '2025-12',
    });
  });

  it('aggregates into the same H3 cells h3-js computes, at every resolution', async () => {
    for (const resolution of [7, 8, 9, 10]) {
      const hexes = await engine.cellValues({ ...DEFAULT_FILTER, resolution }, false);
      const clockTower = cellToParent(latLngToCell(52.6365, -1.1327, 10), resolution);
      const counts = Object.fromEntries(hexes.map((h) => [h.h3, h.value]));
      expect(counts[clockTower]).toBe(3);
      expect(hexes.reduce((sum, h) => sum + h.value, 0)).toBe(6);
    }
  });

  it('filters by crime type and month range', async () => {
    const violence = await engine.cellValues(
      { ...DEFAULT_FILTER, crimeTypes: ['Violence and sexual offences'] },
      false,
    );
    expect(violence.reduce((sum, h) => sum + h.value, 0)).toBe(3);
    const feb = await engine.cellValues({ ...DEFAULT_FILTER, fromMonth: '2024-02', toMonth: '2024-02' }, false);
    expect(feb).toEqual([{ h3: latLngToCell(52.7721, -1.2062, 9), value: 2 }]);
  });

  it('lists the top crime types of a cell', async () => {
    const cell = latLngToCell(52.6365, -1.1327, 9);
    expect(await engine.cellTopTypes(DEFAULT_FILTER, cell)).toEqual([
      { crime_type: 'Violence and sexual offences', crimes: 2, top_offence: null },
      { crime_type: 'Public order', crimes: 1, top_offence: null },
    ]);
  });

  it('counts crimes per type within a month range, and over all months without one', async () => {
    const all = await engine.crimeTypeCounts();
    expect(all.reduce((sum, t) => sum + t.crimes, 0)).toBe(6);
    // The fixture's February 2024 rows, read by hand: one shoplifting, one anti-social behaviour.
    expect(await engine.crimeTypeCounts({ fromMonth: '2024-02', toMonth: '2024-02' })).toEqual([
      { crime_type: 'Anti-social behaviour', crimes: 1 },
      { crime_type: 'Shoplifting', crimes: 1 },
    ]);
    expect(await engine.crimeTypeCounts({ fromMonth: 'not-a-month' })).toEqual(all);
  });
});
