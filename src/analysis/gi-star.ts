import { confidenceBins } from './fdr';
import { neighboursWithin } from './h3-grid';
import { twoSidedP } from './normal';

export interface GiStarResult {
  h3: string;
  z: number;
  p: number;
  bin: number;
}

/**
 * Getis–Ord Gi* z-scores with binary weights (Ord & Getis 1995, Geographical Analysis 27(4), eq. as given in ArcGIS
 * Pro "How Hot Spot Analysis (Getis-Ord Gi*) works"):
 *   Gi* = (Σj wij xj − X̄ Σj wij) / (S √[(n Σj wij² − (Σj wij)²) / (n − 1)]),  X̄ = Σx/n,  S = √(Σx²/n − X̄²).
 * With binary weights Σ wij² = Σ wij = the number of neighbours (self included). `neighbours[i]` lists i's neighbours.
 * A study area with no variance has no clusters: z = 0, p = 1.
 */
export function giStarFromNeighbours(
  values: ArrayLike<number>,
  neighbours: ArrayLike<number>[],
): { z: Float64Array; p: Float64Array } {
  const n = values.length;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    sumSquares += values[i] * values[i];
  }
  const mean = sum / n;
  const s = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
  const z = new Float64Array(n);
  const p = new Float64Array(n).fill(1);
  if (!(s > 1e-12 * Math.max(1, Math.abs(mean))) || n < 2) return { z, p };
  for (let i = 0; i < n; i++) {
    const list = neighbours[i];
    let local = 0;
    for (let k = 0; k < list.length; k++) local += values[list[k]];
    const w = list.length;
    const denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
    z[i] = denominator > 0 ? (local - mean * w) / denominator : 0;
    p[i] = twoSidedP(z[i]);
  }
  return { z, p };
}

/**
 * Gi* over H3 cells; the study area is exactly the cells passed in (callers zero-fill empty cells). Neighbours are the
 * cells within `ringDistance` rings (default 1) unless `neighbours` gives each cell's list (self included, as Gi*
 * wants), e.g. a distance band.
 */
export function giStar(
  cells: { h3: string; value: number }[],
  options: { ringDistance?: number; neighbours?: ArrayLike<number>[]; fdr?: boolean } = {},
): GiStarResult[] {
  const neighbours =
    options.neighbours ??
    neighboursWithin(
      cells.map((c) => c.h3),
      options.ringDistance ?? 1,
    );
  const { z, p } = giStarFromNeighbours(
    cells.map((c) => c.value),
    neighbours,
  );
  const bins = confidenceBins(z, p, options.fdr ?? false);
  return cells.map((c, i) => ({ h3: c.h3, z: z[i], p: p[i], bin: bins[i] }));
}
