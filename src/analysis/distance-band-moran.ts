import { BucketGrid, type PlanarPoints } from './planar-points';

export interface BandMoran {
  metres: number;
  i: number;
  expected: number;
  /** Var[I] under the normality assumption (Cliff & Ord 1981), as `moransI` and esda `VI_norm`. */
  varianceNormal: number;
  /** Var[I] under the randomisation assumption (Cliff & Ord 1981), as esda `VI_rand` and ArcGIS's Moran's I tools. */
  varianceRandom: number;
  zNormal: number;
  zRandom: number;
  /** Mean number of neighbours per point within the band. */
  meanNeighbours: number;
}

/**
 * Global Moran's I at several distance bands in one sweep over the point pairs within the largest band, the way
 * ArcGIS's incremental tool bins each pair by the first band that contains it. j ≠ i neighbours i when d(i, j) ≤ band
 * (binary), then row-standardised (1/|N(i)|) unless `rowStandardise` is false. With Cliff & Ord's (1981) S0, S1, S2:
 *   I = (n/S0) Σ wij zi zj / Σ zi²,  E[I] = −1/(n−1),
 *   Var_N = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²,
 *   Var_R = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)] / ((n−1)(n−2)(n−3) S0²) − E[I]²,
 * b2 = n Σz⁴ / (Σz²)². For symmetric binary links S1 = 2 S0 and S2 = Σ (2|N(i)|)²; row-standardised, with
 * R_i = Σ_{j∈N(i)} 1/|N(j)|, S1 = Σ_i (1 + R_i)/|N(i)| and S2 = Σ_i (1 + R_i)², which needs a second pass for R.
 * A point with no neighbour in a band keeps a zero row (esda's island convention: it still counts in n).
 */
export function distanceBandMoran(
  values: ArrayLike<number>,
  points: PlanarPoints,
  distancesMetres: number[],
  rowStandardise = true,
): BandMoran[] {
  const n = values.length;
  const cutoffs = [...distancesMetres].sort((a, b) => a - b);
  const bands = cutoffs.length;
  if (bands === 0) return [];
  // A hair of slack so a pair exactly at a cutoff computed from the same distances (the start rule) is inside it.
  const cut2 = cutoffs.map((d) => (d * (1 + 1e-9)) ** 2);
  // Work in the grid's bucket order: points that are close in space are close in memory, so the per-point bins stay
  // in cache, and each unordered pair is met once by scanning only the buckets ahead (rest of this row, later rows).
  const grid = new BucketGrid(points, cutoffs[bands - 1] / 3);
  const reach = Math.ceil(cutoffs[bands - 1] / grid.size);
  const x = Float64Array.from(grid.order, (k) => points.x[k]);
  const y = Float64Array.from(grid.order, (k) => points.y[k]);
  const mean = meanOf(values);
  const dev = Float64Array.from(grid.order, (k) => values[k] - mean);
  const count = new Float64Array(n * bands);
  const devSum = new Float64Array(n * bands);
  const pairs = new PairStore(n);
  const maxCut2 = cut2[bands - 1];
  const ownCount = new Float64Array(bands); // point p's own bins, kept in registers/L1 while its pairs are scanned
  const ownDevSum = new Float64Array(bands);
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const bucket = row * grid.cols + col;
      for (let p = grid.start[bucket]; p < grid.start[bucket + 1]; p++) {
        pairs.startRow(p);
        ownCount.fill(0);
        ownDevSum.fill(0);
        for (let r = row; r <= Math.min(grid.rows - 1, row + reach); r++) {
          const fromCol = r === row ? col : Math.max(0, col - reach);
          const toCol = Math.min(grid.cols - 1, col + reach);
          const from = r === row ? p + 1 : grid.start[r * grid.cols + fromCol];
          const to = grid.start[r * grid.cols + toCol + 1]; // buckets fromCol..toCol of row r are one run
          for (let q = from; q < to; q++) {
            const dx = x[q] - x[p];
            const dy = y[q] - y[p];
            const d2 = dx * dx + dy * dy;
            if (d2 > maxCut2) continue;
            let band = bands - 1; // most pairs are in the outer bands (their number grows with the area)
            while (band > 0 && d2 <= cut2[band - 1]) band--;
            if (rowStandardise) pairs.push(q, band);
            ownCount[band]++;
            ownDevSum[band] += dev[q];
            count[q * bands + band]++;
            devSum[q * bands + band] += dev[p];
          }
        }
        for (let b = 0; b < bands; b++) {
          count[p * bands + b] += ownCount[b];
          devSum[p * bands + b] += ownDevSum[b];
        }
      }
    }
  }
  pairs.startRow(n);
  for (let i = 0; i < n; i++) {
    for (let b = 1; b < bands; b++) {
      count[i * bands + b] += count[i * bands + b - 1];
      devSum[i * bands + b] += devSum[i * bands + b - 1];
    }
  }
  const inverse = count.map((c) => (c > 0 ? 1 / c : 0));
  const lagOfInverse = rowStandardise ? pairs.sumOverNeighbours(inverse, bands) : null;

  let sumSquares = 0;
  let sumFourth = 0;
  for (let k = 0; k < n; k++) {
    sumSquares += dev[k] ** 2;
    sumFourth += dev[k] ** 4;
  }
  // No variance (rounding noise aside, as in gi-star.ts): no autocorrelation to measure, I = z = 0 at every band.
  if (!(Math.sqrt(sumSquares / n) > 1e-12 * Math.max(1, Math.abs(mean)))) sumSquares = 0;
  const b2 = (n * sumFourth) / (sumSquares * sumSquares);
  return cutoffs.map((metres, b) => {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      cross = 0,
      links = 0;
    for (let i = 0; i < n; i++) {
      const c = count[i * bands + b];
      if (c === 0) continue;
      links += c;
      if (lagOfInverse) {
        const r = lagOfInverse[i * bands + b];
        s0 += 1;
        s1 += (1 + r) / c;
        s2 += (1 + r) ** 2;
        cross += (dev[i] * devSum[i * bands + b]) / c;
      } else {
        s0 += c;
        s2 += 4 * c * c;
        cross += dev[i] * devSum[i * bands + b];
      }
    }
    if (!lagOfInverse) s1 = 2 * s0;
    return moranFromSums(metres, n, s0, s1, s2, cross, sumSquares, b2, links / n);
  });
}

