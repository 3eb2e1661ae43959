import { DEMO_INTERVENTIONS_FILE, DEMO_PINGS_FILE } from './ingest-demo';
import { DELETE_ALL_CRIMES_SQL, deleteLoadsSql, fromFilesSql, loadsOfFiles, loadsOfFormat } from './loads';

// What the engine asks of the tables as a whole: counts, and removing the demo, a file's rows, or everything.

/** Tables that hold rows of files other than crimes; a file's rows go with it. */
const FILE_TABLES = ['patrol_pings', 'patrol_visits', 'interventions', 'radio_units'] as const;

export const COUNT_CRIMES_SQL = 'SELECT count(*)::INTEGER AS n FROM crimes';

export const COUNT_DEMO_CRIMES_SQL = `SELECT count(*)::INTEGER AS n FROM crimes WHERE load_id IN (${loadsOfFormat('demo')})`;

/**
 * The demo's crimes, patrol pings and interventions. Its GRIP hotspots stay: the set in use belongs to no crime data.
 */
export const REMOVE_DEMO_SQL = `${deleteLoadsSql(loadsOfFormat('demo'))};
DELETE FROM patrol_pings WHERE source_file = '${DEMO_PINGS_FILE}';
DELETE FROM interventions WHERE source_file = '${DEMO_INTERVENTIONS_FILE}'`;

export const GRIP_HOTSPOTS_SQL = 'SELECT hotspot_id, name, geometry_json FROM hotspots ORDER BY hotspot_id';

/**
 * Whether any table of file rows holds one (after the demo is removed: whether the analyst's files stored anything).
 * The hotspot set is not counted: it is always there, whatever data are loaded.
 */
export const HOLDS_ANY_ROWS_SQL = `SELECT ((SELECT count(*) FROM crimes) + (SELECT count(*) FROM patrol_pings)
  + (SELECT count(*) FROM patrol_visits) + (SELECT count(*) FROM interventions) + (SELECT count(*) FROM radio_units)
  )::INTEGER AS n`;

/** Every row that came from these files (a zip's entries are stored as `<zip path>/<entry>`). */
export function removeFileRowsSql(paths: string[]): string {
  const others = FILE_TABLES.map((table) => `DELETE FROM ${table} WHERE ${fromFilesSql(paths)}`);
  return [deleteLoadsSql(loadsOfFiles(paths)), ...others].join(';\n');
}

/** Every file's rows. The hotspot set and its versions are kept: they are the analyst's work, not a loaded file. */
export const CLEAR_ALL_SQL = [DELETE_ALL_CRIMES_SQL, ...FILE_TABLES.map((table) => `DELETE FROM ${table}`)].join('; ');

/** Staging tables a demo load leaves; their row count is what the load stored. */
export type DemoStagingTable = 'staging_crimes' | 'staging_pings';

export function countStagingSql(table: DemoStagingTable): string {
  return `SELECT count(*)::INTEGER AS n FROM ${table}`;
}

export function dropStagingSql(table: DemoStagingTable): string {
  return `DROP TABLE IF EXISTS ${table}; DROP TABLE IF EXISTS staging_point_cells`;
}
