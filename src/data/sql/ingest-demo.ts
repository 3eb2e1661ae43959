import { sqlString } from './literals';
import { h3FromHexSql } from './h3-cells';
import { insertLoadSql } from './loads';

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

export function insertDemoCrimesSql(fileName: string, loadId: number): string {
  return `${insertLoadSql(loadId, fileName, 'demo')};
INSERT INTO crimes (load_id, source_row, month, occurred_at, crime_type, harm, lat, lon, h3_r10, in_area)
SELECT ${loadId}, (s.rowid + 2)::INTEGER, date_trunc('month', s.occurred_at)::DATE, s.occurred_at, s.crime_type, NULL,
  s.latitude, s.longitude, ${h3FromHexSql("NULLIF(s.h3_r10, '')")}, s.h3_r10 <> ''
FROM staging_crimes s;
INSERT INTO crime_details (load_id, source_row, crime_id, location, lsoa_code)
SELECT ${loadId}, (s.rowid + 2)::INTEGER, s.crime_id, s.location, NULLIF(s.lsoa_code, '') FROM staging_crimes s`;
}

export function stageDemoPingsSql(registeredName: string): string {
  return `CREATE OR REPLACE TEMP TABLE staging_pings AS SELECT * FROM read_csv(${sqlString(registeredName)},
  header = true, auto_detect = false, delim = ',', quote = '"',
  columns = {'unit_id': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'latitude': 'DOUBLE', 'longitude': 'DOUBLE', 'h3_r10': 'VARCHAR'},
  timestampformat = '%Y-%m-%d %H:%M:%S')`;
}

/** Demo pings are pre-indexed like the demo crimes. */
export const DEMO_PINGS_FILE = 'demo-patrol-pings.csv';
/** The demo's partner actions, loaded by the GeoJSON loader under this name (their `source_file`). */
export const DEMO_INTERVENTIONS_FILE = 'demo-interventions.geojson';

export const INSERT_DEMO_PINGS_SQL = `INSERT INTO patrol_pings (unit_id, pinged_at, lat, lon, h3_r10, source_file)
SELECT s.unit_id, s.timestamp, s.latitude, s.longitude, ${h3FromHexSql("NULLIF(s.h3_r10, '')")}, '${DEMO_PINGS_FILE}'
FROM staging_pings s`;
