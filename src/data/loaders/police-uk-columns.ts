/** data.police.uk street-crime columns, found by header name (they have been in this order since 2013). */
const COLUMNS = {
  crimeId: 'Crime ID',
  month: 'Month',
  fallsWithin: 'Falls within',
  longitude: 'Longitude',
  latitude: 'Latitude',
  location: 'Location',
  lsoaCode: 'LSOA code',
  crimeType: 'Crime type',
  outcome: 'Last outcome category',
} as const;
export type Column = keyof typeof COLUMNS;

/** Where each police.uk column is in a header (−1 where it is missing). */
export function columnIndexes(header: string[]): Record<Column, number> {
  return Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, header.indexOf(name)])) as Record<
    Column,
    number
  >;
}
