import { reasonSql } from './set-aside';
import { speedIsKmh, type ColumnMapping } from '../ingest/column-mapping';
import { mappedColumn, parseTimestampSql, readCsvSql } from './csv-source';
import { joinPointCells } from './point-cells';
import { sqlString } from './literals';

const column = mappedColumn;
const KM_PER_MILE = 1.609344; // international mile (exact)
// GPS devices write ISO times, some with a Z; day-first UK forms for hand-kept logs.
const TIMESTAMP_FORMATS = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%dT%H:%M:%SZ',
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%Y-%m-%d %H:%M',
];

/**
 * Patrol GPS pings (unit/callsign, timestamp, lat/lon or easting/northing, optional speed and heading), staged with
 * the same column names as force exports (latitude, longitude, easting, northing) so grid conversion and H3 indexing
 * are shared.
 */
export function stagePatrolPingsSql(registeredName: string, header: string[], m: ColumnMapping): string {
  const time = column(m.occurredFrom);
  const speedMph = `TRY_CAST(${column(m.speed)} AS DOUBLE)${speedIsKmh(m.speed) ? ` / ${KM_PER_MILE}` : ''}`;
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
WITH typed AS (
  SELECT NULLIF(trim(${column(m.unit)}), '') AS unit_id, ${time} AS occurred_text,
    ${parseTimestampSql(time, TIMESTAMP_FORMATS)} AS pinged_at,
    TRY_CAST(${column(m.latitude)} AS DOUBLE) AS latitude, TRY_CAST(${column(m.longitude)} AS DOUBLE) AS longitude,
    TRY_CAST(${column(m.easting)} AS DOUBLE) AS easting, TRY_CAST(${column(m.northing)} AS DOUBLE) AS northing,
    ${speedMph} AS speed_mph, TRY_CAST(${column(m.heading)} AS DOUBLE) AS heading_degrees
  FROM ${readCsvSql(registeredName, header)}
)
SELECT *, CASE WHEN pinged_at IS NULL THEN ${reasonSql('unparseable-date')} WHEN unit_id IS NULL THEN ${reasonSql('missing-unit')}
  WHEN latitude IS NULL AND easting IS NULL THEN ${reasonSql('no-coordinates')} END AS set_aside_reason
FROM typed`;
}

export const PATROL_SET_ASIDE_SQL = `SELECT set_aside_reason AS reason, (rowid + 1)::INTEGER AS record_index,
  CASE set_aside_reason WHEN ${reasonSql('unparseable-date')} THEN occurred_text ELSE '' END AS value
FROM staging_force WHERE set_aside_reason IS NOT NULL ORDER BY rowid`;

export function insertPatrolPingsSql(path: string): string {
  return `INSERT INTO patrol_pings (unit_id, pinged_at, lat, lon, h3_r10, source_file, speed_mph, heading_degrees)
SELECT s.unit_id, s.pinged_at, s.latitude, s.longitude, NULLIF(p.h3_r10, 0), ${sqlString(path)}, s.speed_mph,
  s.heading_degrees
FROM staging_force s ${joinPointCells('s')} WHERE s.set_aside_reason IS NULL AND s.latitude IS NOT NULL`;
}
