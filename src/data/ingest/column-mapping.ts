/** Where each canonical field comes from in a force export: the header's own column names. */
export interface ColumnMapping {
  id?: string;
  occurredFrom?: string;
  occurredTo?: string;
  offence?: string;
  /** A Home Office offence code column ("HO Code"), read before the description when both are there. */
  offenceCode?: string;
  latitude?: string;
  longitude?: string;
  easting?: string;
  northing?: string;
  location?: string;
  harm?: string;
  /** A patrol ping's unit: call sign, collar or fleet number, or the radio terminal's id (ISSI, TEI). */
  unit?: string;
  /** A ping's speed; read as km/h when the column name says so (see speedIsKmh), else as mph. */
  speed?: string;
  /** A ping's heading, degrees clockwise from north. */
  heading?: string;
  hotspot?: string;
  tier?: string;
  kind?: string;
  /** The analyst's police.uk category for offences the Home Office classification does not know, by offence. */
  offenceCategories?: Record<string, string>;
}

/** The fields that name one column (a mapping may also carry choices that are not columns). */
export type MappingField = {
  [K in keyof ColumnMapping]-?: ColumnMapping[K] extends string | undefined ? K : never;
}[keyof ColumnMapping];
type Field = MappingField;

/** A radio terminal's id as Airwave (ISSI) and ESN (TEI) location exports name it. */
export const RADIO_ID_NAMES = ['issi', 'tei', 'radioid', 'radio', 'terminalid', 'radioissi'];
/** A unit's call sign, the name a radio-id lookup file gives each terminal. */
export const CALL_SIGN_NAMES = ['callsign', 'callsignid', 'unitcallsign'];

// Names seen in RMS (Niche, Athena, Connect), command-and-control and radio-location (Airwave ISSI, ESN TEI)
// exports, normalised (lower case, letters and digits only). Fields claim columns in this order; within a field the
// first synonym present wins.
const SYNONYMS: Record<Field, string[]> = {
  id: [
    'crimereference',
    'crimeref',
    'crimeid',
    'crimenumber',
    'crimeno',
    'urn',
    'occurrencenumber',
    'occurrenceno',
    'occurrenceref',
    'incidentnumber',
    'incidentno',
    'logno',
    'lognumber',
    'actionid',
    'interventionid',
    'reference',
    'id',
  ],
  occurredFrom: [
    'committedfromdatetime',
    'committedfromdate',
    'committedfrom',
    'firstcommitteddatetime',
    'firstcommitteddate',
    'firstcommitted',
    'fromdatetime',
    'fromdate',
    'datefrom',
    'startdatetime',
    'occurredfrom',
    'occurred',
    'offencedate',
    'incidentdatetime',
    'incidentdate',
    'reporteddatetime',
    'reporteddate',
    'datetime',
    'date',
    'timestamp',
    'time',
    'pingtime',
    'recordedat',
    'gpstime',
    'gpsdatetime',
    'fixtime',
    'fixdatetime',
    'start',
    'starttime',
    'arrived',
    'startdate',
  ],
  occurredTo: [
    'committedtodatetime',
    'committedtodate',
    'committedto',
    'lastcommitteddatetime',
    'lastcommitteddate',
    'lastcommitted',
    'todatetime',
    'todate',
    'dateto',
    'enddatetime',
    'occurredto',
    'end',
    'endtime',
    'left',
    'enddate',
  ],
  offence: [
    'crimecategory',
    'category',
    'homeofficeclassification',
    'hoclassification',
    'offencedescription',
    'offence',
    'crimetype',
    'hooffencedescription',
    'classification',
    'offencetype',
  ],
  offenceCode: ['hocode', 'homeofficecode', 'hocrcode', 'hooffencecode', 'offencecode', 'hoclasscode'],
  latitude: ['latitude', 'lat', 'ywgs84', 'gpslatitude', 'latitudewgs84'],
  longitude: ['longitude', 'lon', 'long', 'lng', 'xwgs84', 'gpslongitude', 'longitudewgs84'],
  // "X/Y Coordinate" in RMS exports are British National Grid metres (values ~458000, ~304000 in Leicester).
  easting: ['easting', 'eastings', 'x', 'xcoord', 'xcoordinate', 'gridx', 'gridrefeasting', 'gridreferenceeasting'],
  northing: [
    'northing',
    'northings',
    'y',
    'ycoord',
    'ycoordinate',
    'gridy',
    'gridrefnorthing',
    'gridreferencenorthing',
  ],
  location: ['location', 'locationname', 'locationdescription', 'street', 'address', 'streetname', 'beat'],
  harm: ['harm', 'harmscore', 'cchi', 'harmindex', 'severity'],
  // A person's name for the unit first; the radio terminal's id when the file has nothing else.
  unit: [
    ...CALL_SIGN_NAMES,
    'unit',
    'unitid',
    'collarnumber',
    'collarno',
    'fleetnumber',
    'fleetno',
    'officer',
    'resource',
    ...RADIO_ID_NAMES,
  ],
  speed: ['speedmph', 'speedkmh', 'speedkph', 'speedkmph', 'speed', 'groundspeed'],
  heading: ['heading', 'headingdegrees', 'headingdeg', 'bearing', 'course', 'direction'],
  hotspot: ['hotspotid', 'hotspot', 'hotspotname', 'site'],
  tier: ['tier', 'preventiontier', 'preventionlevel'],
  kind: ['interventiontype', 'intervention', 'actiontype', 'action', 'measure', 'type'],
};

