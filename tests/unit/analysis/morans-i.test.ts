// Global Moran's I with normality inference (Cliff & Ord 1981), as esda.moran.Moran computes I, EI, VI_norm, p_norm.
// esda's own doctest value (St Louis homicides HR8893 on stl.gal: I = 0.24365582621771659, EI = −0.012987012987012988,
// p_norm = 0.00027147862770937614) needs the libpysal example files, which are not available here. Published reference
// used instead: esda's test suite (pysal/esda, esda/tests/test_moran.py, TestMoran.test_variance): y = 1..9 on
// lat2W(3, 3) (rook contiguity), transformation "B", gives VI_norm = 0.053125. Also: the exact analytic values of a
// checkerboard, E[I] = −1/(n−1) as in the doctest (n = 78 → −0.012987…), and an independent dense implementation.
import { describe, expect, it } from 'vitest';
import { moransI } from '../../../src/analysis';
import { denseMoran, rookLattice } from './dense-reference';

const rook = rookLattice(6, 6);
const checkerboard = Array.from({ length: 36 }, (_, i) => (Math.floor(i / 6) + (i % 6)) % 2);

describe("Moran's I", () => {
  it('matches esda Moran(y = 1..9, lat2W(3, 3), transformation="B"): VI_norm = 0.053125', () => {
    const result = moransI([1, 2, 3, 4, 5, 6, 7, 8, 9], rookLattice(3, 3), { rowStandardise: false });
    expect(result.variance).toBeCloseTo(0.053125, 12);
    expect(result.expected).toBeCloseTo(-1 / 8, 15);
    // I by hand: z = y − 5; the 12 rook pairs give Σ z_i·z_j = 36 across + 4 down, 80 over ordered pairs; Σz² = 60;
    // S0 = 24 → I = (9/24)·(80/60) = 0.5
    expect(result.i).toBeCloseTo(0.5, 12);
  });

  it('is exactly −1 on a checkerboard (perfect negative autocorrelation)', () => {
    expect(moransI(checkerboard, rook).i).toBeCloseTo(-1, 12);
    expect(moransI(checkerboard, rook, { rowStandardise: false }).i).toBeCloseTo(-1, 12);
  });

  it('has E[I] = −1/(n−1), e.g. −0.012987012987012988 for esda’s 78 St Louis counties', () => {
    expect(moransI(checkerboard, rook).expected).toBeCloseTo(-1 / 35, 15);
    expect(-1 / 77).toBe(-0.012987012987012988);
  });

  it('matches an independent dense computation of I and Var(I), row-standardised and binary', () => {
    const values = Array.from({ length: 36 }, (_, i) => Math.floor(i / 6) * 2 + ((i * 7) % 5));
    for (const rowStandardise of [true, false]) {
      const w = rook.map((list) =>
        Array.from({ length: 36 }, (_, j) => (list.includes(j) ? (rowStandardise ? 1 / list.length : 1) : 0)),
      );
      const dense = denseMoran(values, w);
      const fast = moransI(values, rook, { rowStandardise });
      expect(fast.i).toBeCloseTo(dense.i, 12);
      expect(fast.variance).toBeCloseTo(dense.variance, 12);
      expect(fast.z).toBeCloseTo((dense.i + 1 / 35) / Math.sqrt(dense.variance), 10);
      expect(fast.i).toBeGreaterThan(0.3); // rows rise steadily: clear positive autocorrelation
      expect(fast.p).toBeLessThan(0.001);
    }
  });

  it('is unchanged by scaling and shifting the values', () => {
    const values = checkerboard.map((v, i) => v + (i % 4));
    const a = moransI(values, rook);
    const b = moransI(
      values.map((v) => 3 * v + 10),
      rook,
    );
    expect(b.i).toBeCloseTo(a.i, 12);
    expect(b.p).toBeCloseTo(a.p, 12);
  });
});
