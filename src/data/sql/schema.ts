/**
 * The canonical tables. Coordinates are WGS84 degrees; `month` is the first day of the month a crime falls in
 * (police.uk publishes only the month), `occurred_at` the local clock time where the source has it.
 *
 * Crimes are split for speed: `crimes` holds what maps, filters and statistics read (numbers and the crime type), so a
 * million rows append in a fraction of a second and the map shows them at once; the text that only a person reads
 * (ids, locations, outcomes) lands in `crime_details` just after, in the background. `loads` says where rows came from.
 * `crime_records` puts the three back together for anyone querying by hand.
 */
export const CREATE_LOADS_SQL = `
CREATE TABLE IF NOT EXISTS loads (
  load_id INTEGER NOT NULL,  -- one per file and force (a police.uk file naming two forces makes two loads)
  source_file VARCHAR NOT NULL, -- file name the rows came from (zip entries as '<zip>/<entry>')
  source_format VARCHAR NOT NULL, -- 'demo' | 'police-uk-street' | 'force-crimes'
  force VARCHAR              -- police.uk 'Falls within'; NULL for other sources
)`;

export const CREATE_CRIMES_SQL = `
CREATE TABLE IF NOT EXISTS crimes (
  load_id INTEGER NOT NULL,  -- the load that stored the row (loads.load_id)
  source_row INTEGER NOT NULL, -- the row in its file as a spreadsheet numbers it (header = 1)
  month DATE NOT NULL,       -- first day of the month of the offence
  occurred_at TIMESTAMP,     -- offence time (local clock), NULL when the source gives only the month
  crime_type VARCHAR NOT NULL, -- data.police.uk crime type
  harm DOUBLE,               -- the source's own harm score for this crime, if it has one (overrides the type weight)
  lat DOUBLE,                -- WGS84 latitude, NULL when the source has no location
  lon DOUBLE,                -- WGS84 longitude
  h3_r10 UBIGINT,            -- H3 cell at resolution 10 of (lat, lon); coarser cells are derived in SQL
  in_area BOOLEAN            -- inside the LLR force area; rows outside are kept but not mapped by default
)`;

export const CREATE_CRIME_DETAILS_SQL = `
CREATE TABLE IF NOT EXISTS crime_details (
  load_id INTEGER NOT NULL,  -- with source_row: the crimes row these details belong to
  source_row INTEGER NOT NULL,
  crime_id VARCHAR,          -- source's id; NULL for police.uk anti-social behaviour rows
  offence VARCHAR,           -- the source's own offence text (force exports), NULL for police.uk
  location VARCHAR,          -- e.g. 'On or near Gallowtree Gate'
  lsoa_code VARCHAR,
  outcome VARCHAR            -- police.uk 'Last outcome category'
)`;

export const CREATE_CRIME_RECORDS_SQL = `
CREATE VIEW IF NOT EXISTS crime_records AS
SELECT d.crime_id, l.source_file, l.source_format, l.force, c.month, c.occurred_at, c.crime_type, d.offence, c.harm,
  c.lat, c.lon, d.location, d.lsoa_code, d.outcome, c.h3_r10, c.in_area, c.load_id, c.source_row
FROM crimes c JOIN loads l USING (load_id) LEFT JOIN crime_details d USING (load_id, source_row)`;

export const CREATE_PATROL_PINGS_SQL = `
CREATE TABLE IF NOT EXISTS patrol_pings (
  unit_id VARCHAR NOT NULL,  -- patrol unit / callsign
  pinged_at TIMESTAMP NOT NULL,
  lat DOUBLE NOT NULL,
  lon DOUBLE NOT NULL,
  h3_r10 UBIGINT,
  source_file VARCHAR,       -- file the ping came from ('demo-patrol-pings.csv' for the demo)
  speed_mph DOUBLE,          -- the radio's speed, converted from km/h where the file gives km/h; NULL when absent
  heading_degrees DOUBLE     -- degrees clockwise from north; NULL when absent
)`;

/** Radio id (Airwave ISSI, ESN TEI) → call sign, from a lookup file: one call sign per radio id, the latest file's. */
export const CREATE_RADIO_UNITS_SQL = `
CREATE TABLE IF NOT EXISTS radio_units (
  radio_id VARCHAR NOT NULL,   -- as the ping files write it (patrol_pings.unit_id)
  call_sign VARCHAR NOT NULL,
  source_file VARCHAR
)`;

