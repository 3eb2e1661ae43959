import { sqlString } from './literals';
import { deleteLoadsSql, deleteOrphansSql, earlierLoadsOfFile, earlierPoliceUkLoads } from './loads';

// police.uk rows are parsed in JS (loaders/police-uk-rows.ts) and appended as Arrow; SQL only keeps the bookkeeping:
// replacing a month that is loaded again, or a file loaded again. A file's loads are the ids from its first one up.

/** police.uk rows stored by earlier loads, per month and force: one scan, however many months a file holds. */
export function earlierMonthsSql(firstLoadId: number): string {
  return `SELECT strftime(c.month, '%Y-%m') AS month_iso, l.force, count(*)::INTEGER AS n FROM crimes c JOIN loads l USING (load_id)
  WHERE l.source_format = 'police-uk-street' AND c.load_id < ${firstLoadId} GROUP BY ALL`;
}

export function deleteEarlierMonthSql(monthIso: string, force: string | null, firstLoadId: number): string {
  const loads = earlierPoliceUkLoads(firstLoadId, force);
  return `DELETE FROM crimes WHERE month = ${sqlString(`${monthIso}-01`)}::DATE AND load_id IN (${loads});
${deleteOrphansSql(loads)}`;
}

/** Rows an earlier load of a file with the same name left (a file loaded again replaces its earlier copy). */
export function deleteEarlierCopySql(sourceFile: string, firstLoadId: number): string {
  return deleteLoadsSql(earlierLoadsOfFile(sourceFile, firstLoadId));
}

/**
 * A cancelled or failed load takes back what it stored (nothing else loads while it runs, so every id from its first
 * up).
 */
export function deleteFileLoadsSql(firstLoadId: number): string {
  return `DELETE FROM crimes WHERE load_id >= ${firstLoadId}; DELETE FROM crime_details WHERE load_id >= ${firstLoadId};
DELETE FROM loads WHERE load_id >= ${firstLoadId}`;
}
