/** Every distinct located point of a staged file (the H3 work is per point, not per row). */
export function distinctPointsSql(stagingTable: string): string {
  return `SELECT DISTINCT latitude, longitude FROM ${stagingTable} WHERE latitude IS NOT NULL AND longitude IS NOT NULL`;
}

/** Joins staged rows (alias `rowAlias`) to their point's cell as `p.h3_r10`; rows without a location get NULL. */
export function joinPointCells(rowAlias: string): string {
  return `LEFT JOIN staging_point_cells p ON ${rowAlias}.latitude = p.latitude AND ${rowAlias}.longitude = p.longitude`;
}
