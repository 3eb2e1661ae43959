// Patrol GPS pings (the demo generator's format: unit_id,timestamp,latitude,longitude) through the real ingest path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { detectFormat } from '../../../src/data/ingest/detect-format';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const file = path.resolve(__dirname, '../../fixtures/good/patrol-pings.csv');

describe('patrol GPS pings', () => {
  it('are recognised by their columns and loaded into patrol_pings, bad timestamps set aside with their row', async () => {
    expect(detectFormat('pings.csv', 'Callsign,GPS Time,Easting,Northing')).toBe('patrol-pings');
    const engine = await createNodeEngine();
    const summary = await ingestFiles(engine, [{ path: 'patrol-pings.csv', bytes: new Uint8Array(readFileSync(file)) }]);
    expect(summary.files[0]).toMatchObject({ format: 'patrol-pings', rowsRead: 21, rowsStored: 20, setAside: { 'unparseable-date': 1 } });
    expect(summary.files[0].examples[0]).toEqual({ reason: 'unparseable-date', row: 22, value: 'not a time' });
    const [ping] = await engine.query<{ unit_id: string; cell: string }>('SELECT unit_id, lower(hex(h3_r10)) AS cell FROM patrol_pings LIMIT 1');
    expect(ping.unit_id).toMatch(/^GRIP-\d\d$/);
    expect(ping.cell).toMatch(/^8a19/); // resolution-10 cells in this part of England start 8a19…
    await engine.close();
  });
});
