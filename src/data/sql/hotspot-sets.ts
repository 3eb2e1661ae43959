import { cellsPolygon } from '../../analysis/hotspot-proposal';
import type { HotspotSet, HotspotSetVersion } from '../../analysis/hotspot-set';
import { sqlString } from './literals';

// The working GRIP hotspot set and its versions (tables in schema.ts). A change rewrites the few rows it touches.

const text = (value: string | null) => (value === null ? 'NULL' : sqlString(value));
const number = (x: number) => (Number.isFinite(x) ? String(x) : 'NULL');

export const WORKING_SET_SQL = 'SELECT name, basis FROM hotspot_working_set';

export const WORKING_HOTSPOTS_SQL = `SELECT hotspot_id, name, locked, cells_json, centre_lon, centre_lat, drawn_json
FROM hotspots ORDER BY hotspot_id`;

export const VERSIONS_SQL = 'SELECT version_id, name, saved_at, set_json FROM hotspot_set_versions';

/** Replaces the working set (null: none); `geometry_json` is what the map outlines. */
export function replaceWorkingSetSql(set: HotspotSet | null): string {
  const statements = ['DELETE FROM hotspots', 'DELETE FROM hotspot_working_set'];
  if (set) {
    statements.push(`INSERT INTO hotspot_working_set VALUES (${sqlString(set.name)}, ${sqlString(set.basis)})`);
    const rows = set.hotspots.map((h) => {
      const geometry = JSON.stringify(h.drawn ?? cellsPolygon(h.cells));
      return `(${[
        sqlString(h.hotspotId),
        sqlString(h.name),
        'NULL',
        'NULL',
        sqlString(geometry),
        h.locked ? 'true' : 'false',
        sqlString(JSON.stringify(h.cells)),
        number(h.centreLngLat[0]),
        number(h.centreLngLat[1]),
        text(h.drawn ? JSON.stringify(h.drawn) : null),
      ].join(', ')})`;
    });
    if (rows.length > 0)
      statements.push(
        `INSERT INTO hotspots (hotspot_id, name, town, district, geometry_json, locked, cells_json, centre_lon,
  centre_lat, drawn_json) VALUES ${rows.join(',\n')}`,
      );
  }
  return statements.join(';\n');
}

export function insertVersionSql(v: HotspotSetVersion): string {
  const values = [v.versionId, v.name, v.savedAt, JSON.stringify(v.set)].map(sqlString).join(', ');
  return `INSERT INTO hotspot_set_versions VALUES (${values})`;
}

export function deleteVersionSql(versionId: string): string {
  return `DELETE FROM hotspot_set_versions WHERE version_id = ${sqlString(versionId)}`;
}

export const DELETE_VERSIONS_SQL = 'DELETE FROM hotspot_set_versions';
