/** Where each canonical field comes from in a force export: the header's own column names. */
export interface ColumnMapping {
  id?: string;
  occurredFrom?: string;
  occurredTo?: string;
  offence?: string;
  latitude?: string;
  longitude?: string;
  easting?: string;
  northing?: string;
  location?: string;
  harm?: string;
  unit?: string;
  hotspot?: string;
  tier?: string;
  kind?: string;
}

type Field = keyof ColumnMapping;

// Names seen in RMS/Niche-style exports, normalised (lower case, letters and digits only). First match wins.
const SYNONYMS: Record<Field, string[]> = {
  id: [
    'crimereference',
    'crimeref',
    'crimeid',
    'crimenumber',
    'urn',
    'occurrencenumber',
    'occurrenceref',
    'incidentnumber',
    'actionid',
    'interventionid',
    'reference',
    'id',
  ],
  occurredFrom: [
    'committedfromdatetime',
    'committedfromdate',
    'committedfrom',
    'fromdatetime',
    'fromdate',
    'datefrom',
    'startdatetime',
    'occurredfrom',
    'occurred',
    'offencedate',
    'datetime',
    'date',
    'timestamp',
    'time',
    'pingtime',
    'recordedat',
    'gpstime',
    'start',
    'starttime',
    'arrived',
    'startdate',
  ],
  occurredTo: [
    'committedtodatetime',
    'committedtodate',
    'committedto',
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
    'offencedescription',
    'offence',
    'crimetype',
    'hooffencedescription',
    'classification',
    'offencetype',
  ],
  latitude: ['latitude', 'lat', 'ywgs84'],
  longitude: ['longitude', 'lon', 'long', 'lng', 'xwgs84'],
  easting: ['easting', 'eastings', 'x', 'xcoord', 'gridx'],
  northing: ['northing', 'northings', 'y', 'ycoord', 'gridy'],
  location: ['location', 'locationdescription', 'street', 'address', 'streetname'],
  harm: ['harm', 'harmscore', 'cchi', 'harmindex', 'severity'],
  unit: ['unit', 'unitid', 'callsign', 'collarnumber', 'officer', 'resource'],
  hotspot: ['hotspotid', 'hotspot', 'hotspotname', 'site'],
  tier: ['tier', 'preventiontier', 'preventionlevel'],
  kind: ['interventiontype', 'intervention', 'actiontype', 'action', 'measure', 'type'],
};

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

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
  if (!m.offence) missing.push('an offence or category column');
  if (!hasCoordinates(m))
    missing.push('coordinates: latitude + longitude, or easting + northing (British National Grid)');
  return missing;
}

/** Stable key for "the same kind of file": a remembered mapping applies to the next file with this header. */
export function headerSignature(header: string[]): string {
  return header.map(normalise).join('|');
}

/** The mapping as a sentence for the load report. */
export function describeMapping(m: ColumnMapping): string {
  return Object.entries(m)
    .filter(([, column]) => column)
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
