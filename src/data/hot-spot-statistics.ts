import { emergingHotSpots, giStar } from '../analysis';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { NeighbourhoodSpec } from '../analysis/neighbourhood';
import type { StudyAreaSpec } from '../analysis/study-area';
import type { ForceArea } from './force-area';
import { neighboursFor, studyAreaFor, type NeighbourhoodInfo, type StudyAreaInfo } from './statistics-area';

export interface StatisticsOptions {
  harm: boolean;
  fdr: boolean;
  /** The cells compared with each other (issue 15); default all of LLR. */
  area?: StudyAreaSpec;
  /** Which cells are a cell's neighbours; default 1 ring. */
  neighbourhood?: NeighbourhoodSpec;
}

/** Which study area and neighbourhood a result was computed over, for the legend and the CLI. */
export interface StatisticsFrame {
  studyArea: StudyAreaInfo;
  neighbourhood: NeighbourhoodInfo;
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

export interface CellValueSource {
  cellValues(filter: CrimeFilter, harm: boolean): Promise<{ h3: string; value: number }[]>;
  monthlyCellValues(filter: CrimeFilter, harm: boolean): Promise<{ h3: string; month_iso: string; value: number }[]>;
}

/** The study area's cells with their values (zero where no crime fell); crimes in cells outside it are left out. */
export async function studyAreaValues(
  source: CellValueSource,
  area: ForceArea,
  filter: CrimeFilter,
  options: StatisticsOptions,
) {
  const valued = await source.cellValues(filter, options.harm);
  const byCell = new Map(valued.map((v) => [v.h3, v.value]));
  const studyArea = studyAreaFor(area, options.area, filter.resolution, valued);
  return { studyArea, values: Float64Array.from(studyArea.cells, (h3) => byCell.get(h3) ?? 0) };
}

/** Getis-Ord Gi* over the study area; only cells with a significant bin come back (the rest draw nothing). */
export async function giStarCells(
  source: CellValueSource,
  area: ForceArea,
  filter: CrimeFilter,
  options: StatisticsOptions,
): Promise<{ cells: GiCell[]; studyCellCount: number } & StatisticsFrame> {
  const { studyArea, values } = await studyAreaValues(source, area, filter, options);
  const { cells } = studyArea;
  const { neighbours, info } = neighboursFor(cells, options.neighbourhood, values, true, studyArea.info.label);
  const results = giStar(
    cells.map((h3, i) => ({ h3, value: values[i] })),
    { fdr: options.fdr, neighbours },
  );
  const significant: GiCell[] = results.flatMap((r, i) => (r.bin !== 0 ? [{ ...r, value: values[i] }] : []));
  return { cells: significant, studyCellCount: cells.length, studyArea: studyArea.info, neighbourhood: info };
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
): Promise<{ cells: EmergingCell[]; studyCellCount: number; steps: number } & StatisticsFrame> {
  const rows = await source.monthlyCellValues(filter, options.harm);
  const studyArea = studyAreaFor(area, options.area, filter.resolution, rows);
  const { cells } = studyArea;
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
  // An automatic band is chosen on the period's totals: one neighbourhood for every step, as ArcGIS Pro does.
  const { neighbours, info } = neighboursFor(cells, options.neighbourhood, totals, true, studyArea.info.label);
  const cube = values.map((stepValues) => cells.map((h3, i) => ({ h3, value: stepValues[i] })));
  const classified = emergingHotSpots(cube, { fdr: options.fdr, neighbours });
  const emerging: EmergingCell[] = classified
    .filter((c) => c.category !== 'No Pattern Detected')
    .map((c) => ({ h3: c.h3, category: c.category, zTrend: c.zTrend, total: totals[index.get(c.h3)!] }));
  return {
    cells: emerging,
    studyCellCount: cells.length,
    steps: months.length,
    studyArea: studyArea.info,
    neighbourhood: info,
  };
}
