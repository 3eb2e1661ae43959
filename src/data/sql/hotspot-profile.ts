import type { CrimeFilter } from '../../analysis/crime-filter';
import { crimeWhereSql } from './crime-queries';

/** [west, south, east, north] in degrees. */
export type LngLatBox = [number, number, number, number];

const degrees = (x: number) => {
  if (!Number.isFinite(x)) throw new Error(`A bounding box needs finite degrees (got ${x}).`);
  return String(x);
};

/**
 * The crimes in a GRIP hotspot's bounding box, grouped by point, type, month and (where `occurred_at` is known)
 * ISO weekday − 1 (0 = Monday) and hour, with their harm: a crime's own harm score, else its type's weight, else 0
 * (as cell-values.ts). The exact point-in-polygon test runs on these groups in TypeScript (Turf): DuckDB-WASM here has
 * no spatial extension, and a bbox keeps the candidates few.
 */
export function hotspotProfileCandidatesSql(filter: CrimeFilter, box: LngLatBox): string {
  const [west, south, east, north] = box.map(degrees);
  return `SELECT c.lon, c.lat, c.crime_type, strftime(c.month, '%Y-%m') AS month_iso,
  (isodow(c.occurred_at) - 1)::INTEGER AS weekday, hour(c.occurred_at)::INTEGER AS hour,
  count(*)::INTEGER AS crimes, coalesce(sum(coalesce(c.harm, w.weight)), 0)::DOUBLE AS harm
FROM crimes c LEFT JOIN harm_weights w USING (crime_type)
WHERE ${crimeWhereSql(filter)} AND c.lon BETWEEN ${west} AND ${east} AND c.lat BETWEEN ${south} AND ${north}
GROUP BY ALL`;
}

/** The force-wide count under the filter (PAI's denominator) and how many of those crimes carry a time. */
export function forceCrimeCountSql(filter: CrimeFilter): string {
  return `SELECT count(*)::INTEGER AS crimes, count(occurred_at)::INTEGER AS timed FROM crimes
WHERE ${crimeWhereSql(filter)}`;
}
