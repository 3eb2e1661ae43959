/**
 * Every kind of file a load report can be about. A zip is opened and its CSVs reported one by one (the zip itself
 * only when it cannot be opened); GeoJSON holds GRIP hotspot areas, or intervention points (reported as
 * 'interventions'). 'radio-units' is a radio id → call sign lookup (Airwave ISSI or ESN TEI to call sign).
 */
export type SourceFormat =
  | 'police-uk-street'
  | 'police-uk-outcomes'
  | 'police-uk-stop-and-search'
  | 'force-crimes'
  | 'patrol-pings'
  | 'patrol-visits'
  | 'radio-units'
  | 'interventions'
  | 'hotspots-geojson'
  | 'zip'
  | 'unknown';

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  'police-uk-street',
  'police-uk-outcomes',
  'police-uk-stop-and-search',
  'force-crimes',
  'patrol-pings',
  'patrol-visits',
  'radio-units',
  'interventions',
  'hotspots-geojson',
  'zip',
  'unknown',
];
