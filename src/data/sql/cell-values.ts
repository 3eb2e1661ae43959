import { sqlString } from './literals';
import type { CrimeFilter } from '../../analysis/crime-filter';
import { crimeWhereSql } from './crime-queries';
import { h3HexSql, h3ParentSql } from './h3-cells';

/** The user's harm weight per crime type; types without a row weigh 0 in harm mode (and say so in the legend). */
export const CREATE_HARM_WEIGHTS_SQL = `CREATE TABLE IF NOT EXISTS harm_weights (crime_type VARCHAR PRIMARY KEY, weight DOUBLE NOT NULL)`;

/** The analyst's weights replace the table; a weight that is not a finite number ≥ 0 is left out. */
export function replaceHarmWeightsSql(weights: Record<string, number>): string {
  const rows = Object.entries(weights).filter(([, w]) => Number.isFinite(w) && w >= 0);
  const insert =
    rows.length > 0
      ? `; INSERT INTO harm_weights VALUES ${rows.map(([t, w]) => `(${sqlString(t)}, ${w})`).join(', ')}`
      : '';
  return `DELETE FROM harm_weights${insert}`;
}

// A crime's own harm score (from a force export) wins over its type's weight. Shared with hotspot-inputs.ts.
export const valueSql = (harm: boolean) =>
  harm ? 'coalesce(sum(coalesce(crimes.harm, w.weight)), 0)::DOUBLE' : 'count(*)::DOUBLE';
export const joinWeights = (harm: boolean) => (harm ? 'LEFT JOIN harm_weights w USING (crime_type)' : '');

/** One value per non-empty cell: a crime count, or the sum of harm weights. */
export function cellValuesSql(filter: CrimeFilter, harm: boolean): string {
  const parent = h3ParentSql('h3_r10', filter.resolution);
  return `SELECT ${h3HexSql(parent)} AS h3, ${valueSql(harm)} AS value
FROM crimes ${joinWeights(harm)} WHERE ${crimeWhereSql(filter)} GROUP BY ${parent}`;
}

/** The space-time cube for emerging hot spots: one value per non-empty cell per month. */
export function monthlyCellValuesSql(filter: CrimeFilter, harm: boolean): string {
  const parent = h3ParentSql('h3_r10', filter.resolution);
  return `SELECT ${h3HexSql(parent)} AS h3, strftime(month, '%Y-%m') AS month_iso, ${valueSql(harm)} AS value
FROM crimes ${joinWeights(harm)} WHERE ${crimeWhereSql(filter)} GROUP BY ${parent}, month`;
}
