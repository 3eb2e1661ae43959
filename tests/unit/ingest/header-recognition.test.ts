// Force exports and radio location files recognised by their headers as RMS (Niche, Athena, Connect),
// command-and-control and Airwave/ESN location systems write them. Fixtures: tests/fixtures/good/*-export.csv and
// *-pings.csv (synthetic rows at real Leicester city-centre places; offence texts and codes from the Home Office
// offence classification).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvHeader, detectFormat } from '../../../src/data/ingest/detect-format';
import { suggestMapping, type ColumnMapping } from '../../../src/data/ingest/column-mapping';
import { loadByFormat, type FormatLoaders } from '../../../src/data/formats/registry';

const headerOf = (name: string) =>
  readFileSync(path.resolve(__dirname, '../../fixtures/good', name), 'utf8').split('\n')[0];

const EXPORTS: [string, ColumnMapping][] = [
  [
    'niche-export.csv',
    {
      id: 'Occurrence Number',
      occurredFrom: 'First Committed Date/Time',
      occurredTo: 'Last Committed Date/Time',
      offence: 'Home Office Classification',
      easting: 'X Coordinate',
      northing: 'Y Coordinate',
      location: 'Location Name',
    },
  ],
  [
    'athena-export.csv',
    {
      id: 'Crime Number',
      occurredFrom: 'Reported Date',
      offenceCode: 'HO Code',
      offence: 'Offence',
      easting: 'Grid Ref Easting',
      northing: 'Grid Ref Northing',
      location: 'Beat',
    },
  ],
  [
    'connect-export.csv',
    {
      id: 'URN',
      occurredFrom: 'Incident Date Time',
      offence: 'Crime Type',
      offenceCode: 'Offence Code',
      latitude: 'Latitude',
      longitude: 'Longitude',
      location: 'Location',
    },
  ],
];

const PINGS: [string, ColumnMapping][] = [
  [
    'airwave-pings.csv',
    {
      unit: 'ISSI',
      occurredFrom: 'Date Time',
      latitude: 'Lat',
      longitude: 'Long',
      speed: 'Speed (mph)',
      heading: 'Heading',
    },
  ],
  [
    'esn-pings.csv',
    {
      unit: 'TEI',
      occurredFrom: 'GPS Time',
      latitude: 'Latitude',
      longitude: 'Longitude',
      speed: 'Speed (km/h)',
      heading: 'Heading',
    },
  ],
  ['callsign-pings.csv', { unit: 'Call Sign', occurredFrom: 'Fix Time', easting: 'Easting', northing: 'Northing' }],
];

/** Every column of the header is claimed by exactly the expected field. */
function expectFullyMapped(headerLine: string, expected: ColumnMapping) {
  const header = parseCsvHeader(headerLine);
  const mapping = suggestMapping(header);
  expect(mapping).toEqual(expected);
  expect(Object.values(mapping).sort()).toEqual([...header].sort());
}

describe('force crime exports by header style', () => {
  it.each(EXPORTS)('%s is a force crime export with every column mapped', (file, expected) => {
    const headerLine = headerOf(file);
    expect(detectFormat(file, headerLine)).toBe('force-crimes');
    expectFullyMapped(headerLine, expected);
  });

  it.each([
    ['a date and coordinates, no offence', 'Occurrence Number,First Committed Date/Time,X Coordinate,Y Coordinate'],
    ['a date and an offence, no coordinates', 'Crime Number,Reported Date,Home Office Classification,Beat'],
    ['an offence and coordinates, no date', 'URN,Offence Description,Latitude,Longitude'],
  ])('with %s still opens the mapping step (force-crimes)', (_what, headerLine) => {
    expect(detectFormat('export.csv', headerLine)).toBe('force-crimes');
  });

  it('declined for a missing field says which field, and offers the columns', async () => {
    const headerLine =
      'Occurrence Number,First Committed Date/Time,Last Committed Date/Time,Outcome,X Coordinate,Y Coordinate,Location Name';
    const report = await loadByFormat({} as FormatLoaders, detectFormat('niche.csv', headerLine), {
      path: 'niche.csv',
      utf8: new Uint8Array(),
      headerLine,
      progress: {},
    });
    expect(report.declined).toBe(
      'niche.csv: a force crime export needs an offence or category column. Choose the columns below.',
    );
    expect(report.columns?.header).toEqual(parseCsvHeader(headerLine));
  });
});

describe('radio location exports by header style', () => {
  it.each(PINGS)('%s is patrol pings with every column mapped', (file, expected) => {
    const headerLine = headerOf(file);
    expect(detectFormat(file, headerLine)).toBe('patrol-pings');
    expectFullyMapped(headerLine, expected);
  });

  it.each([
    'ISSI,Date Time,Lat,Long,Speed (mph),Heading',
    'TEI,GPS Time,Latitude,Longitude',
    'Radio ID,Fix Time,Latitude,Longitude',
    'Collar Number,Date Time,Easting,Northing',
    'Fleet Number,GPS Time,Lat,Lon,Speed (km/h)',
    'Callsign,Time,X Coordinate,Y Coordinate,Heading',
    'ISSI,Lat,Long,Speed (mph),Heading',
  ])('%s is never a crime export', (headerLine) => {
    expect(detectFormat('radio.csv', headerLine)).toBe('patrol-pings');
  });

  it('a ping file whose time cannot be guessed opens the mapping step naming the time column', async () => {
    const headerLine = 'ISSI,When Seen,Lat,Long,Speed (mph),Heading';
    const report = await loadByFormat({} as FormatLoaders, detectFormat('radio.csv', headerLine), {
      path: 'radio.csv',
      utf8: new Uint8Array(),
      headerLine,
      progress: {},
    });
    expect(report.format).toBe('patrol-pings');
    expect(report.declined).toBe(
      'radio.csv: patrol GPS pings need a time column (e.g. "Date Time", "GPS Time", "Fix Time"). Choose the columns below.',
    );
  });

  it('a radio id → call sign lookup is recognised as such, not as pings', () => {
    expect(detectFormat('units.csv', 'ISSI,Call Sign')).toBe('radio-units');
    expect(detectFormat('units.csv', 'TEI,Callsign,Station')).toBe('radio-units');
  });
});
