import { twoSidedP } from './normal';

export interface MoransIResult {
  i: number;
  expected: number;
  variance: number;
  z: number;
  p: number;
}

/**
 * Global Moran's I with inference under the normality assumption (Cliff & Ord 1981), as esda's `Moran` reports
 * `I`, `EI`, `VI_norm`, `z_norm` and two-sided `p_norm`:
 *   I = (n / S0) Σi Σj wij zi zj / Σ zi²,  E[I] = −1/(n−1),
 *   Var[I] = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²,
 *   S0 = Σ wij, S1 = ½ Σ (wij + wji)², S2 = Σi (wi· + w·i)².
 * `neighbours[i]` lists i's neighbours (binary); row-standardised weights (esda's default 'r') give each 1/|N(i)|.
 */
export function moransI(
  values: number[],
  neighbours: number[][],
  options: { rowStandardise?: boolean } = {},
): MoransIResult {
  const rowStandardise = options.rowStandardise ?? true;
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const dev = values.map((v) => v - mean);
  const weight = (i: number) => (rowStandardise ? 1 / neighbours[i].length : 1);
  const weights = new Map<string, number>();
  let s0 = 0;
  let cross = 0;
  const rowSums = new Float64Array(n);
  const colSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (neighbours[i].length === 0) continue;
    const w = weight(i);
    for (const j of neighbours[i]) {
      weights.set(`${i},${j}`, w);
      s0 += w;
      cross += w * dev[i] * dev[j];
      rowSums[i] += w;
      colSums[j] += w;
    }
  }
  // S1 sums over ordered pairs (i, j) and (j, i); a pair linked one way only still has the (j, i) term w².
  let s1 = 0;
  for (const [key, w] of weights) {
    const [i, j] = key.split(',');
    const back = weights.get(`${j},${i}`);
    s1 += back === undefined ? 2 * w * w : (w + back) ** 2;
  }
  s1 /= 2;
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += (rowSums[i] + colSums[i]) ** 2;
  const sumSquares = dev.reduce((a, d) => a + d * d, 0);
  const i = (n / s0) * (cross / sumSquares);
  const expected = -1 / (n - 1);
  const variance = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - expected * expected;
  const z = (i - expected) / Math.sqrt(variance);
  return { i, expected, variance, z, p: twoSidedP(z) };
}
