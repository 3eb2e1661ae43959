// The session's statistics calls (issue 15) as the worker relays them: labels of the study area and neighbourhood,
// and local Moran's I clusters over the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3) on real
// DuckDB-WASM; clusters checked against localMoransI run directly over the same cells.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighboursWithin } from '../../../src/analysis/h3-grid';
import { localMoransI } from '../../../src/analysis/local-morans-i';
import { DEFAULT_FILTER, type CrimeFilter } from '../../../src/analysis/crime-filter';
import { cellsCoveringArea } from '../../../src/analysis/study-area';
import { nodeHost } from '../../../src/data/engine/node-host';
import type { ClustersResult } from '../../../src/data/engine/protocol';
import { EngineSession } from '../../../src/data/engine/session';
import type { Engine } from '../../../src/data/engine';
import { readFixture } from '../../fixture';

const demoDir = path.resolve(__dirname, '../../fixtures/demo');
const filter: CrimeFilter = { ...DEFAULT_FILTER, resolution: 9 };
const city = { harm: false, fdr: false, area: { kind: 'city' } } as const;
let session: EngineSession;
let db: Engine;
let clusters: ClustersResult;

beforeAll(async () => {
  session = new EngineSession(nodeHost({ demoDir, idleMs: 20 }));
  await session.handle('start', { mappings: {} });
  const bytes = readFixture('police-uk/2024-06-leicestershire-street.csv');
  await session.handle('ingest', { files: [{ path: '2024-06-leicestershire-street.csv', bytes }], mappings: {} });
  db = await session.database();
  clusters = await session.handle('clusters', { filter, options: { ...city, permutations: 199, seed: 7 } });
}, 120_000);
afterAll(async () => {
  await session.settled();
  await db.close();
});

describe('the statistics calls say what they ran over', () => {
  it('Gi* over all of LLR with 1 ring unless asked otherwise', async () => {
    const result = await session.handle('giStar', { filter, options: { harm: false, fdr: false } });
    expect(result.studyArea).toEqual({ label: 'all of LLR', cellCount: result.studyCellCount });
    expect(result.neighbourhood).toEqual({ label: 'adjacent hexes (1 ring)' });
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('emerging hot spots over a district with 2 rings', async () => {
    const result = await session.handle('emerging', {
      filter,
      options: {
        harm: false,
        fdr: false,
        area: { kind: 'district', name: 'Melton' },
        neighbourhood: { kind: 'rings', k: 2 },
      },
    });
    expect(result.studyArea.label).toBe('Melton');
    expect(result.neighbourhood.label).toBe('hexes within 2 rings');
    expect(result.steps).toBe(1);
  });
});

describe('local Moran’s I clusters', () => {
  it('names the study area, the neighbourhood, the permutations and the seed', () => {
    const cells = cellsCoveringArea([db.forceArea.districtGeometry('Leicester')!], 9);
    expect(clusters.studyArea).toEqual({ label: 'Leicester city', cellCount: cells.length });
    expect(clusters.neighbourhood).toEqual({ label: 'adjacent hexes (1 ring)' });
    expect([clusters.permutations, clusters.seed]).toEqual([199, 7]);
  });

  it('returns only the significant cells, with a count per quadrant', () => {
    expect(clusters.counts.HH).toBeGreaterThan(0);
    const counted = Object.values(clusters.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(clusters.cells.length);
    expect(counted + clusters.notSignificant).toBe(clusters.studyCellCount);
    const labels = { HH: 'High-High cluster', LH: 'Low-High outlier', LL: 'Low-Low cluster', HL: 'High-Low outlier' };
    for (const c of clusters.cells) {
      expect(c.p).toBeLessThan(0.05);
      expect(c.cluster).toBe(labels[c.quadrant]);
    }
  });

  it('puts busy hexes in High-High clusters and quiet ones beside them in Low-High outliers', () => {
    const mean = (quadrant: string) => {
      const cells = clusters.cells.filter((c) => c.quadrant === quadrant);
      return cells.reduce((a, c) => a + c.value, 0) / cells.length;
    };
    expect(mean('HH')).toBeGreaterThan(5);
    if (clusters.counts.LH > 0) expect(mean('LH')).toBeLessThan(mean('HH'));
  });

  it('equals localMoransI run directly over the city’s cells with rings neighbours less the cell itself', async () => {
    const cells = cellsCoveringArea([db.forceArea.districtGeometry('Leicester')!], 9);
    const byCell = new Map((await db.cellValues(filter, false)).map((v) => [v.h3, v.value]));
    const values = cells.map((h3) => byCell.get(h3) ?? 0);
    const neighbours = neighboursWithin(cells, 1).map((list, i) => list.filter((j) => j !== i));
    const direct = localMoransI(values, neighbours, { permutations: 199, seed: 7 });
    const significant = cells.flatMap((h3, k) =>
      direct.cluster[k] !== 0 ? [{ h3, i: direct.i[k], p: direct.p[k] }] : [],
    );
    expect(clusters.cells.map((c) => ({ h3: c.h3, i: c.i, p: c.p }))).toEqual(significant);
  });

  it('gives the same answer for the same seed, and refuses a bad number of permutations', async () => {
    const again = await session.handle('clusters', { filter, options: { ...city, permutations: 199, seed: 7 } });
    expect(again.cells).toEqual(clusters.cells);
    await expect(session.handle('clusters', { filter, options: { ...city, permutations: 2.5 } })).rejects.toThrow(
      'The number of permutations must be a whole number from 0 to 9,999 (got 2.5).',
    );
  });
});
