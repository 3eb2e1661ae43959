// The `interventions` engine call behind the prevention-tier overlay, through the Node session on real DuckDB-WASM:
// the demo fixture's six hand-written points (tests/fixtures/demo/interventions.geojson) and a real-format CSV.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { interventionQuery } from '../../../src/data/interventions';
import { readFixture } from '../../fixture';

const demoDir = path.resolve(__dirname, '../../fixtures/demo');

async function demoSession() {
  const session = new EngineSession(nodeHost({ demoDir, idleMs: 10_000 }));
  await session.handle('start', { mappings: {} });
  return session;
}

const ids = (r: { interventions: { interventionId: string | null }[] }) => r.interventions.map((i) => i.interventionId);

describe('the interventions call', () => {
  it('returns the demo points by tier, with every kind held and points in GeoJSON order', async () => {
    const session = await demoSession();
    const all = await session.handle('interventions', {});
    expect(ids(all)).toEqual(['FIX-1', 'FIX-2', 'FIX-3', 'FIX-6', 'FIX-4', 'FIX-5']);
    expect(all.kinds).toEqual([
      'CCTV',
      'Early intervention',
      'Hotspot problem-solving',
      'Restorative justice',
      'Street lighting',
      'Youth diversion',
    ]);
    expect(all.interventions[0]).toEqual({
      interventionId: 'FIX-1',
      tier: 'primary',
      kind: 'CCTV',
      startedOn: '2024-03-01',
      lngLat: [-1.1327, 52.6365],
      location: 'Gallowtree Gate, Leicester',
    });
    expect(all.interventions.find((i) => i.interventionId === 'FIX-5')?.startedOn).toBeNull();
    expect(all.withoutPlace).toBe(0);
  });

  it.each([
    [{ tiers: ['tertiary'] }, ['FIX-4', 'FIX-5']],
    [{ tiers: [] }, []],
    [{ tiers: ['primary', 'secondary'], kinds: ['CCTV', 'Youth diversion'] }, ['FIX-1', 'FIX-3']],
    // A date bound drops the one without a date (FIX-5); both bounds are inclusive.
    [{ fromDate: '2025-01-15' }, ['FIX-2', 'FIX-6', 'FIX-4']],
    [{ fromDate: '2024-03-01', toDate: '2024-09-10' }, ['FIX-1', 'FIX-3']],
    [{ toDate: 'last week' }, ['FIX-1', 'FIX-2', 'FIX-3', 'FIX-6', 'FIX-4', 'FIX-5']],
    [{ tiers: ["primary') OR ('a'='a"], kinds: ["x' OR '1'='1"] }, []],
  ])('%j → %j', async (request, expected) => {
    const session = await demoSession();
    expect(ids(await session.handle('interventions', request))).toEqual(expected);
  });

  it('drops unknown tiers and malformed dates before any SQL is built', () => {
    expect(interventionQuery({ tiers: ['primary', 'Level 2'], fromDate: '2025-13-45', toDate: '2025-06-30' })).toEqual({
      tiers: ['primary'],
      kinds: [],
      fromDate: null,
      toDate: '2025-06-30',
    });
  });

  it("goes with the demo: the analyst's file replaces the demo's interventions, area-wide ones counted apart", async () => {
    const session = await demoSession();
    const file = { path: 'interventions.csv', bytes: readFixture('good/interventions.csv') };
    await session.handle('ingest', { files: [file], mappings: {} });
    const after = await session.handle('interventions', {});
    // A4's tier "Level 2" is set aside by the loader; A2 is citywide (no point).
    expect(ids(after)).toEqual(['A1', 'A3']);
    expect(after.withoutPlace).toBe(1);
    expect(after.kinds).toEqual(['Offender management (IOM)', 'Street lighting upgrade', 'Youth diversion sessions']);
  });
});
