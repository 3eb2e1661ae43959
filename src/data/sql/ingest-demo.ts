import { sqlString } from './literals';
import { h3FromHexSql } from './h3-cells';

/**
 * The demo generator's crimes.csv: `crime_id,occurred_at,crime_type,latitude,longitude,location,lsoa_code,h3_r10`.
 * The demo is pre-indexed (H3 cell written by the generator, every point inside LLR by construction).
 */
export function stageDemoCrimesSql(registeredName: string): string {
  return `CREATE OR REPLACE TEMP TABLE staging_crimes AS SELECT * FROM read_csv(${sqlString(registeredName)},
  header = true, auto_detect = false, delim = ',', quote = '"',
  columns = {'crime_id': 'VARCHAR', 'occurred_at': 'TIMESTAMP', 'crime_type': 'VARCHAR', 'latitude': 'DOUBLE',
             'longitude': 'DOUBLE', 'location': 'VARCHAR', 'lsoa_code': 'VARCHAR', 'h3_r10': 'VARCHAR'},
  timestampformat = '%Y-%m-%d %H:%M')`;
}

export function insertDemoCrimesSql(fileName: string): string {
  return `INSERT INTO crimes (crime_id, source_file, source_format, force, month, occurred_at, crime_type, lat, lon,
  location, lsoa_code, outcome, h3_r10, in_area)
SELECT s.crime_id, ${sqlString(fileName)}, 'demo', NULL, date_trunc('month', s.occurred_at)::DATE, s.occurred_at,
  s.crime_type, s.latitude, s.longitude, s.location, NULLIF(s.lsoa_code, ''), NULL, ${h3FromHexSql("NULLIF(s.h3_r10, '')")}, s.h3_r10 <> ''
FROM staging_crimes s`;
}

export function stageDemoPingsSql(registeredName: string): string {
  return `CREATE OR REPLACE TEMP TABLE staging_pings AS SELECT * FROM read_csv(${sqlString(registeredName)},
  header = true, auto_detect = false, delim = ',', quote = '"',
  columns = {'unit_id': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'latitude': 'DOUBLE', 'longitude': 'DOUBLE', 'h3_r10': 'VARCHAR'},
  timestampformat = '%Y-%m-%d %H:%M:%S')`;
}

/** Demo pings are pre-indexed like the demo crimes. */
export const DEMO_PINGS_FILE = 'demo-patrol-pings.csv';

export const INSERT_DEMO_PINGS_SQL = `INSERT INTO patrol_pings
SELECT s.unit_id, s.timestamp, s.latitude, s.longitude, ${h3FromHexSql("NULLIF(s.h3_r10, '')")}, '${DEMO_PINGS_FILE}'
FROM staging_pings s`;
