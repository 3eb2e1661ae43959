import { sqlString } from './literals';

// Every crime row belongs to a load (one file, one force); these statements find and remove rows by load.

export const NEXT_LOAD_ID_SQL = 'SELECT (coalesce(max(load_id), 0) + 1)::INTEGER AS load_id FROM loads';

export function insertLoadSql(
  loadId: number,
  sourceFile: string,
  sourceFormat: string,
  force: string | null = null,
): string {
  return `INSERT INTO loads VALUES (${loadId}, ${sqlString(sourceFile)}, ${sqlString(sourceFormat)}, ${force === null ? 'NULL' : sqlString(force)})`;
}

/** Rows whose `source_file` is one of these files, or an entry of one of these zips (stored as `<zip>/<entry>`). */
export function fromFilesSql(paths: string[]): string {
  return (
    paths
      .map((p) => `(source_file = ${sqlString(p)} OR starts_with(source_file, ${sqlString(`${p}/`)}))`)
      .join(' OR ') || 'false'
  );
}

export function loadsOfFilesSql(paths: string[]): string {
  return `SELECT load_id FROM loads WHERE ${fromFilesSql(paths)}`;
}

/** Removes the loads `loadIdsSql` selects, with their crimes and details. */
export function deleteLoadsSql(loadIdsSql: string): string {
  return `CREATE OR REPLACE TEMP TABLE doomed_loads AS ${loadIdsSql};
DELETE FROM crimes WHERE load_id IN (SELECT load_id FROM doomed_loads);
DELETE FROM crime_details WHERE load_id IN (SELECT load_id FROM doomed_loads);
DELETE FROM loads WHERE load_id IN (SELECT load_id FROM doomed_loads);
DROP TABLE doomed_loads`;
}

/** Details whose crime row is gone (a month or an id replaced), in the given loads; and loads left with no rows. */
export function deleteOrphansSql(loadIdsSql: string): string {
  return `DELETE FROM crime_details d WHERE d.load_id IN (${loadIdsSql})
  AND NOT EXISTS (SELECT 1 FROM crimes c WHERE c.load_id = d.load_id AND c.source_row = d.source_row);
DELETE FROM loads WHERE load_id IN (${loadIdsSql}) AND load_id NOT IN (SELECT DISTINCT load_id FROM crimes)`;
}

export const DELETE_ALL_CRIMES_SQL = 'DELETE FROM crimes; DELETE FROM crime_details; DELETE FROM loads';
