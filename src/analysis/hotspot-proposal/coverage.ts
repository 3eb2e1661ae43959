import { cellArea } from 'h3-js';
import type { CellGrid } from './cell-grid';
import { greedyHotspots, type CellValues, type GreedyRules } from './greedy';
import type { CoveragePoint } from './types';

/**
 * The coverage curve: force harm (and crimes) held by the top-k hotspots against the force area they take,
 * k = 1…maxK, in the order the method picks them (no locks, no quotas), the Southend figure's shape (Basford et al.
 * 2021: 2.6% of the area, 41% of the harm). Fewer points when the data hold fewer hotspots.
 */
export function coverageCurve(
  grid: CellGrid,
  values: CellValues & { harm: Float64Array },
  rules: GreedyRules,
  totals: { crimes: number; harm: number; forceAreaKm2: number },
  maxK: number,
): CoveragePoint[] {
  const { hotspots } = greedyHotspots(grid, values, { ...rules, n: maxK, quotas: null });
  const points: CoveragePoint[] = [];
  let area = 0;
  let crimes = 0;
  let harm = 0;
  hotspots.forEach((h, k) => {
    for (const i of h.members) {
      area += cellArea(grid.cells[i], 'km2');
      crimes += values.crimes[i];
      harm += values.harm[i];
    }
    points.push({
      k: k + 1,
      areaShare: totals.forceAreaKm2 > 0 ? area / totals.forceAreaKm2 : 0,
      crimeShare: totals.crimes > 0 ? crimes / totals.crimes : 0,
      harmShare: totals.harm > 0 ? harm / totals.harm : 0,
    });
  });
  return points;
}
