import { hoursOf, type CrimeFilter } from './crime-filter';
import type { ProfileCount } from './hotspot-profile';

/**
 * Crimes counted by type × month × weekday × hour (weekday and hour null when the source gives only the month), for
 * the whole force or one place. Small enough to filter in the page (a few tens of thousands of rows at most), so
 * brushing a chart re-aggregates the charts without asking the database again.
 */
export type CubeRow = ProfileCount;

/** A filter dimension a chart shows: crossfilter leaves a chart's own dimension out of what filters it. */
export type CubeDimension = 'types' | 'months' | 'hours';

/** A filter's choices as sets, built once per filter rather than once per row. */
function cubeTest(filter: CrimeFilter, except: CubeDimension | null): (row: CubeRow) => boolean {
  const types = except !== 'types' && filter.crimeTypes.length > 0 ? new Set(filter.crimeTypes) : null;
  const from = except !== 'months' ? filter.fromMonth : null;
  const to = except !== 'months' ? filter.toMonth : null;
  const hours = except !== 'hours' && filter.hours ? new Set(hoursOf(filter.hours)) : null;
  const weekdays = except !== 'hours' && filter.weekdays ? new Set(filter.weekdays) : null;
  return (row) =>
    !(types && !types.has(row.crimeType)) &&
    !(from && row.monthIso < from) &&
    !(to && row.monthIso > to) &&
    !(hours && (row.hour === null || !hours.has(row.hour))) &&
    !(weekdays && (row.weekday === null || !weekdays.has(row.weekday)));
}

/** Whether a row passes the filter's types, months, hours and weekdays, but for one dimension left out. */
export function rowPasses(row: CubeRow, filter: CrimeFilter, except: CubeDimension | null = null): boolean {
  return cubeTest(filter, except)(row);
}

export function filterCube(rows: CubeRow[], filter: CrimeFilter, except: CubeDimension | null = null): CubeRow[] {
  return rows.filter(cubeTest(filter, except));
}

export interface CubeTotals {
  crimes: number;
  harm: number;
}

export function totalsOf(rows: CubeRow[]): CubeTotals {
  let crimes = 0;
  let harm = 0;
  for (const r of rows) {
    crimes += r.crimes;
    harm += r.harm;
  }
  return { crimes, harm };
}

/** Crimes per type, most first (ties by name). */
export function countsByType(rows: CubeRow[]): { crimeType: string; crimes: number }[] {
  const byType = new Map<string, number>();
  for (const r of rows) byType.set(r.crimeType, (byType.get(r.crimeType) ?? 0) + r.crimes);
  return [...byType]
    .map(([crimeType, crimes]) => ({ crimeType, crimes }))
    .sort((a, b) => b.crimes - a.crimes || a.crimeType.localeCompare(b.crimeType));
}

/** Crimes in each of the months given (zero-filled, in that order). */
export function countsByMonth(rows: CubeRow[], months: string[]): { monthIso: string; crimes: number }[] {
  const byMonth = new Map(months.map((m) => [m, 0]));
  for (const r of rows) if (byMonth.has(r.monthIso)) byMonth.set(r.monthIso, byMonth.get(r.monthIso)! + r.crimes);
  return months.map((monthIso) => ({ monthIso, crimes: byMonth.get(monthIso)! }));
}

/** [weekday 0 = Monday … 6][hour 0 … 23] crimes; null when no row carries a time. */
export function hourWeekdayGrid(rows: CubeRow[]): number[][] | null {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let timed = false;
  for (const r of rows) {
    if (r.weekday === null || r.hour === null) continue;
    timed = true;
    grid[r.weekday][r.hour] += r.crimes;
  }
  return timed ? grid : null;
}
