import type { CrimeFilter } from '../../analysis/crime-filter';
import { h3FromHexSql, h3ParentSql } from './h3-cells';
import { sqlString, sqlStringList } from './literals';

/** WHERE clause shared by every crime query: mapped rows only, then the analyst's filter. */
export function crimeWhereSql(filter: CrimeFilter): string {
  const clauses = ['in_area', 'h3_r10 IS NOT NULL'];
  if (filter.crimeTypes.length > 0) clauses.push(`crime_type IN (${sqlStringList(filter.crimeTypes)})`);
  if (filter.fromMonth) clauses.push(`month >= ${sqlString(`${filter.fromMonth}-01`)}::DATE`);
  if (filter.toMonth) clauses.push(`month <= ${sqlString(`${filter.toMonth}-01`)}::DATE`);
  return [...clauses, ...timeClauses(filter)].join(' AND ');
}

const hourOrWeekday = (x: number, max: number) => {
  if (!Number.isInteger(x) || x < 0 || x > max) throw new Error(`Not an hour or weekday: ${x}`);
  return String(x);
};

/**
 * The hour, weekday and day parts of a filter, on `column` (`occurred_at`, qualified where an alias shadows it): rows
 * without a time never match them.
 */
export function timeClauses(
  filter: Pick<CrimeFilter, 'hours' | 'weekdays' | 'fromDay' | 'toDay'>,
  column = 'occurred_at',
): string[] {
  const clauses: string[] = [];
  if (filter.hours) {
    const [first, last] = filter.hours.map((h) => hourOrWeekday(h, 23));
    const join = Number(first) <= Number(last) ? 'AND' : 'OR'; // 22–03 wraps past midnight
    clauses.push(`(hour(${column}) >= ${first} ${join} hour(${column}) <= ${last})`);
  }
  if (filter.weekdays) {
    const days = filter.weekdays.map((d) => hourOrWeekday(d, 6)).join(', ');
    clauses.push(`(isodow(${column}) - 1) IN (${days})`);
  }
  if (filter.fromDay) clauses.push(`${column} >= ${sqlString(filter.fromDay)}::TIMESTAMP`);
  if (filter.toDay) clauses.push(`${column} < ${sqlString(filter.toDay)}::DATE + 1`);
  return clauses;
}

/**
 * The commonest crime types in one cell, for the tooltip, each with its commonest offence text where the source has
 * one (force exports: "Public order" beside "Public fear, alarm or distress"; police.uk files have none).
 */
export function cellTopTypesSql(filter: CrimeFilter, h3: string, limit = 3): string {
  const parent = h3ParentSql('h3_r10', filter.resolution);
  return `WITH in_cell AS (SELECT load_id, source_row, crime_type FROM crimes
  WHERE ${crimeWhereSql(filter)} AND ${parent} = ${h3FromHexSql(sqlString(h3))})
SELECT c.crime_type, count(*)::INTEGER AS crimes, mode(d.offence) AS top_offence
FROM in_cell c LEFT JOIN crime_details d USING (load_id, source_row)
GROUP BY c.crime_type ORDER BY crimes DESC, c.crime_type LIMIT ${Math.max(1, Math.round(limit))}`;
}

/**
 * The places (police.uk snap points, or a force export's location text) with most crimes in one cell, for the tooltip.
 */
export function cellTopPlacesSql(filter: CrimeFilter, h3: string, limit = 3): string {
  const parent = h3ParentSql('h3_r10', filter.resolution);
  return `WITH in_cell AS (SELECT load_id, source_row FROM crimes WHERE ${crimeWhereSql(filter)} AND ${parent} = ${h3FromHexSql(sqlString(h3))})
SELECT d.location AS place, count(*)::INTEGER AS crimes FROM crime_details d JOIN in_cell USING (load_id, source_row)
WHERE d.location IS NOT NULL AND trim(d.location) <> ''
GROUP BY d.location ORDER BY crimes DESC, place LIMIT ${Math.max(1, Math.round(limit))}`;
}

/** Force-wide totals: every stored row counts, mapped or not (issue 4: unmapped rows still count in totals). */
export const CRIME_SUMMARY_SQL = `SELECT
  count(*)::INTEGER AS rows_stored,
  count(*) FILTER (WHERE h3_r10 IS NOT NULL AND in_area)::INTEGER AS rows_mapped,
  count(*) FILTER (WHERE lat IS NULL OR lon IS NULL)::INTEGER AS no_coordinates,
  count(*) FILTER (WHERE lat IS NOT NULL AND NOT in_area)::INTEGER AS out_of_area,
  count(occurred_at) FILTER (WHERE h3_r10 IS NOT NULL AND in_area)::INTEGER AS rows_timed,
  strftime(min(month), '%Y-%m') AS first_month,
  strftime(max(month), '%Y-%m') AS last_month
FROM crimes`;

/** Stored crimes per type, within a month range when one is given (either end open): the filter's type list. */
export function crimeTypeCountsSql(fromMonth: string | null = null, toMonth: string | null = null): string {
  const clauses = ['true'];
  if (fromMonth) clauses.push(`month >= ${sqlString(`${fromMonth}-01`)}::DATE`);
  if (toMonth) clauses.push(`month <= ${sqlString(`${toMonth}-01`)}::DATE`);
  return `SELECT crime_type, count(*)::INTEGER AS crimes FROM crimes WHERE ${clauses.join(' AND ')}
GROUP BY crime_type ORDER BY crimes DESC, crime_type`;
}

export const MONTH_COUNTS_SQL = `SELECT strftime(month, '%Y-%m') AS month_iso, count(*)::INTEGER AS crimes
FROM crimes GROUP BY month ORDER BY month`;
