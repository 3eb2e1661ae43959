import { emergingHotSpots, giStar } from '../analysis';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { ForceArea } from './force-area';

export interface StatisticsOptions {
  harm: boolean;
  fdr: boolean;
}
export interface GiCell {
  h3: string;
  value: number;
  z: number;
  p: number;
  bin: number;
}
export interface EmergingCell {
  h3: string;
  category: string;
  zTrend: string;
  total: number;
}

interface CellValueSource {
  cellValues(filter: CrimeFilter, harm: boolean): Promise<{ h3: string; value: number }[]>;
  monthlyCellValues(filter: CrimeFilter, harm: boolean): Promise<{ h3: string; month_iso: string; value: number }[]>;
}

/** Study area = LLR cells at the resolution plus any non-empty cell on the edge, zero-filled (issue 5). */
function studyArea(area: ForceArea, resolution: number, valued: { h3: string }[]): string[] {
  const cells = new Set(area.studyCells(resolution));
  for (const v of valued) cells.add(v.h3);
  return [...cells];
}

/** Getis-Ord Gi* over the whole LLR grid; only cells with a significant bin come back (the rest draw nothing). */
export async function giStarCells(
  source: CellValueSource,
  area: ForceArea,
  filter: CrimeFilter,
  options: StatisticsOptions,
) {
  const valued = await source.cellValues(filter, options.harm);
  const byCell = new Map(valued.map((v) => [v.h3, v.value]));
  const cells = studyArea(area, filter.resolution, valued).map((h3) => ({ h3, value: byCell.get(h3) ?? 0 }));
  const results = giStar(cells, { fdr: options.fdr });
  const significant: GiCell[] = results.filter((r) => r.bin !== 0).map((r) => ({ ...r, value: byCell.get(r.h3) ?? 0 }));
  return { cells: significant, studyCellCount: cells.length };
}

/** Every month from `first` to `last` inclusive, `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Emerging Hot Spot Analysis with monthly steps over the filter's months; cells with no pattern are dropped. */
export async function emergingCells(
  source: CellValueSource,
  area: ForceArea,
  filter: CrimeFilter,
  months: string[],
  options: StatisticsOptions,
) {
  const rows = await source.monthlyCellValues(filter, options.harm);
  const cells = studyArea(area, filter.resolution, rows);
  const index = new Map(cells.map((h3, i) => [h3, i]));
  const stepIndex = new Map(months.map((m, i) => [m, i]));
  const values = months.map(() => new Float64Array(cells.length));
  const totals = new Float64Array(cells.length);
  for (const r of rows) {
    const step = stepIndex.get(r.month_iso);
    const cell = index.get(r.h3);
    if (step === undefined || cell === undefined) continue;
    values[step][cell] = r.value;
    totals[cell] += r.value;
  }
  const cube = values.map((stepValues) => cells.map((h3, i) => ({ h3, value: stepValues[i] })));
  const classified = emergingHotSpots(cube, { fdr: options.fdr });
  const emerging: EmergingCell[] = classified
    .filter((c) => c.category !== 'No Pattern Detected')
    .map((c) => ({ h3: c.h3, category: c.category, zTrend: c.zTrend, total: totals[index.get(c.h3)!] }));
  return { cells: emerging, studyCellCount: cells.length, steps: months.length };
}
