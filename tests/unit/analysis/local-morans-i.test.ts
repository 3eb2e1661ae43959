// Local Moran's I (Anselin 1995) against esda's published values. Sources, all pysal/esda:
// - `Moran_Local` docstring (esda/moran.py): desmith data, transformation "r" → q = [4, 4, 4, 2, 3, 3, 1, 4, 3, 3].
// - esda/tests/test_moran.py, TestMoranLocal.test_local_moments (desmith, "r"): EI = −1/9 for every cell and
//   VI, EIc, VIc as below, checked with assert_allclose(rtol = libpysal RTOL = 1e-5, atol = ATOL = 1e-7).
// - TestMoranLocal.test_defaults (desmith, "r", 99 permutations, seed 12345): z_sim[0] = −0.6990291160835514,
//   p_z_sim[0] = 0.24226691753791396. These depend on numpy's generator, so they are matched statistically.
// - TestMoran.test_moran (St Louis HR8893 on stl.gal): global I = 0.24365582621771659. With row-standardised
//   weights and no islands Σ Is = (n − 1)·I, so the published global I checks the local Is of all 78 counties at once.
// Input files: tests/fixtures/esda (libpysal 4.7.0 examples, BSD-3-Clause; see the README there).
import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import {
  localMoranMoments,
  localMoransI,
  moransI,
  neighboursWithin,
  normalCdf,
  QUADRANT_LABELS,
  seededRandom,
} from '../../../src/analysis';
import { readColumn, readGal } from './esda-fixtures';

const desmith = { y: readColumn('desmith.txt', 'z'), w: readGal('desmith.gal') };
const stl = { y: readColumn('stl_hom.txt', 'HR8893'), w: readGal('stl.gal') };
const RTOL = 1e-5;
const ATOL = 1e-7;
const allClose = (actual: ArrayLike<number>, expected: number[]) =>
  expected.forEach((e, k) => expect(Math.abs(actual[k] - e)).toBeLessThanOrEqual(ATOL + RTOL * Math.abs(e)));

/** Queen contiguity on a rows×cols lattice, without self. */
function queenLattice(rows: number, cols: number): number[][] {
  return Array.from({ length: rows * cols }, (_, k) => {
    const r = Math.floor(k / cols);
    const c = k % cols;
    const out: number[] = [];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const rr = r + dr;
        const cc = c + dc;
        if ((dr || dc) && rr >= 0 && rr < rows && cc >= 0 && cc < cols) out.push(rr * cols + cc);
      }
    return out;
  });
}

function gaussianField(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const u = random.next() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  });
}

