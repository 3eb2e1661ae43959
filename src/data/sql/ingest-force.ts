import { reasonSql } from './set-aside';
import type { ColumnMapping } from '../ingest/column-mapping';
import { sqlString } from './literals';
import { mappedColumn, parseTimestampSql, readCsvSql, REJECTED_ROWS_SQL } from './csv-source';
import { insertLoadSql } from './loads';
import { joinPointCells } from './point-cells';

const column = mappedColumn;

/** One pass from the CSV to typed staging, the mapping choosing the columns. `rowid + 1` is the record number. */
export function stageForceCrimesSql(registeredName: string, header: string[], m: ColumnMapping): string {
  const lat = m.latitude ? `TRY_CAST(${column(m.latitude)} AS DOUBLE)` : 'NULL::DOUBLE';
  const lon = m.longitude ? `TRY_CAST(${column(m.longitude)} AS DOUBLE)` : 'NULL::DOUBLE';
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
WITH typed AS (
  SELECT NULLIF(trim(${column(m.id)}), '') AS crime_id, ${column(m.occurredFrom)} AS occurred_text,
    ${parseTimestampSql(column(m.occurredFrom))} AS occurred_at, NULLIF(trim(${column(m.offence)}), '') AS offence,
    NULLIF(trim(${column(m.offenceCode)}), '') AS offence_code,
    ${lat} AS latitude, ${lon} AS longitude,
    TRY_CAST(${column(m.easting)} AS DOUBLE) AS easting, TRY_CAST(${column(m.northing)} AS DOUBLE) AS northing,
    ${column(m.location)} AS location, TRY_CAST(${column(m.harm)} AS DOUBLE) AS harm
  FROM ${readCsvSql(registeredName, header)}
)
SELECT *, CASE WHEN occurred_at IS NULL THEN ${reasonSql('unparseable-date')} WHEN offence IS NULL AND offence_code IS NULL THEN ${reasonSql('missing-offence')} END AS set_aside_reason
FROM typed`;
}

/** Later copies of an id within the file are set aside (the first is kept). */
export const MARK_DUPLICATE_IDS_SQL = `UPDATE staging_force SET set_aside_reason = ${reasonSql('duplicate-id')}
WHERE set_aside_reason IS NULL AND crime_id IS NOT NULL AND rowid IN (
  SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY crime_id ORDER BY rowid) AS copy FROM staging_force
    WHERE set_aside_reason IS NULL AND crime_id IS NOT NULL) WHERE copy > 1)`;

export const FORCE_SET_ASIDE_SQL = `SELECT set_aside_reason AS reason, (rowid + 1)::INTEGER AS record_index,
  CASE set_aside_reason WHEN ${reasonSql('duplicate-id')} THEN crime_id WHEN ${reasonSql('unparseable-date')} THEN occurred_text ELSE '' END AS value
FROM staging_force WHERE set_aside_reason IS NOT NULL ORDER BY rowid`;

export const DISTINCT_GRID_REFERENCES_SQL = `SELECT DISTINCT easting, northing FROM staging_force
WHERE easting IS NOT NULL AND northing IS NOT NULL AND latitude IS NULL`;

export const FILL_FROM_GRID_SQL = `UPDATE staging_force s SET latitude = g.latitude, longitude = g.longitude
FROM staging_grid g WHERE s.easting = g.easting AND s.northing = g.northing AND s.latitude IS NULL`;

/** Earlier rows with an id this file also has are replaced (force exports overlap from one extract to the next). */
const SAME_ID_ROWS = `SELECT d.load_id, d.source_row FROM crime_details d JOIN loads l USING (load_id)
WHERE l.source_format = 'force-crimes'
  AND d.crime_id IN (SELECT crime_id FROM staging_force WHERE set_aside_reason IS NULL AND crime_id IS NOT NULL)`;
export const REPLACED_BY_ID_SQL = `SELECT count(*)::INTEGER AS n FROM (${SAME_ID_ROWS})`;
export const DELETE_REPLACED_BY_ID_SQL = `CREATE OR REPLACE TEMP TABLE replaced_rows AS ${SAME_ID_ROWS};
DELETE FROM crimes c USING replaced_rows r WHERE c.load_id = r.load_id AND c.source_row = r.source_row;
DELETE FROM crime_details d USING replaced_rows r WHERE d.load_id = r.load_id AND d.source_row = r.source_row;
DROP TABLE replaced_rows`;

/** Each staged record's row in the file (header = 1), stepping over the rows DuckDB rejected (as fileRowOf does). */
export const STAGE_FILE_ROWS_SQL = `CREATE OR REPLACE TEMP TABLE staging_rows AS
WITH rejected AS (${REJECTED_ROWS_SQL})
SELECT (row_number() OVER (ORDER BY r) - 1)::BIGINT AS staged_rowid, r::INTEGER AS file_row
FROM range(2, (SELECT count(*) FROM staging_force) + (SELECT count(*) FROM rejected) + 2) t(r)
WHERE r NOT IN (SELECT row_number FROM rejected)`;

const SOURCE_ROW = 'f.file_row';
const JOIN_FILE_ROWS = 'JOIN staging_rows f ON f.staged_rowid = s.rowid';

/** The distinct offences (description and Home Office code) of the rows to store, for classifying once each. */
export const DISTINCT_OFFENCES_SQL = `SELECT offence, offence_code, count(*)::INTEGER AS rows FROM staging_force
WHERE set_aside_reason IS NULL GROUP BY ALL ORDER BY rows DESC, offence, offence_code`;

export interface OffenceCategory {
  offence: string | null;
  offenceCode: string | null;
  crimeType: string;
}

/** Each distinct offence with the police.uk category it was classified into. */
export function stageOffenceCategoriesSql(rows: OffenceCategory[]): string {
  const text = (v: string | null) => (v === null ? 'NULL::VARCHAR' : sqlString(v));
  const values = rows.map((r) => `(${text(r.offence)}, ${text(r.offenceCode)}, ${sqlString(r.crimeType)})`);
  const empty = 'SELECT NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR WHERE false';
  return `CREATE OR REPLACE TEMP TABLE staging_offence_types AS
SELECT * FROM (${values.length > 0 ? `VALUES ${values.join(', ')}` : empty}) t(offence, offence_code, crime_type)`;
}

const JOIN_OFFENCE_TYPES = `LEFT JOIN staging_offence_types o
  ON o.offence IS NOT DISTINCT FROM s.offence AND o.offence_code IS NOT DISTINCT FROM s.offence_code`;

export function insertForceCrimesSql(fileName: string, loadId: number): string {
  return `${insertLoadSql(loadId, fileName, 'force-crimes')};
INSERT INTO crimes (load_id, source_row, month, occurred_at, crime_type, harm, lat, lon, h3_r10, in_area)
SELECT ${loadId}, ${SOURCE_ROW}, date_trunc('month', s.occurred_at)::DATE, s.occurred_at, o.crime_type, s.harm,
  s.latitude, s.longitude, NULLIF(p.h3_r10, 0), coalesce(p.in_area = 1, false)
FROM staging_force s ${JOIN_FILE_ROWS} ${JOIN_OFFENCE_TYPES} ${joinPointCells('s')} WHERE s.set_aside_reason IS NULL;
INSERT INTO crime_details (load_id, source_row, crime_id, offence, location)
SELECT ${loadId}, ${SOURCE_ROW}, s.crime_id, coalesce(s.offence, s.offence_code), s.location FROM staging_force s ${JOIN_FILE_ROWS} WHERE s.set_aside_reason IS NULL`;
}
