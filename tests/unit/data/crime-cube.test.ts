// The charts' cube and the profile drawn from it (issue 16), on real DuckDB-WASM, against independent counts: the
// engine's own SQL hotspot profile and a Turf point-in-polygon count over the real June 2024 Leicestershire month
// (tests/fixtures/police-uk, OGL v3), and the hour, weekday and day filters over a small seeded demo (it has times).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsByType, filterCube, hourWeekdayGrid, totalsOf, type CubeRow } from '../../../src/analysis/crime-cube';
import { DEFAULT_FILTER, type CrimeFilter } from '../../../src/analysis/crime-filter';
import { selectionProfile } from '../../../src/analysis/selection-profile';
import type { Engine } from '../../../src/data/engine';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { exportHandlers } from '../../../src/data/engine/export-calls';
import { queryBusiestPlaces, queryCrimeCube } from '../../../src/data/crime-cube';
import { queryHotspotProfile } from '../../../src/data/hotspot-profile';
import { generateDemoData } from '../../../scripts/generate-demo-data';
import { CITY_CENTRE, realMonthEngine, realMonthRowsInside } from './real-month';

describe('the cube on the real June 2024 police.uk month', () => {
  let engine: Engine;
  let forceRows: CubeRow[];
  let placeRows: CubeRow[];
  const inside = realMonthRowsInside(CITY_CENTRE).map((r) => ({ type: r['Crime type'], location: r.Location }));

  beforeAll(async () => {
    engine = await realMonthEngine();
    forceRows = await queryCrimeCube(engine, null);
    placeRows = await queryCrimeCube(engine, CITY_CENTRE);
  }, 60_000);
  afterAll(async () => engine.close());

  it('holds every mapped crime of the force, and exactly the crimes in the polygon', async () => {
    const [{ n }] = await engine.query<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM crimes WHERE in_area AND h3_r10 IS NOT NULL',
    );
    expect(totalsOf(forceRows).crimes).toBe(n);
    expect(totalsOf(placeRows).crimes).toBe(inside.length);
    expect(hourWeekdayGrid(forceRows)).toBeNull(); // police.uk: months only
  });

  it.each<[string, CrimeFilter]>([
    ['every type', DEFAULT_FILTER],
    ['two types', { ...DEFAULT_FILTER, crimeTypes: ['Drugs', 'Shoplifting'] }],
  ])('gives the same profile as the engine’s SQL one, %s', async (_, filter) => {
    const sql = await queryHotspotProfile(engine, { filter, polygon: CITY_CENTRE, id: 'CC' });
    const fromCube = selectionProfile({
      id: 'CC',
      polygon: CITY_CENTRE,
      placeRows,
      forceRows,
      filter,
      forceAreaKm2: engine.forceArea.areaKm2,
      monthRange: { first: '2024-06', last: '2024-06' },
    });
    expect(fromCube).toEqual(sql);
  });

  it('ranks types as an independent count does', () => {
    const tally = new Map<string, number>();
    for (const { type } of inside) tally.set(type, (tally.get(type) ?? 0) + 1);
    const expected = [...tally].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    expect(countsByType(placeRows).map((t) => [t.crimeType, t.crimes])).toEqual(expected);
  });

  it('names the busiest places with their counts', async () => {
    const tally = new Map<string, number>();
    for (const { location } of inside) tally.set(location, (tally.get(location) ?? 0) + 1);
    const expected = [...tally]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, 5)
      .map(([place, crimes]) => ({ place, crimes }));
    expect(await queryBusiestPlaces(engine, DEFAULT_FILTER, CITY_CENTRE)).toEqual(expected);
  });
});

describe('hours, weekdays and days on a seeded demo (times), through the session', () => {
  const demoDir = mkdtempSync(path.join(tmpdir(), 'grip-cube-demo-'));
  let session: EngineSession;
  let rows: { lngLat: [number, number]; dayIso: string; monthIso: string; weekday: number; hour: number }[];

  beforeAll(async () => {
    generateDemoData({ seed: 11, out: demoDir, scale: 0.05 });
    const [header, ...lines] = readFileSync(path.join(demoDir, 'crimes.csv'), 'utf8').trim().split('\n');
    const c = header.split(',');
    const [at, lat, lon] = ['occurred_at', 'latitude', 'longitude'].map((name) => c.indexOf(name));
    rows = lines.map((l) => {
      const f = l.split(',');
      const [date, time] = f[at].split(' ');
      return {
        lngLat: [Number(f[lon]), Number(f[lat])],
        dayIso: date,
        monthIso: date.slice(0, 7),
        weekday: (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7,
        hour: Number(time.slice(0, 2)),
      };
    });
    session = new EngineSession(nodeHost({ demoDir, idleMs: 20 }));
    await session.handle('start', { mappings: {} });
  }, 120_000);
  afterAll(async () => {
    if (session) await (await session.database()).close();
    rmSync(demoDir, { recursive: true, force: true });
  });

  const mapTotal = async (filter: CrimeFilter) =>
    (await session.handle('cellValues', { filter, harm: false })).reduce((s, c) => s + c.value, 0);

  it('filters the map by hours that wrap past midnight and by weekdays', async () => {
    const filter = { ...DEFAULT_FILTER, hours: [22, 3] as [number, number], weekdays: [4, 5] };
    const expected = rows.filter((r) => (r.hour >= 22 || r.hour <= 3) && (r.weekday === 4 || r.weekday === 5));
    expect(expected.length).toBeGreaterThan(100);
    expect(await mapTotal(filter)).toBe(expected.length);
  });

  it('filters the map by a span of days (time playback by week)', async () => {
    const filter = { ...DEFAULT_FILTER, fromDay: '2025-03-03', toDay: '2025-03-09' };
    const expected = rows.filter((r) => r.dayIso >= '2025-03-03' && r.dayIso <= '2025-03-09');
    expect(expected.length).toBeGreaterThan(20);
    expect(await mapTotal(filter)).toBe(expected.length);
  });

  it('filters the polygon’s cube by hours as the rows say', async () => {
    const { rows: cube } = await session.handle('crimeCube', { polygon: CITY_CENTRE });
    const filter = { ...DEFAULT_FILTER, hours: [15, 22] as [number, number] };
    const inPolygon = rows.filter((r) => booleanPointInPolygon(r.lngLat, CITY_CENTRE));
    const expected = inPolygon.filter((r) => r.hour >= 15 && r.hour <= 22);
    expect(totalsOf(filterCube(cube, filter)).crimes).toBe(expected.length);
    // Crossfilter: the hour chart is not filtered by its own hours.
    expect(totalsOf(filterCube(cube, filter, 'hours')).crimes).toBe(inPolygon.length);
  });

  it('exports the selection’s records in the chosen hours and weekdays only', async () => {
    const records = exportHandlers(() => session.database()).selectionRecordsCsv;
    const filter = {
      fromMonth: null,
      toMonth: null,
      crimeTypes: [],
      hours: [15, 22] as [number, number],
      weekdays: [5, 6],
    };
    const out = await records({ polygon: CITY_CENTRE, filter });
    const expected = rows.filter(
      (r) => booleanPointInPolygon(r.lngLat, CITY_CENTRE) && r.hour >= 15 && r.hour <= 22 && r.weekday >= 5,
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(out.rows).toBe(expected.length);
  });
});
