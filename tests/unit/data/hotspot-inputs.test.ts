// The GRIP hotspot proposal's inputs from DuckDB-WASM, on the real June 2024 Leicestershire month (OGL v3), each
// checked against a recount straight from the CSV; and the session's proposeHotspots call.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { DEFAULT_PROPOSAL_CRIME_TYPES, type HotspotInputs } from '../../../src/analysis/hotspot-proposal';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { ForceArea } from '../../../src/data/force-area';
import { fixturePath, readFixture, REAL_POLICE_UK_MONTH } from '../../fixture';

const root = path.resolve(__dirname, '../../..');
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
const LLR =
  /^(Leicester|Blaby|Charnwood|Harborough|Hinckley and Bosworth|Melton|North West Leicestershire|Oadby and Wigston|Rutland) [0-9]/;

/** Located rows of the default types inside LLR, as their LSOA names say (the real-month test's independent rule). */
function csvRows() {
  const [header, ...lines] = readFixture(REAL_POLICE_UK_MONTH).toString('utf8').trim().split('\n');
  const c = header.split(',');
  const at = (name: string) => c.indexOf(name);
  return lines
    .map((l) => l.split(','))
    .filter((f) => f[at('Longitude')] !== '' && LLR.test(f[at('LSOA name')]))
    .filter((f) => DEFAULT_PROPOSAL_CRIME_TYPES.includes(f[at('Crime type')]))
    .map((f) => ({
      lat: Number(f[at('Latitude')]),
      lon: Number(f[at('Longitude')]),
      type: f[at('Crime type')],
      location: f[at('Location')],
    }));
}

describe('hotspot inputs on a real police.uk month', () => {
  let engine: Engine;
  let inputs: HotspotInputs;
  const rows = csvRows();
  beforeAll(async () => {
    engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
    await engine.init();
    await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
    const file = fixturePath(REAL_POLICE_UK_MONTH);
    await engine.loadPoliceUkStreet(path.basename(file), new Uint8Array(readFileSync(file)));
    inputs = await engine.hotspotInputs();
  }, 60_000);
  afterAll(async () => engine.close());

  it('defaults to the one month loaded and the serious-violence types', () => {
    expect(inputs.selection).toEqual({
      fromMonth: '2024-06',
      toMonth: '2024-06',
      crimeTypes: [...DEFAULT_PROPOSAL_CRIME_TYPES].sort(),
    });
    expect(inputs.monthsLoaded).toEqual(['2024-06']);
  });

  it('counts every mapped crime of those types once, with the app’s harm weights', () => {
    const sum = (f: (r: HotspotInputs['cellMonths'][number]) => number) =>
      inputs.cellMonths.reduce((s, r) => s + f(r), 0);
    expect(sum((r) => r.crimes)).toBe(rows.length);
    const harm = rows.reduce((s, r) => s + DEFAULT_HARM_WEIGHTS[r.type], 0);
    expect(sum((r) => r.harm)).toBeCloseTo(harm, 6);
  });

  it('gives each cell its busiest snap point, its top places and its district', () => {
    const byCell = new Map<string, typeof rows>();
    for (const r of rows) {
      const h3 = latLngToCell(r.lat, r.lon, 10);
      byCell.set(h3, [...(byCell.get(h3) ?? []), r]);
    }
    expect(inputs.cells.length).toBe(byCell.size);
    for (const cell of inputs.cells) {
      const points = new Map<string, number>();
      for (const r of byCell.get(cell.h3)!) points.set(`${r.lat},${r.lon}`, (points.get(`${r.lat},${r.lon}`) ?? 0) + 1);
      expect(cell.busiestPointCrimes).toBe(Math.max(...points.values()));
      expect(cell.places[0].place).toMatch(/^On or near /);
    }
    const clockTower = inputs.cells.find((c) => c.h3 === latLngToCell(52.6364, -1.1327, 10));
    expect(clockTower?.district).toBe('Leicester');
    expect(inputs.cells.filter((c) => c.district === null).length).toBeLessThan(inputs.cells.length / 100);
  });

  it('names towns from the shared places list (data/reference/llr_places.csv)', () => {
    const [, ...lines] = readFileSync(path.join(root, 'data/reference/llr_places.csv'), 'utf8').trim().split('\n');
    const towns = lines
      .map((l) => l.split(','))
      .map(([name, lat, lon, , district]) => ({ name, district, lngLat: [Number(lon), Number(lat)] }));
    expect(inputs.towns).toEqual(towns);
  });

  it('knows the force area (ONS: Leicestershire 2,083 km², Rutland 382 km², Leicester 73 km²)', () => {
    expect(inputs.forceAreaKm2).toBeGreaterThan(2538 * 0.99);
    expect(inputs.forceAreaKm2).toBeLessThan(2538 * 1.01);
  });
});

describe('the session', () => {
  it('proposes in the worker on the analyst’s data, naming places from details still being appended', async () => {
    const host = nodeHost({ demoDir: path.resolve(__dirname, '../../fixtures/demo'), idleMs: 10_000 });
    const session = new EngineSession(host);
    await session.handle('start', { mappings: {} });
    await session.handle('setHarmWeights', { weights: DEFAULT_HARM_WEIGHTS });
    const bytes = readFixture(REAL_POLICE_UK_MONTH);
    await session.handle('ingest', { files: [{ path: 'june.csv', bytes: new Uint8Array(bytes) }], mappings: {} });
    const proposal = await session.handle('proposeHotspots', { selection: {}, options: { stability: false } });
    expect(proposal.hotspots).toHaveLength(18);
    expect(proposal.hotspots.every((h) => h.street !== null)).toBe(true);
    await (await session.database()).close();
  }, 60_000);
});
