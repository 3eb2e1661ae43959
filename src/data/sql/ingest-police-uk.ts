import { sqlString } from './literals';
import { readCsvSql } from './csv-source';
import { joinPointCells } from './point-cells';

/**
 * data.police.uk street-level crime columns in published order, staged under our own names: DuckDB identifiers are
 * case-insensitive, so the raw text latitude_text must not share a name with the parsed `latitude`.
 */
export const POLICE_UK_STREET_COLUMNS = [
  'crime_id', 'month_text', 'reported_by', 'falls_within', 'longitude_text', 'latitude_text', 'location', 'lsoa_code',
  'lsoa_name', 'crime_type', 'last_outcome', 'context',
];

/**
 * One pass from the CSV to a typed staging table (a second million-row copy costs seconds). Swapped coordinates
 * (latitude in the longitude column) are put right and flagged; non-numeric ones become NULL and are flagged; a row
 * with no readable month is set aside. Table order is file order, so `rowid + 1` is the record number.
 */
export function stagePoliceUkSql(registeredName: string): string {
  return `CREATE OR REPLACE TEMP TABLE staging_police_uk AS
WITH typed AS (
  SELECT crime_id, month_text, falls_within, latitude_text, longitude_text, location, lsoa_code, crime_type, last_outcome,
    try_strptime(month_text, '%Y-%m')::DATE AS month_date,
    TRY_CAST(latitude_text AS DOUBLE) AS lat_in, TRY_CAST(longitude_text AS DOUBLE) AS lon_in
  FROM ${readCsvSql(registeredName, POLICE_UK_STREET_COLUMNS)}
)
SELECT *,
  (lat_in BETWEEN -8.7 AND 1.8 AND lon_in BETWEEN 49.8 AND 60.9) AS swapped,
  (coalesce(trim(latitude_text), '') <> '' AND lat_in IS NULL) OR (coalesce(trim(longitude_text), '') <> '' AND lon_in IS NULL) AS non_numeric,
  CASE WHEN lat_in BETWEEN -8.7 AND 1.8 AND lon_in BETWEEN 49.8 AND 60.9 THEN lon_in ELSE lat_in END AS latitude,
  CASE WHEN lat_in BETWEEN -8.7 AND 1.8 AND lon_in BETWEEN 49.8 AND 60.9 THEN lat_in ELSE lon_in END AS longitude,
  CASE WHEN month_date IS NULL THEN 'unparseable-month'
       WHEN coalesce(trim(crime_type), '') = '' THEN 'missing-crime-type' END AS set_aside_reason
FROM typed`;
}

export const SET_ASIDE_EXAMPLES_SQL = `SELECT set_aside_reason AS reason, (rowid + 1)::INTEGER AS record_index,
  CASE set_aside_reason WHEN 'unparseable-month' THEN 'Month' ELSE 'Crime type' END AS column_name,
  CASE set_aside_reason WHEN 'unparseable-month' THEN month_text ELSE crime_type END AS value
FROM staging_police_uk WHERE set_aside_reason IS NOT NULL ORDER BY rowid`;

export const FLAGGED_EXAMPLES_SQL = `SELECT CASE WHEN swapped THEN 'swapped-lat-lon' ELSE 'non-numeric-coordinates' END AS reason,
  (rowid + 1)::INTEGER AS record_index, latitude_text, longitude_text
FROM staging_police_uk WHERE set_aside_reason IS NULL AND (swapped OR non_numeric) ORDER BY rowid`;

/** Months and forces in this file: loading a month already loaded for the same force replaces it. */
export const FILE_MONTHS_SQL = `SELECT DISTINCT strftime(month_date, '%Y-%m') AS month_iso, falls_within AS force
FROM staging_police_uk WHERE set_aside_reason IS NULL ORDER BY 1`;

export function deleteLoadedMonthSql(monthIso: string, force: string): string {
  return `DELETE FROM crimes WHERE source_format = 'police-uk-street' AND force = ${sqlString(force)}
  AND month = ${sqlString(`${monthIso}-01`)}::DATE`;
}

export function insertPoliceUkSql(fileName: string): string {
  return `INSERT INTO crimes (crime_id, source_file, source_format, force, month, occurred_at, crime_type, lat, lon,
  location, lsoa_code, outcome, h3_r10, in_area)
SELECT NULLIF(trim(s.crime_id), ''), ${sqlString(fileName)}, 'police-uk-street', s.falls_within, s.month_date, NULL,
  trim(s.crime_type), s.latitude, s.longitude, s.location, NULLIF(s.lsoa_code, ''), NULLIF(s.last_outcome, ''),
  NULLIF(p.h3_r10, 0), coalesce(p.in_area = 1, false)
FROM staging_police_uk s ${joinPointCells('s')}
WHERE s.set_aside_reason IS NULL`;
}

/** police.uk's anonymisation snaps crimes to map points; a point carrying an outsized share is an artefact, not a hotspot. */
export const BUSY_SNAP_POINTS_SQL = `WITH located AS (
  SELECT latitude, longitude, any_value(location) AS location, count(*) AS crimes
  FROM staging_police_uk WHERE set_aside_reason IS NULL AND latitude IS NOT NULL GROUP BY latitude, longitude
), total AS (SELECT sum(crimes) AS n FROM located)
SELECT location, latitude, longitude, crimes::INTEGER AS crimes, round(100.0 * crimes / n, 2) AS share_percent
FROM located, total WHERE crimes >= 20 AND crimes >= 0.01 * n ORDER BY crimes DESC LIMIT 5`;

export const QUIRK_COUNTS_SQL = `SELECT
  count(*) FILTER (WHERE crime_type = 'Anti-social behaviour')::INTEGER AS asb_rows,
  count(*) FILTER (WHERE crime_type = 'Anti-social behaviour' AND coalesce(crime_id, '') = '')::INTEGER AS asb_without_id,
  count(*) FILTER (WHERE latitude IS NULL AND NOT non_numeric)::INTEGER AS no_coordinates,
  count(*) FILTER (WHERE lsoa_code IS NOT NULL AND lsoa_code NOT IN (SELECT code FROM lsoa_2011))::INTEGER AS lsoa_not_2011
FROM staging_police_uk WHERE set_aside_reason IS NULL`;
