import { BRITAIN_LATITUDE, BRITAIN_LONGITUDE } from '../ingest/swapped-coordinates';

const SWAPPED = `latitude BETWEEN ${BRITAIN_LONGITUDE[0]} AND ${BRITAIN_LONGITUDE[1]} AND longitude BETWEEN ${BRITAIN_LATITUDE[0]} AND ${BRITAIN_LATITUDE[1]}`;

/** Rows of staging_force whose coordinates are Britain swapped round, as the file has them. */
export const SWAPPED_COORDINATES_SQL = `SELECT (rowid + 1)::INTEGER AS record_index, latitude, longitude
FROM staging_force WHERE ${SWAPPED} ORDER BY rowid`;

export const SWAP_COORDINATES_SQL = `UPDATE staging_force SET latitude = longitude, longitude = latitude WHERE ${SWAPPED}`;

/** Every distinct located point of a staged file (the H3 work is per point, not per row). */
export function distinctPointsSql(stagingTable: string): string {
  return `SELECT DISTINCT latitude, longitude FROM ${stagingTable} WHERE latitude IS NOT NULL AND longitude IS NOT NULL`;
}

/** Joins staged rows (alias `rowAlias`) to their point's cell as `p.h3_r10`; rows without a location get NULL. */
export function joinPointCells(rowAlias: string): string {
  return `LEFT JOIN staging_point_cells p ON ${rowAlias}.latitude = p.latitude AND ${rowAlias}.longitude = p.longitude`;
}