export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k];
  return sum / values.length;
}

/** True when the values vary by more than rounding noise (the same test as gi-star.ts). */
export function hasVariance(values: ArrayLike<number>): boolean {
  const mean = meanOf(values);
  let squares = 0;
  for (let k = 0; k < values.length; k++) squares += (values[k] - mean) ** 2;
  return Math.sqrt(squares / values.length) > 1e-12 * Math.max(1, Math.abs(mean));
}

function moranFromSums(
  metres: number,
  n: number,
  s0: number,
  s1: number,
  s2: number,
  cross: number,
  sumSquares: number,
  b2: number,
  meanNeighbours: number,
): BandMoran {
  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const i = s0 > 0 && sumSquares > 0 ? ((n / s0) * cross) / sumSquares : 0;
  const varianceNormal = (n * n * s1 - n * s2 + 3 * s02) / ((n * n - 1) * s02) - expected * expected;
  const left = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02);
  const right = b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02);
  const varianceRandom = (left - right) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
  const z = (variance: number) => (variance > 0 && sumSquares > 0 ? (i - expected) / Math.sqrt(variance) : 0);
  return {
    metres,
    i,
    expected,
    varianceNormal,
    varianceRandom,
    zNormal: z(varianceNormal),
    zRandom: z(varianceRandom),
    meanNeighbours,
  };
}

/** Pairs (i < j) in CSR form: row i's partners are `partner[rowStart[i]..rowStart[i + 1]]`, each with its band. */
class PairStore {
  private partner = new Int32Array(1 << 16);
  private band = new Uint8Array(1 << 16);
  private length = 0;
  private readonly rowStart: Int32Array;

  constructor(n: number) {
    this.rowStart = new Int32Array(n + 1);
  }

  startRow(i: number): void {
    this.rowStart[i] = this.length;
  }

  push(j: number, band: number): void {
    if (this.length === this.partner.length) {
      const partner = new Int32Array(this.partner.length * 2);
      partner.set(this.partner);
      this.partner = partner;
      const bands = new Uint8Array(this.band.length * 2);
      bands.set(this.band);
      this.band = bands;
    }
    this.partner[this.length] = j;
    this.band[this.length++] = band;
  }

  /** out[i·B + b] = Σ over i's neighbours j within band b of perPoint[j·B + b] (both directions of each pair). */
  sumOverNeighbours(perPoint: Float64Array, bands: number): Float64Array {
    const out = new Float64Array(perPoint.length);
    const rows = this.rowStart.length - 1;
    const own = new Float64Array(bands);
    for (let i = 0; i < rows; i++) {
      own.fill(0);
      const base = i * bands;
      for (let s = this.rowStart[i]; s < this.rowStart[i + 1]; s++) {
        const j = this.partner[s] * bands;
        for (let b = this.band[s]; b < bands; b++) {
          own[b] += perPoint[j + b];
          out[j + b] += perPoint[base + b];
        }
      }
      for (let b = 0; b < bands; b++) out[base + b] += own[b];
    }
    return out;
  }
}
