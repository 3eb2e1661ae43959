import { reasonSql } from './set-aside';
import type { ColumnMapping } from '../ingest/column-mapping';
import { mappedColumn, parseTimestampSql, readCsvSql } from './csv-source';
import { joinPointCells } from './point-cells';
import { sqlString } from './literals';

const column = mappedColumn;
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
 * Patrol GPS pings (unit/callsign, timestamp, lat/lon or easting/northing), staged with the same column names as force
 * exports (latitude, longitude, easting, northing) so grid conversion and H3 indexing are shared.
 */
export function stagePatrolPingsSql(registeredName: string, header: string[], m: ColumnMapping): string {
  const time = column(m.occurredFrom);
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
WITH typed AS (
  SELECT NULLIF(trim(${column(m.unit)}), '') AS unit_id, ${time} AS occurred_text,
    ${parseTimestampSql(time, TIMESTAMP_FORMATS)} AS pinged_at,
    TRY_CAST(${column(m.latitude)} AS DOUBLE) AS latitude, TRY_CAST(${column(m.longitude)} AS DOUBLE) AS longitude,
    TRY_CAST(${column(m.easting)} AS DOUBLE) AS easting, TRY_CAST(${column(m.northing)} AS DOUBLE) AS northing
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
  return `INSERT INTO patrol_pings
SELECT s.unit_id, s.pinged_at, s.latitude, s.longitude, NULLIF(p.h3_r10, 0), ${sqlString(path)}
FROM staging_force s ${joinPointCells('s')} WHERE s.set_aside_reason IS NULL AND s.latitude IS NOT NULL`;
}
