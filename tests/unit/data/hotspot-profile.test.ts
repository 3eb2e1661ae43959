// A GRIP hotspot's profile (issue 16) on real DuckDB-WASM, each figure against an independent count: Turf
// point-in-polygon over the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3; no times, so no
// hour × weekday grid), and over a small seeded demo (it has times) through the session's `hotspotProfile` call.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import type { HotspotProfile } from '../../../src/analysis/hotspot-profile';
import { poissonRateRatio } from '../../../src/analysis/rate-ratio';
import type { Engine } from '../../../src/data/engine';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { queryHotspotProfile } from '../../../src/data/hotspot-profile';
import { generateDemoData } from '../../../scripts/generate-demo-data';
import { CITY_CENTRE, realMonthEngine, realMonthRowsInside } from './real-month';

const tally = (keys: string[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};
const sorted = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

describe('hotspot profile on the real June 2024 police.uk month', () => {
  let engine: Engine;
  let profile: HotspotProfile;
  let all: number;
  const inside = realMonthRowsInside(CITY_CENTRE).map((r) => r['Crime type']);

  beforeAll(async () => {
    engine = await realMonthEngine();
    profile = await queryHotspotProfile(engine, { filter: DEFAULT_FILTER, polygon: CITY_CENTRE, id: 'CC' });
    all = (await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM crimes WHERE in_area'))[0].n;
  }, 60_000);
  afterAll(async () => engine.close());

  it('counts exactly the crimes whose points fall in the polygon, by type and month', () => {
    expect(inside.length).toBeGreaterThan(300);
    expect(profile.id).toBe('CC');
    expect(profile.crimes).toBe(inside.length);
    expect(sorted(profile.byType)).toEqual(sorted(tally(inside)));
    expect(profile.byMonth).toEqual({ '2024-06': inside.length });
  });

  it('weighs harm by type, has no hour × weekday grid, and no previous period loaded', () => {
    const harm = inside.reduce((sum, type) => sum + (DEFAULT_HARM_WEIGHTS[type] ?? 0), 0);
    expect(profile.harm).toBeCloseTo(harm, 6);
    expect(profile.byHourWeekday).toBeNull();
    expect(profile.previousPeriod.crimes).toBeNull();
    expect(profile.trend).toEqual({ s: 0, z: 0, p: 1, trend: 'no trend' });
  });

  it('gives PAI against the force area', () => {
    const areaKm2 = area(CITY_CENTRE) / 1e6;
    expect(profile.pai).toBeCloseTo(inside.length / all / (areaKm2 / engine.forceArea.areaKm2), 9);
  });

  it('follows the type filter', async () => {
    const filter = { ...DEFAULT_FILTER, crimeTypes: ['Shoplifting', 'Drugs'] };
    const p = await queryHotspotProfile(engine, { filter, polygon: CITY_CENTRE, id: 'CC' });
    expect(p.crimes).toBe(inside.filter((t) => t === 'Shoplifting' || t === 'Drugs').length);
  });
});

describe('hotspot profile on a seeded demo (times), through the session', () => {
  const demoDir = mkdtempSync(path.join(tmpdir(), 'grip-profile-demo-'));
  let session: EngineSession;
  let profile: HotspotProfile;
  // The demo's GRIP hotspots are street segments (LineStrings), which the profile does not take yet: a polygon.
  const polygon = CITY_CENTRE;
  let rows: { lngLat: [number, number]; monthIso: string; weekday: number; hour: number }[];

  beforeAll(async () => {
    generateDemoData({ seed: 7, out: demoDir, scale: 0.05 });
    const [header, ...lines] = readFileSync(path.join(demoDir, 'crimes.csv'), 'utf8').trim().split('\n');
    const c = header.split(',');
    const [at, lat, lon] = ['occurred_at', 'latitude', 'longitude'].map((name) => c.indexOf(name));
    // Locations may be quoted and hold commas; the columns before them do not.
    rows = lines.map((l) => {
      const f = l.split(',');
      const [date, time] = f[at].split(' ');
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
      return {
        lngLat: [Number(f[lon]), Number(f[lat])],
        monthIso: date.slice(0, 7),
        weekday,
        hour: Number(time.slice(0, 2)),
      };
    });
    session = new EngineSession(nodeHost({ demoDir, idleMs: 20 }));
    await session.handle('start', { mappings: {} });
    const filter = { ...DEFAULT_FILTER, fromMonth: '2025-01', toMonth: '2025-12' };
    profile = await session.handle('hotspotProfile', { filter, polygon, id: 'CC' });
  }, 120_000);
  afterAll(async () => {
    if (session) await (await session.database()).close();
    rmSync(demoDir, { recursive: true, force: true });
  });

  it('has the hour × weekday grid of an independent count from the rows', () => {
    const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    const inPeriod = rows.filter((r) => r.monthIso >= '2025-01' && r.monthIso <= '2025-12');
    const inside = inPeriod.filter((r) => booleanPointInPolygon(r.lngLat, polygon));
    for (const r of inside) grid[r.weekday][r.hour] += 1;
    expect(inside.length).toBeGreaterThan(50);
    expect(profile.crimes).toBe(inside.length);
    expect(profile.byHourWeekday).toEqual(grid);
    expect(Object.keys(profile.byMonth)).toHaveLength(12);
    expect(sorted(profile.byMonth)).toEqual(sorted({ ...profile.byMonth, ...tally(inside.map((r) => r.monthIso)) }));
  });

  it('compares with the previous twelve months as an exact Poisson rate ratio', () => {
    const before = rows.filter((r) => r.monthIso.startsWith('2024') && booleanPointInPolygon(r.lngLat, polygon));
    const expected = poissonRateRatio(profile.crimes, before.length);
    expect(profile.previousPeriod).toEqual({
      crimes: before.length,
      rateRatio: expected.rateRatio,
      ciLow: expected.ciLow,
      ciHigh: expected.ciHigh,
    });
  });
});
