import type { CrimeFilter } from '../../analysis/crime-filter';
import { crimeWhereSql } from './crime-queries';
import type { LngLatBox } from './hotspot-profile';
import { sqlString } from './literals';

const degrees = (x: number) => {
  if (!Number.isFinite(x)) throw new Error(`A bounding box needs finite degrees (got ${x}).`);
  return String(x);
};
const afterFlag = (afterFromMonth: string) => `(month >= ${sqlString(`${afterFromMonth}-01`)}::DATE)`;

/** The filter's crimes in a box by point and period (after: from `afterFromMonth`), for the zone test in TypeScript. */
export function displacementCandidatesSql(filter: CrimeFilter, afterFromMonth: string, box: LngLatBox): string {
  const [west, south, east, north] = box.map(degrees);
  return `SELECT lon, lat, ${afterFlag(afterFromMonth)} AS after, count(*)::INTEGER AS crimes FROM crimes
WHERE ${crimeWhereSql(filter)} AND lon BETWEEN ${west} AND ${east} AND lat BETWEEN ${south} AND ${north}
GROUP BY ALL`;
}

/** The force's crimes under the filter, before and after. */
export function displacementTotalsSql(filter: CrimeFilter, afterFromMonth: string): string {
  return `SELECT ${afterFlag(afterFromMonth)} AS after, count(*)::INTEGER AS crimes FROM crimes
WHERE ${crimeWhereSql(filter)} GROUP BY ALL`;
}
