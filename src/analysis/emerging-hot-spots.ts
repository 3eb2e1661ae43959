import { confidenceBins } from './fdr';
import { giStarFromNeighbours } from './gi-star';
import { neighboursWithin } from './h3-grid';
import { mannKendall, type Trend } from './mann-kendall';

export type Step = -1 | 0 | 1;
export interface EmergingResult {
  h3: string;
  category: string;
  zTrend: Trend;
  steps: Step[];
}

/**
 * ArcGIS Pro's Emerging Hot Spot Analysis categories ("How Emerging Hot Spot Analysis works"), from a cell's per-step
 * significance (+1 hot, −1 cold at ≥90% confidence) and the Mann–Kendall trend of its Gi* z-scores.
 * The documentation's Sporadic rule decides the not-significant-now case: "Sporadic Hot Spot: A location that is a
 * statistically significant hot spot for the final time-step interval with a history of also being an on-again and
 * off-again hot spot. Less than 90 percent of the time-step intervals have been statistically significant hot spots and
 * none of the time-step intervals have been statistically significant cold spots." So Sporadic needs the final step
 * hot; a cell not significant now is Historical (≥90% of steps hot, "The most recent time period is not hot") or No
 * Pattern Detected — never Sporadic. How we read what the documentation leaves open (see docs/statistics.md):
 * - the family is decided by the final step: hot now → hot categories, cold now → cold categories;
 * - "90% of the steps" counts every step, the final one included;
 * - ≥90% hot and hot now: Intensifying if z trends up, Diminishing if down, else Persistent;
 * - otherwise hot now with any cold step before → Oscillating; hot only in the final run → New (run of 1) or
 *   Consecutive (run ≥ 2); else Sporadic. Cold categories mirror this with the trend reversed (colder = intensifying).
 */
export function classifyEmergingHotSpot(steps: Step[], zTrend: Trend): string {
  const n = steps.length;
  const last = steps[n - 1];
  const hot = steps.filter((s) => s === 1).length;
  const cold = steps.filter((s) => s === -1).length;
  const family = (sign: 1 | -1) => {
    const label = sign === 1 ? 'Hot Spot' : 'Cold Spot';
    const same = sign === 1 ? hot : cold;
    const other = sign === 1 ? cold : hot;
    const intensifying: Trend = sign === 1 ? 'increasing' : 'decreasing';
    const diminishing: Trend = sign === 1 ? 'decreasing' : 'increasing';
    if (last !== sign) return same >= 0.9 * n ? `Historical ${label}` : null;
    if (same >= 0.9 * n) {
      if (zTrend === intensifying) return `Intensifying ${label}`;
      if (zTrend === diminishing) return `Diminishing ${label}`;
      return `Persistent ${label}`;
    }
    if (other > 0) return `Oscillating ${label}`;
    let run = 0;
    while (run < n && steps[n - 1 - run] === sign) run++;
    if (run === same) return run === 1 ? `New ${label}` : `Consecutive ${label}`;
    return `Sporadic ${label}`;
  };
  if (last === 1) return family(1) ?? 'No Pattern Detected';
  if (last === -1) return family(-1) ?? 'No Pattern Detected';
  return family(1) ?? family(-1) ?? 'No Pattern Detected';
}

/**
 * Gi* per cell per time step (same cells every step; neighbours found once), then Mann–Kendall on each cell's z series.
 * `cube[t]` holds step t's values.
 */
export function emergingHotSpots(
  cube: { h3: string; value: number }[][],
  options: { ringDistance?: number; neighbours?: ArrayLike<number>[]; fdr?: boolean; alpha?: number } = {},
): EmergingResult[] {
  if (cube.length === 0) return [];
  const cells = cube[0].map((c) => c.h3);
  const neighbours = options.neighbours ?? neighboursWithin(cells, options.ringDistance ?? 1);
  const zByStep: Float64Array[] = [];
  const binsByStep: Int8Array[] = [];
  for (const step of cube) {
    const { z, p } = giStarFromNeighbours(
      step.map((c) => c.value),
      neighbours,
    );
    zByStep.push(z);
    binsByStep.push(confidenceBins(z, p, options.fdr ?? false));
  }
  return cells.map((h3, i) => {
    const steps = binsByStep.map((bins) => Math.sign(bins[i]) as Step);
    const zTrend = mannKendall(
      zByStep.map((z) => z[i]),
      options.alpha ?? 0.05,
    ).trend;
    return { h3, category: classifyEmergingHotSpot(steps, zTrend), zTrend, steps };
  });
}
