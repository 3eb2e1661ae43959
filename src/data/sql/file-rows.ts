import { sqlString } from './literals';

// Rows one file put in a table: counted for its report, or removed when the file is loaded again.

/** Tables whose rows carry their `source_file` (crimes carry it through `loads`). */
export type RecordTable = 'patrol_pings' | 'patrol_visits' | 'interventions';

/** A file's crimes as the load report counts them: stored, mapped, without coordinates, outside the force area. */
export function storedCrimeCountsSql(sourceFile: string): string {
  return `SELECT
    count(*)::INTEGER AS stored,
    count(*) FILTER (WHERE in_area AND h3_r10 IS NOT NULL)::INTEGER AS mapped,
    count(*) FILTER (WHERE lat IS NULL OR lon IS NULL)::INTEGER AS no_coordinates,
    count(*) FILTER (WHERE lat IS NOT NULL AND NOT in_area)::INTEGER AS out_of_area
  FROM crimes WHERE load_id IN (SELECT load_id FROM loads WHERE source_file = ${sqlString(sourceFile)})`;
}

export function countRowsSql(table: RecordTable): string {
  return `SELECT count(*)::INTEGER AS n FROM ${table}`;
}

export function countFileRowsSql(table: RecordTable, sourceFile: string): string {
  return `SELECT count(*)::INTEGER AS n FROM ${table} WHERE source_file = ${sqlString(sourceFile)}`;
}

export function deleteFileRowsSql(table: RecordTable, sourceFile: string): string {
  return `DELETE FROM ${table} WHERE source_file = ${sqlString(sourceFile)}`;
}