/** The exact conditional-randomisation tail esda's p_sim estimates: all C(n − 1, k) neighbour sets of cell i. */
function exactFoldedTail(y: number[], w: number[][], i: number): number {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(y.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  const z = y.map((v) => (v - mean) / sd);
  const others = z.filter((_, j) => j !== i);
  const k = w[i].length;
  const statistic = (lag: number) => ((n - 1) * z[i] * lag) / n; // Σ z² = n
  const observed = statistic(w[i].reduce((a, j) => a + z[j], 0) / k);
  let atLeast = 0;
  let total = 0;
  const choose = (start: number, left: number, sum: number): void => {
    if (left === 0) {
      total++;
      if (statistic(sum / k) >= observed - 1e-12) atLeast++;
      return;
    }
    for (let j = start; j <= others.length - left; j++) choose(j + 1, left - 1, sum + others[j]);
  };
  choose(0, k, 0);
  return Math.min(atLeast / total, 1 - atLeast / total);
}

describe("Local Moran's I against esda's published values", () => {
  it('gives esda’s quadrants on desmith (Moran_Local docstring: q = [4, 4, 4, 2, 3, 3, 1, 4, 3, 3])', () => {
    const result = localMoransI(desmith.y, desmith.w, { permutations: 0 });
    expect(Array.from(result.quadrant)).toEqual([4, 4, 4, 2, 3, 3, 1, 4, 3, 3]);
  });

  it('gives esda’s analytical moments on desmith (test_local_moments, rtol 1e-5, atol 1e-7)', () => {
    const moments = localMoranMoments(desmith.y, desmith.w);
    allClose(moments.ei, Array(10).fill(-1 / 9));
    allClose(
      moments.vi,
      [0.394432, 0.394432, 0.394432, 0.148043, 0.148043, 0.394432, 0.394432, 0.230173, 0.230173, 0.394432],
    );
    allClose(
      moments.eic,
      [
        -0.00838113, -0.0243949, -0.07031778, -0.21520869, -0.16547163, -0.00178435, -0.11531888, -0.36138555,
        -0.05471258, -0.09413562,
      ],
    );
    allClose(
      moments.vic,
      [
        0.03636013, 0.10412408, 0.28600769, 0.26389674, 0.21576683, 0.00779261, 0.44633942, 0.57696508, 0.12929777,
        0.3730742,
      ],
    );
  });

  it('reproduces esda’s global I on St Louis through Σ Is = (n − 1)·I (test_moran: 0.24365582621771659)', () => {
    const result = localMoransI(stl.y, stl.w, { permutations: 0 });
    const sum = result.i.reduce((a, b) => a + b, 0);
    expect(sum / (stl.y.length - 1)).toBeCloseTo(0.24365582621771659, 12);
    expect(moransI(stl.y, stl.w).i).toBeCloseTo(0.24365582621771659, 12); // the repo's global statistic agrees
  });

  it('has permutation moments equal to the conditional moments, scaled by (n − 1)/n (desmith, 9,999 permutations)', () => {
    // esda's EIc and VIc are Sokal et al.'s moments of z_i·lag_i/m2, which is n/(n − 1) times esda's own Is.
    const permutations = 9999;
    const result = localMoransI(desmith.y, desmith.w, { permutations });
    const moments = localMoranMoments(desmith.y, desmith.w);
    const scale = 9 / 10;
    for (let i = 0; i < 10; i++) {
      const sd = Math.sqrt(moments.vic[i]) * scale;
      expect(Math.abs(result.simulatedMean[i] - moments.eic[i] * scale)).toBeLessThan(
        (5 * sd) / Math.sqrt(permutations),
      );
      expect(result.simulatedSd[i] / sd).toBeGreaterThan(0.95);
      expect(result.simulatedSd[i] / sd).toBeLessThan(1.05);
    }
  });

  it('has z_sim and p_z_sim near esda’s for desmith cell 0 (test_defaults: −0.6990 and 0.2423 at 99 permutations)', () => {
    // esda's figure is itself a 99-permutation estimate: its mean is ±0.1 sd and its sd ±7%, so ±0.25 in z.
    const result = localMoransI(desmith.y, desmith.w, { permutations: 9999 });
    expect(Math.abs(result.z[0] - -0.6990291160835514)).toBeLessThan(0.25);
    expect(Math.abs(1 - normalCdf(Math.abs(result.z[0])) - 0.24226691753791396)).toBeLessThan(0.07);
  });

  it('has p_sim within binomial error of the exact conditional-permutation tail (desmith, every cell)', () => {
    const permutations = 9999;
    const result = localMoransI(desmith.y, desmith.w, { permutations });
    for (let i = 0; i < 10; i++) {
      const exact = exactFoldedTail(desmith.y, desmith.w, i);
      const se = Math.sqrt((exact * (1 - exact)) / permutations);
      expect(Math.abs(result.p[i] - exact)).toBeLessThan(5 * se + 2 / permutations);
    }
  });
});

describe("Local Moran's I behaviour", () => {
  const rows = 30;
  const lattice = queenLattice(rows, rows);

  it('finds a planted 5×5 block of high values as a High-High cluster with p < 0.01', () => {
    const values = gaussianField(rows * rows, 3).map((v, k) => {
      const r = Math.floor(k / rows);
      const c = k % rows;
      return r >= 10 && r < 15 && c >= 10 && c < 15 ? v + 4 : v;
    });
    const result = localMoransI(values, lattice);
    for (let r = 11; r < 14; r++)
      for (let c = 11; c < 14; c++) {
        expect(result.p[r * rows + c]).toBeLessThan(0.01);
        expect(result.cluster[r * rows + c]).toBe(1);
        expect(QUADRANT_LABELS[result.cluster[r * rows + c] as 1]).toBe('High-High cluster');
      }
  });

  // esda's p_sim folds the tails (the smaller of the two), so it is a one-sided p in the observed direction: under the
  // null P(p_sim < α) ≈ 2α. A random field therefore has about 2α·n cells flagged at α, and almost none with FDR.
  it('flags about 2·alpha·n cells of a random field (esda’s folded p), and almost none with FDR', () => {
    let flagged = 0;
    let flaggedFdr = 0;
    for (const seed of [1, 2, 3, 4]) {
      const values = gaussianField(rows * rows, seed);
      flagged += localMoransI(values, lattice, { seed }).cluster.filter((c) => c > 0).length;
      flaggedFdr += localMoransI(values, lattice, { seed, fdr: true }).cluster.filter((c) => c > 0).length;
    }
    const rate = flagged / (4 * rows * rows);
    expect(rate).toBeGreaterThan(0.07);
    expect(rate).toBeLessThan(0.13);
    expect(flaggedFdr).toBeLessThan(0.005 * 4 * rows * rows);
  });

  it('gives islands I = 0, p = 1 and no quadrant', () => {
    const w = [[1], [0, 2], [1], []];
    const result = localMoransI([1, 5, 2, 9], w);
    expect([result.i[3], result.p[3], result.quadrant[3], result.cluster[3]]).toEqual([0, 1, 0, 0]);
  });

  it('gives all zeros and p = 1 when the values do not vary', () => {
    const result = localMoransI([4, 4, 4, 4], [[1], [0, 2], [1, 3], [2]]);
    expect(Array.from(result.i)).toEqual([0, 0, 0, 0]);
    expect(Array.from(result.p)).toEqual([1, 1, 1, 1]);
    expect(Array.from(result.quadrant)).toEqual([0, 0, 0, 0]);
  });

  it('leaves the cell out of its own lag: Gi*-style lists with self give the same answer', () => {
    const withSelf = lattice.map((list, i) => [...list, i]);
    const values = gaussianField(rows * rows, 9);
    const a = localMoransI(values, lattice);
    const b = localMoransI(values, withSelf);
    expect(Array.from(b.i)).toEqual(Array.from(a.i));
    expect(Array.from(b.p)).toEqual(Array.from(a.p));
  });

  it('takes H3 neighbour lists from neighboursWithin (self included) as they are', () => {
    const cells = gridDisk(latLngToCell(52.63, -1.13, 10), 3);
    const values = cells.map((_, k) => (k * 7) % 5);
    const withSelf = neighboursWithin(cells, 1);
    const withoutSelf = withSelf.map((list, i) => Array.from(list).filter((j) => j !== i));
    expect(Array.from(localMoransI(values, withSelf).p)).toEqual(Array.from(localMoransI(values, withoutSelf).p));
  });

  it('is deterministic for a seed and changes with it', () => {
    const values = gaussianField(rows * rows, 5);
    const a = localMoransI(values, lattice, { seed: 7 });
    const b = localMoransI(values, lattice, { seed: 7 });
    const c = localMoransI(values, lattice, { seed: 8 });
    expect(Array.from(b.p)).toEqual(Array.from(a.p));
    expect(Array.from(c.p)).not.toEqual(Array.from(a.p));
    expect(Array.from(c.i)).toEqual(Array.from(a.i));
  });
});

describe('seededRandom (mulberry32)', () => {
  it('repeats for a seed and is roughly uniform (χ² over 10 bins, 100,000 draws)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const bins = new Array(10).fill(0);
    let same = true;
    for (let k = 0; k < 100_000; k++) {
      const u = a.next();
      same &&= u === b.next();
      bins[Math.floor(u * 10)]++;
    }
    expect(same).toBe(true);
    const chi2 = bins.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.88); // χ²(9) at p = 0.001
    const r = seededRandom(1);
    for (let k = 0; k < 1000; k++) expect(r.below(7)).toBeLessThan(7);
  });
});
