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

/**
 * A query for some load ids. Only the functions below make one, so statements that take loads cannot be handed an
 * id list one day and a subquery the next.
 */
export type LoadSelection = string & { readonly __loadSelection: true };
const selection = (sql: string) => sql as LoadSelection;

export function loadsOfFiles(paths: string[]): LoadSelection {
  return selection(`SELECT load_id FROM loads WHERE ${fromFilesSql(paths)}`);
}

export function loadsWithIds(loadIds: number[]): LoadSelection {
  const ids = loadIds.filter((id) => Number.isInteger(id));
  return selection(
    ids.length > 0 ? `SELECT unnest([${ids.join(', ')}]) AS load_id` : 'SELECT NULL::INTEGER AS load_id WHERE false',
  );
}

export function loadsOfFormat(sourceFormat: string): LoadSelection {
  return selection(`SELECT load_id FROM loads WHERE source_format = ${sqlString(sourceFormat)}`);
}

/** police.uk loads before `firstLoadId` (the load now running starts there), optionally of one force. */
export function earlierPoliceUkLoads(firstLoadId: number, force?: string | null): LoadSelection {
  const ofForce =
    force === undefined ? '' : ` AND force IS NOT DISTINCT FROM ${force === null ? 'NULL' : sqlString(force)}`;
  return selection(`SELECT load_id FROM loads
  WHERE source_format = 'police-uk-street' AND load_id < ${Math.trunc(firstLoadId)}${ofForce}`);
}

/** Earlier loads of a file with this name (a file loaded again replaces its earlier copy). */
export function earlierLoadsOfFile(sourceFile: string, firstLoadId: number): LoadSelection {
  return selection(
    `SELECT load_id FROM loads WHERE source_file = ${sqlString(sourceFile)} AND load_id < ${Math.trunc(firstLoadId)}`,
  );
}

/** Removes the selected loads, with their crimes and details. */
export function deleteLoadsSql(loads: LoadSelection): string {
  return `CREATE OR REPLACE TEMP TABLE doomed_loads AS ${loads};
DELETE FROM crimes WHERE load_id IN (SELECT load_id FROM doomed_loads);
DELETE FROM crime_details WHERE load_id IN (SELECT load_id FROM doomed_loads);
DELETE FROM loads WHERE load_id IN (SELECT load_id FROM doomed_loads);
DROP TABLE doomed_loads`;
}

/** Details whose crime row is gone (a month or an id replaced), in the given loads; and loads left with no rows. */
export function deleteOrphansSql(loads: LoadSelection): string {
  return `DELETE FROM crime_details d WHERE d.load_id IN (${loads})
  AND NOT EXISTS (SELECT 1 FROM crimes c WHERE c.load_id = d.load_id AND c.source_row = d.source_row);
DELETE FROM loads WHERE load_id IN (${loads}) AND load_id NOT IN (SELECT DISTINCT load_id FROM crimes)`;
}

export const DELETE_ALL_CRIMES_SQL = 'DELETE FROM crimes; DELETE FROM crime_details; DELETE FROM loads';
