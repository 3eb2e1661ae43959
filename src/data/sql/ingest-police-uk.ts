import { sqlString } from './literals';

// police.uk rows are parsed in JS (loaders/police-uk-rows.ts) and appended to `crimes` as Arrow; SQL only keeps the
// bookkeeping: which load a row came from, and replacing a month that is loaded again.

export const NEXT_LOAD_ID_SQL = 'SELECT (coalesce(max(load_id), 0) + 1)::INTEGER AS load_id FROM crimes';

const otherLoadsOf = (monthIso: string, force: string | null, loadId: number) => `source_format = 'police-uk-street'
  AND force IS NOT DISTINCT FROM ${force === null ? 'NULL' : sqlString(force)} AND month = ${sqlString(`${monthIso}-01`)}::DATE
  AND load_id IS DISTINCT FROM ${loadId}`;

/** police.uk rows stored by earlier loads, per month and force: one scan, however many months a file holds. */
export function earlierMonthsSql(loadId: number): string {
  return `SELECT strftime(month, '%Y-%m') AS month_iso, force, count(*)::INTEGER AS n FROM crimes
  WHERE source_format = 'police-uk-street' AND load_id IS DISTINCT FROM ${loadId} GROUP BY ALL`;
}

export function deleteEarlierMonthSql(monthIso: string, force: string | null, loadId: number): string {
  return `DELETE FROM crimes WHERE ${otherLoadsOf(monthIso, force, loadId)}`;
}

/** Rows an earlier load of a file with the same name left (a file loaded again replaces its earlier copy). */
export function deleteEarlierCopySql(sourceFile: string, loadId: number): string {
  return `DELETE FROM crimes WHERE source_file = ${sqlString(sourceFile)} AND load_id IS DISTINCT FROM ${loadId}`;
}

/** A cancelled load takes back what it stored. */
export function deleteLoadSql(loadId: number): string {
  return `DELETE FROM crimes WHERE load_id = ${loadId}`;
}
