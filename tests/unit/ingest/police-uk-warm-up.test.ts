import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from '../../../src/data/ingest/csv-records';
import { ForceArea } from '../../../src/data/force-area';
import { emptyReport } from '../../../src/data/loaders/file-report';
import { PoliceUkRows } from '../../../src/data/loaders/police-uk-rows';
import { warmUpCsv, warmUpPoliceUkParser } from '../../../src/data/loaders/police-uk-warm-up';

const boundary = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../public/boundaries/llr_lad.geojson'), 'utf8'),
).features;

describe('the parser warm-up file', () => {
  // The warm-up only helps if it takes the paths a real file takes: rows stored, located, mapped, some without
  // coordinates.
  it('is a valid police.uk file whose rows take the stored, mapped and no-coordinates paths', () => {
    const reader = new CsvRecordReader(warmUpCsv(2900));
    reader.next();
    const header = Array.from({ length: reader.fieldCount }, (_, i) => reader.text(i));
    const report = emptyReport('warm-up.csv', 'police-uk-street');
    const rows = new PoliceUkRows(header, report, new ForceArea(boundary), 1);
    let stored = 0;
    for (let chunk = rows.readChunk(reader, 1000); chunk; chunk = rows.readChunk(reader, 1000)) stored += chunk.numRows;
    expect(stored).toBe(2900);
    expect(report.setAside).toEqual({});
    expect(report.noCoordinates).toBe(100); // every 29th row
    expect(report.rowsMapped).toBe(2800);
    expect(rows.asbWithoutId).toBe(rows.asbRows);
  });

  it('runs without touching a database', () => {
    expect(() => warmUpPoliceUkParser(new ForceArea(boundary))).not.toThrow();
  });
});
