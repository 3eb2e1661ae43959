// Displacement and diffusion round a GRIP hotspot set (issue 17) on real DuckDB-WASM over a small seeded demo, against
// an independent count from its crimes.csv: a rectangle's crimes exactly, its 100 m ring and its 400 m–1 km control
// ring bounded by the crimes 5 m either side of each edge (distances on an equirectangular projection: exact enough).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wdd } from '../../../src/analysis/metrics';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { queryDisplacement, type DisplacementWithPeriods } from '../../../src/data/patrol-displacement';
import { generateDemoData } from '../../../scripts/generate-demo-data';

const [WEST, SOUTH, EAST, NORTH] = [-1.1345, 52.6335, -1.1265, 52.6385];
const RECTANGLE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [WEST, SOUTH],
      [EAST, SOUTH],
      [EAST, NORTH],
      [WEST, NORTH],
      [WEST, SOUTH],
    ],
  ],
};
const M_LAT = 111_195;
const M_LNG = M_LAT * Math.cos((52.636 * Math.PI) / 180);
/** Metres from a point to the rectangle (0 inside). */
const metresOutside = ([lng, lat]: [number, number]) =>
  Math.hypot(Math.max(WEST - lng, 0, lng - EAST) * M_LNG, Math.max(SOUTH - lat, 0, lat - NORTH) * M_LAT);

describe('displacement round a hotspot set, 2024 against 2025', () => {
  const demoDir = mkdtempSync(path.join(tmpdir(), 'grip-displacement-'));
  let session: EngineSession;
  let result: DisplacementWithPeriods | null;
  let rows: { lngLat: [number, number]; after: boolean }[];

  beforeAll(async () => {
    generateDemoData({ seed: 5, out: demoDir, scale: 0.05 });
    const [header, ...lines] = readFileSync(path.join(demoDir, 'crimes.csv'), 'utf8').trim().split('\n');
    const c = header.split(',');
    const [at, lat, lon] = ['occurred_at', 'latitude', 'longitude'].map((n) => c.indexOf(n));
    rows = lines.map((l) => {
      const f = l.split(',');
      return { lngLat: [Number(f[lon]), Number(f[lat])], after: f[at].startsWith('2025') };
    });
    session = new EngineSession(nodeHost({ demoDir, idleMs: 20 }));
    await session.handle('start', { mappings: {} });
    const db = await session.database();
    result = await queryDisplacement(db, {
      hotspots: [RECTANGLE],
      fromMonth: '2025-01',
      toMonth: '2025-12',
      crimeTypes: [],
    });
  }, 120_000);
  afterAll(async () => {
    if (session) await (await session.database()).close();
    rmSync(demoDir, { recursive: true, force: true });
  });

  it('counts the hotspot exactly, and the ring and the control ring within their bounds', () => {
    expect(result).not.toBeNull();
    const c = result!.counts;
    for (const after of [false, true]) {
      const period = rows.filter((r) => r.after === after);
      const inside = period.filter((r) => metresOutside(r.lngLat) === 0).length;
      const within = (m: number) => period.filter((r) => metresOutside(r.lngLat) <= m).length - inside;
      const [hotspot, ring, control] = after
        ? [c.hotspotAfter, c.bufferAfter, c.controlAfter]
        : [c.hotspotBefore, c.bufferBefore, c.controlBefore];
      expect(inside).toBeGreaterThan(50);
      expect(hotspot).toBe(inside);
      expect(ring).toBeGreaterThanOrEqual(within(95));
      expect(ring).toBeLessThanOrEqual(within(105));
      expect(control).toBeGreaterThanOrEqual(within(995) - within(405));
      expect(control).toBeLessThanOrEqual(within(1005) - within(395));
      expect(control).toBeGreaterThan(100);
    }
    expect(result!.before).toEqual({ fromMonth: '2024-01', toMonth: '2024-12' });
  });

  it('weighs them as WDD does, buffers included (Wheeler & Ratcliffe 2018)', () => {
    const c = result!.counts;
    expect(result!.wdd).toEqual(
      wdd({
        treatedBefore: c.hotspotBefore,
        treatedAfter: c.hotspotAfter,
        controlBefore: c.controlBefore,
        controlAfter: c.controlAfter,
        treatedBufferBefore: c.bufferBefore,
        treatedBufferAfter: c.bufferAfter,
      }),
    );
    expect(result!.pai).toBeGreaterThan(10);
  });

  it('is not measured when the months before are not loaded', async () => {
    const db = await session.database();
    expect(
      await queryDisplacement(db, { hotspots: [RECTANGLE], fromMonth: '2024-03', toMonth: '2024-12', crimeTypes: [] }),
    ).toBeNull();
  });
});
