import { CsvRecordReader } from '../ingest/csv-records';
import type { ForceArea } from '../force-area';
import { emptyReport } from './file-report';
import { PoliceUkRows } from './police-uk-rows';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const TYPES = [
  'Anti-social behaviour',
  'Violence and sexual offences',
  'Shoplifting',
  'Criminal damage and arson',
  'Public order',
  'Other theft',
  'Burglary',
  'Vehicle crime',
];

/** A small police.uk-shaped file (made up, around Leicester): every code path of the row parser, blanks included. */
export function warmUpCsv(rows = 6000): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const located = i % 29 !== 0;
    const lon = located ? (-1.13 - (i % 97) * 0.001).toFixed(6) : '';
    const lat = located ? (52.63 + (i % 89) * 0.001).toFixed(6) : '';
    const type = TYPES[(i * 7) % TYPES.length];
    const id = type === TYPES[0] ? '' : ((i * 2654435761) >>> 0).toString(16).padStart(64, '0');
    lines.push(
      `${id},2024-0${1 + (i % 6)},Leicestershire Police,Leicestershire Police,${lon},${lat},On or near Street ${i % 211},` +
        `E0101${3000 + (i % 500)},Leicester 0${i % 40}A,${type},${i % 3 === 0 ? '' : 'Under investigation'},`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * Runs the police.uk row parser over a small made-up file and throws the result away. A page's first big load would
 * otherwise spend its first ~0.5 s in V8's slower tiers; run at idle, the analyst's file meets optimised code.
 */
export function warmUpPoliceUkParser(area: ForceArea): void {
  const reader = new CsvRecordReader(warmUpCsv());
  reader.next();
  const header = reader.texts();
  for (let pass = 0; pass < 3; pass++) {
    const again = new CsvRecordReader(reader.bytes);
    again.next();
    const rows = new PoliceUkRows(header, emptyReport('warm-up.csv', 'police-uk-street'), area, 1);
    while (rows.readChunk(again, 2048));
  }
}
