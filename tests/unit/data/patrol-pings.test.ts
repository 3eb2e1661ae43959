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
    const summary = await ingestFiles(engine, [
      { path: 'patrol-pings.csv', bytes: new Uint8Array(readFileSync(file)) },
    ]);
    expect(summary.files[0]).toMatchObject({
      format: 'patrol-pings',
      rowsRead: 21,
      rowsStored: 20,
      setAside: { 'unparseable-date': 1 },
    });
    expect(summary.files[0].examples[0]).toEqual({ reason: 'unparseable-date', row: 22, value: 'not a time' });
    const [ping] = await engine.query<{ unit_id: string; cell: string }>(
      'SELECT unit_id, lower(hex(h3_r10)) AS cell FROM patrol_pings LIMIT 1',
    );
    expect(ping.unit_id).toMatch(/^GRIP-\d\d$/);
    expect(ping.cell).toMatch(/^8a19/); // resolution-10 cells in this part of England start 8a19…
    await engine.close();
  });
});

describe('patrol pings loaded again, swapped, and reloaded', () => {
  it('a ping with latitude and longitude swapped is put right and flagged; the same file loaded again replaces itself', async () => {
    const text =
      'unit_id,timestamp,latitude,longitude\nGRIP-01,2025-03-01 10:00:00,52.6365,-1.1327\nGRIP-01,2025-03-01 10:01:00,-1.1330,52.6367\n';
    const bytes = () => new TextEncoder().encode(text);
    const engine = await createNodeEngine();
    const first = await ingestFiles(engine, [{ path: 'pings.csv', bytes: bytes() }]);
    expect(first.files[0]).toMatchObject({ rowsStored: 2, flagged: { 'swapped-lat-lon': 1 } });
    expect(first.files[0].examples).toEqual([
      { reason: 'swapped-lat-lon', row: 3, column: 'Latitude, Longitude', value: '-1.133, 52.6367' },
    ]);
    expect(await engine.query('SELECT lat, lon FROM patrol_pings ORDER BY pinged_at')).toEqual([
      { lat: 52.6365, lon: -1.1327 },
      { lat: 52.6367, lon: -1.133 },
    ]);
    const again = await ingestFiles(engine, [{ path: 'pings.csv', bytes: bytes() }]);
    expect(again.files[0].notes.join(' ')).toContain('pings.csv was loaded before (2 rows): this load replaces them.');
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM patrol_pings')).toEqual([{ n: 2 }]);
    await engine.removeRowsFrom(['pings.csv']);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM patrol_pings')).toEqual([{ n: 0 }]);
    await engine.close();
  });
});
