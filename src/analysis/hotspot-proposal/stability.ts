import { latLngToCell } from 'h3-js';
import { windowTotals, type CellGrid } from './cell-grid';
import { greedyHotspots, type CellValues, type GreedyRules } from './greedy';
import { stabilityWindows } from './months';
import type { HotspotInputs, LngLat, RankBy } from './types';

export function cellValues(crimes: Float64Array, harm: Float64Array, rankBy: RankBy): CellValues {
  return rankBy === 'harm' ? { value: harm, tie: crimes, crimes } : { value: crimes, tie: harm, crimes };
}

/** One rolling window's proposal (same rules, no locks): the last month and the cells its hotspots cover. */
export interface StabilityWindow {
  windowEnd: string;
  covered: Set<string>;
}

/**
 * The method re-run on each rolling window as long as the selection, ending in each of the last 24 months (only
 * windows whose months were all loaded). Locked hotspots are left out: stability asks what the data would choose.
 */
export function stabilityRuns(
  inputs: HotspotInputs,
  grid: CellGrid,
  rules: GreedyRules,
  rankBy: RankBy,
): StabilityWindow[] {
  return stabilityWindows(inputs.selection, inputs.monthsLoaded).map(({ from, to }) => {
    const { crimes, harm } = windowTotals(grid, from, to);
    const { hotspots } = greedyHotspots(grid, cellValues(crimes, harm, rankBy), rules);
    const covered = new Set<string>();
    for (const h of hotspots) for (const i of h.members) covered.add(grid.cells[i]);
    return { windowEnd: to, covered };
  });
}

/** Share of the windows whose proposal covers the cell holding this centre; null with no windows. */
export function stabilityAt([lng, lat]: LngLat, runs: StabilityWindow[]): number | null {
  if (runs.length === 0 || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const cell = latLngToCell(lat, lng, 10);
  return runs.filter((r) => r.covered.has(cell)).length / runs.length;
}
