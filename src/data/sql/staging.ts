// The temporary tables a CSV load stages through, and their lifecycle.

/** Where every CSV loader stages its typed rows (one name, so grid conversion and H3 indexing are shared). */
export type StagingTable = 'staging_force';

const STAGING_TABLES = ['staging_force', 'staging_grid', 'staging_point_cells', 'staging_rows'];

export const DROP_STAGING_TABLES_SQL = STAGING_TABLES.map((t) => `DROP TABLE IF EXISTS ${t}`).join('; ');

export function stagedCountSql(table: StagingTable): string {
  return `SELECT count(*)::INTEGER AS staged FROM ${table}`;
}

/** Before `staging_grid` is written again from Arrow (British National Grid → WGS84, one row per grid reference). */
export const DROP_STAGING_GRID_SQL = 'DROP TABLE IF EXISTS staging_grid';

/** Before `staging_point_cells` is written again from Arrow (one H3 cell per distinct point). */
export const DROP_STAGING_POINT_CELLS_SQL = 'DROP TABLE IF EXISTS staging_point_cells';

/** Area-wide actions have no location: an empty point table keeps the insert's join valid. */
export const CREATE_EMPTY_POINT_CELLS_SQL =
  'CREATE OR REPLACE TEMP TABLE staging_point_cells (latitude DOUBLE, longitude DOUBLE, h3_r10 UBIGINT, in_area UTINYINT)';
