/**
 * Benjamini–Hochberg false discovery rate (Benjamini & Hochberg 1995, J. R. Stat. Soc. B 57:289–300): with the m
 * p-values sorted ascending, the critical value is the largest p(k) with p(k) ≤ (k / m)·q; every p at or below it is
 * significant. Returns that critical p (0 when nothing survives).
 */
export function benjaminiHochbergThreshold(pValues: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(pValues).sort();
  const m = sorted.length;
  let critical = 0;
  for (let k = 1; k <= m; k++) if (sorted[k - 1] <= (k / m) * q) critical = sorted[k - 1];
  return critical;
}

/**
 * Confidence bins as ArcGIS Pro's Hot Spot Analysis assigns them with "Apply False Discovery Rate (FDR) Correction":
 * the 90/95/99% levels each get their own BH critical p (q = 0.10, 0.05, 0.01) and a cell's bin is the highest level it
 * passes, signed by z. Without FDR the fixed p cut-offs 0.10/0.05/0.01 are used.
 */
export function confidenceBins(z: ArrayLike<number>, p: ArrayLike<number>, fdr: boolean): Int8Array {
  const levels = [0.1, 0.05, 0.01];
  const critical = fdr ? levels.map((q) => benjaminiHochbergThreshold(p, q)) : levels;
  const bins = new Int8Array(p.length);
  for (let i = 0; i < p.length; i++) {
    let level = 0;
    for (let l = 0; l < 3; l++) {
      const passes = fdr ? p[i] <= critical[l] && critical[l] > 0 : p[i] < critical[l];
      if (passes) level = l + 1;
    }
    bins[i] = level === 0 ? 0 : z[i] > 0 ? level : -level;
  }
  return bins;
}