/** Pings with the call sign their radio id was issued to, else the unit as the ping file names it. */
export const CREATE_NAMED_PATROL_PINGS_SQL = `
CREATE VIEW IF NOT EXISTS named_patrol_pings AS
SELECT p.*, coalesce(u.call_sign, p.unit_id) AS call_sign
FROM patrol_pings p LEFT JOIN radio_units u ON u.radio_id = p.unit_id`;

/**
 * The GRIP hotspot set in use (the working set, src/analysis/hotspot-set): one row per hotspot. It does not belong to
 * any crime file: loading, removing or clearing crime data leaves it (and its versions) as it is.
 */
export const CREATE_HOTSPOTS_SQL = `
CREATE TABLE IF NOT EXISTS hotspots (
  hotspot_id VARCHAR PRIMARY KEY,
  name VARCHAR,              -- '' = not named yet (measuring names it after its busiest street)
  town VARCHAR,
  district VARCHAR,
  geometry_json VARCHAR,     -- GeoJSON geometry as drawn, WGS84: drawn_json, else the union of its cells
  locked BOOLEAN NOT NULL DEFAULT false, -- kept as it is by a re-proposal
  cells_json VARCHAR,        -- JSON list of its H3 resolution-10 cell ids, sorted
  centre_lon DOUBLE,         -- the centre the radius, separation and "moved" rules measure from
  centre_lat DOUBLE,
  drawn_json VARCHAR         -- a polygon drawn by hand or read from a file; NULL = the union of its cells
)`;

/** The working set's name and basis: one row while there is a working set, none before. */
export const CREATE_HOTSPOT_WORKING_SET_SQL = `
CREATE TABLE IF NOT EXISTS hotspot_working_set (
  name VARCHAR NOT NULL,
  basis VARCHAR NOT NULL     -- where it came from: 'Demo set (synthetic)', 'Proposed …', a file name
)`;

/** Named, dated copies of the working set ("GRIP 2025/26 Q3"). */
export const CREATE_HOTSPOT_SET_VERSIONS_SQL = `
CREATE TABLE IF NOT EXISTS hotspot_set_versions (
  version_id VARCHAR PRIMARY KEY, -- 'v1', 'v2', …
  name VARCHAR NOT NULL,
  saved_at VARCHAR NOT NULL, -- ISO 8601 UTC, as saved (kept as text so it reads back to the same string)
  set_json VARCHAR NOT NULL  -- the HotspotSet as JSON
)`;

export const CREATE_PATROL_VISITS_SQL = `
CREATE TABLE IF NOT EXISTS patrol_visits (
  hotspot_id VARCHAR NOT NULL, -- the hotspot visited (matches hotspots.hotspot_id)
  unit_id VARCHAR,             -- patrol unit / callsign
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP NOT NULL,
  minutes DOUBLE NOT NULL,     -- visit length (dosage)
  source_file VARCHAR
)`;

/** Partner actions and interventions by prevention tier (primary / secondary / tertiary). */
export const CREATE_INTERVENTIONS_SQL = `
CREATE TABLE IF NOT EXISTS interventions (
  intervention_id VARCHAR,
  tier VARCHAR NOT NULL,       -- 'primary' | 'secondary' | 'tertiary'
  kind VARCHAR,                -- e.g. street lighting, CCTV, youth diversion
  started_on DATE,
  lat DOUBLE,                  -- WGS84, NULL when not place-based
  lon DOUBLE,
  h3_r10 UBIGINT,
  location VARCHAR,
  source_file VARCHAR
)`;

export const ALL_TABLES_SQL = [
  CREATE_LOADS_SQL,
  CREATE_CRIMES_SQL,
  CREATE_CRIME_DETAILS_SQL,
  CREATE_CRIME_RECORDS_SQL,
  CREATE_PATROL_PINGS_SQL,
  CREATE_RADIO_UNITS_SQL,
  CREATE_NAMED_PATROL_PINGS_SQL,
  CREATE_PATROL_VISITS_SQL,
  CREATE_INTERVENTIONS_SQL,
  CREATE_HOTSPOTS_SQL,
  CREATE_HOTSPOT_WORKING_SET_SQL,
  CREATE_HOTSPOT_SET_VERSIONS_SQL,
];
