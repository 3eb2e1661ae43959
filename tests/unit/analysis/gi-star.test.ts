// Gi* formula: Ord & Getis (1995), Geographical Analysis 27(4):286–306, as printed in ArcGIS Pro's "How Hot Spot
// Analysis (Getis-Ord Gi*) works". Published reference: esda's own test suite (pysal/esda, esda/tests/test_getisord.py,
// TestGLocal.test_star_binary): six points, DistanceBand threshold 15, y = [2, 3, 3.2, 5, 8, 7], G_Local(star=True,
// transform="B") gives Zs[0] = −1.39727626. The grid version is also checked against an independent dense
// implementation (dense-reference.ts), a value derived by hand, and properties.
import { describe, expect, it } from 'vitest';
import { gridDisk, latLngToCell } from 'h3-js';
import { giStar, giStarFromNeighbours } from '../../../src/analysis';
import { denseGiStar, rookLattice } from './dense-reference';

const lattice = rookLattice(5, 5).map((list, i) => [i, ...list]); // Gi*: self included
const values = [0, 1, 0, 2, 0, 1, 3, 8, 2, 0, 0, 9, 12, 7, 1, 0, 2, 6, 1, 0, 1, 0, 0, 1, 0];

describe('Gi*', () => {
  it('matches esda G_Local(star=True, transform="B") on its six-point test data: Zs[0] = −1.39727626', () => {
    const points = [
      [10, 10],
      [20, 10],
      [40, 10],
      [15, 20],
      [30, 20],
      [30, 30],
    ];
    const withinBand = points.map(([x, y]) =>
      points.flatMap(([u, v], j) => (Math.hypot(x - u, y - v) <= 15 ? [j] : [])),
    );
    expect(withinBand[0]).toEqual([0, 1, 3]); // self, (20,10) at 10 and (15,20) at 11.18; the rest lie beyond 15
    const { z, p } = giStarFromNeighbours([2, 3, 3.2, 5, 8, 7], withinBand);
    expect(z[0]).toBeCloseTo(-1.39727626, 7);
    expect(p[0]).toBeCloseTo(0.1623, 4); // two-sided normal p of |z| = 1.397
  });

  it('agrees with an independent dense implementation on a 5×5 lattice', () => {
    const dense = lattice.map((list) => Array.from({ length: 25 }, (_, j) => (list.includes(j) ? 1 : 0)));
    const expected = denseGiStar(values, dense);
    const { z } = giStarFromNeighbours(values, lattice);
    z.forEach((zi, i) => expect(zi).toBeCloseTo(expected[i], 12));
  });

  it('gives the hand-computed z for the centre cell', () => {
    // n = 25, Σx = 57, Σx² = 401 → X̄ = 2.28, S = √(401/25 − 2.28²) = √10.8416; centre cell 12 and its 4 rook
    // neighbours sum to 12+8+7+9+6 = 42 with w = 5: z = (42 − 2.28·5) / (S·√((25·5 − 25)/24)) = 30.6 / 6.7211 ≈ 4.5528.
    const expected = (42 - 2.28 * 5) / (Math.sqrt(10.8416) * Math.sqrt(100 / 24));
    expect(giStarFromNeighbours(values, lattice).z[12]).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(4.5528, 4);
  });

  const centre = latLngToCell(52.6365, -1.1327, 9);
  const area = gridDisk(centre, 8);
  const cells = area.map((h3, i) => ({
    h3,
    value: h3 === centre ? 40 : gridDisk(centre, 1).includes(h3) ? 15 : i % 3,
  }));

  it('finds a 99% hot spot at a planted H3 cluster and nothing significant elsewhere far away', () => {
    const result = giStar(cells);
    const byCell = new Map(result.map((r) => [r.h3, r]));
    expect(byCell.get(centre)!.bin).toBe(3);
    expect(byCell.get(centre)!.p).toBeLessThan(0.001);
    expect(result.filter((r) => r.bin === 3).every((r) => gridDisk(centre, 2).includes(r.h3))).toBe(true);
  });

  it('is unchanged when every value is scaled, and does not depend on input order', () => {
    const base = new Map(giStar(cells).map((r) => [r.h3, r.z]));
    const scaled = giStar(cells.map((c) => ({ ...c, value: c.value * 37.5 })));
    scaled.forEach((r) => expect(r.z).toBeCloseTo(base.get(r.h3)!, 10));
    const reversed = giStar([...cells].reverse());
    reversed.forEach((r) => expect(r.z).toBeCloseTo(base.get(r.h3)!, 12));
  });

  it('has no clusters when all values are equal, and FDR never adds significance', () => {
    expect(giStar(cells.map((c) => ({ ...c, value: 4 }))).every((r) => r.z === 0 && r.p === 1 && r.bin === 0)).toBe(
      true,
    );
    const plain = giStar(cells);
    const fdr = giStar(cells, { fdr: true });
    fdr.forEach((r, i) => expect(Math.abs(r.bin)).toBeLessThanOrEqual(Math.abs(plain[i].bin)));
    expect(fdr.filter((r) => r.bin !== 0).length).toBeLessThan(plain.filter((r) => r.bin !== 0).length);
  });
});
