import { twoSidedP } from './normal';

export type Trend = 'increasing' | 'decreasing' | 'no trend';
export interface MannKendallResult {
  s: number;
  varS: number;
  z: number;
  p: number;
  tau: number;
  trend: Trend;
}

/**
 * The original Mann–Kendall trend test (Mann 1945; Kendall 1975) with the tie correction, as pyMannKendall's
 * `original_test` computes it (Hussain & Mahmud 2019, JOSS 4(39):1556):
 *   S = Σk<j sign(xj − xk),  Var(S) = [n(n−1)(2n+5) − Σt t(t−1)(2t+5)] / 18  (t = size of each group of ties),
 *   z = (S − 1)/√Var(S) if S > 0, (S + 1)/√Var(S) if S < 0, else 0;  p two-sided;  τ = S / (n(n−1)/2).
 */
export function mannKendall(series: number[], alpha = 0.05): MannKendallResult {
  const n = series.length;
  let s = 0;
  for (let k = 0; k < n - 1; k++) for (let j = k + 1; j < n; j++) s += Math.sign(series[j] - series[k]);
  const tieGroups = new Map<number, number>();
  for (const x of series) tieGroups.set(x, (tieGroups.get(x) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of tieGroups.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = varS <= 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(varS) : s < 0 ? (s + 1) / Math.sqrt(varS) : 0;
  const p = twoSidedP(z);
  const tau = n < 2 ? 0 : s / ((n * (n - 1)) / 2);
  const trend: Trend = p <= alpha ? (z > 0 ? 'increasing' : 'decreasing') : 'no trend';
  return { s, varS, z, p, tau, trend };
}