/** Every field a mapping can name. */
export const MAPPING_FIELDS = Object.keys(SYNONYMS) as Field[];

export const normaliseColumnName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const normalise = normaliseColumnName;

/** Suggests which column holds each field, from the header alone. */
export function suggestMapping(header: string[]): ColumnMapping {
  const byName = new Map(header.map((h) => [normalise(h), h]));
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of Object.keys(SYNONYMS) as Field[]) {
    for (const synonym of SYNONYMS[field]) {
      const column = byName.get(synonym);
      if (column && !used.has(column)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

export const hasCoordinates = (m: ColumnMapping) => Boolean((m.latitude && m.longitude) || (m.easting && m.northing));

/** What a force crime export still needs, in words; empty when the mapping can load. */
export function missingForCrimes(m: ColumnMapping): string[] {
  const missing: string[] = [];
  if (!m.occurredFrom) missing.push('a date/time column (e.g. "Committed From")');
  if (!m.offence && !m.offenceCode) missing.push('an offence or category column');
  if (!hasCoordinates(m))
    missing.push('coordinates: latitude + longitude, or easting + northing (British National Grid)');
  return missing;
}

/** What patrol GPS pings still need, in words; empty when the mapping can load. */
export function missingForPings(m: ColumnMapping): string[] {
  const missing: string[] = [];
  if (!m.unit) missing.push('a unit column (call sign, collar number, or radio id such as ISSI or TEI)');
  if (!m.occurredFrom) missing.push('a time column (e.g. "Date Time", "GPS Time", "Fix Time")');
  if (!hasCoordinates(m))
    missing.push('coordinates: latitude + longitude, or easting + northing (British National Grid)');
  return missing;
}

/** Radio systems write speed in mph (Airwave) or km/h (ESN); the column name says which. */
export function speedIsKmh(column: string | undefined): boolean {
  return column !== undefined && /km|kph/i.test(column);
}

/** Stable key for "the same kind of file": a remembered mapping applies to the next file with this header. */
export function headerSignature(header: string[]): string {
  return header.map(normalise).join('|');
}

/** The mapping as a sentence for the load report. */
export function describeMapping(m: ColumnMapping): string {
  return Object.entries(m)
    .filter(([, column]) => typeof column === 'string' && column !== '')
    .map(([field, column]) => `${field} ← "${column}"`)
    .join(', ');
}

/** A CSV on its way to a loader that reads columns by the analyst's (or the suggested) mapping. */
export interface MappedCsv {
  path: string;
  utf8: Uint8Array;
  header: string[];
  mapping: ColumnMapping;
}
