// Radio location exports (Airwave ISSI, ESN TEI, call sign with grid references) through the real ingest path
// (DuckDB-WASM in Node): each is stored as patrol pings, never as crimes, with speed in mph and heading in degrees.
// Fixtures: tests/fixtures/good/*-pings.csv (synthetic foot patrol round Leicester city centre).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import type { Engine } from '../../../src/data/engine';
import type { IngestSummary } from '../../../src/data/ingest-summary';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const FILES = ['airwave-pings.csv', 'esn-pings.csv', 'callsign-pings.csv'];
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/good', name)));

let engine: Engine;
let summary: IngestSummary;

beforeAll(async () => {
  engine = await createNodeEngine();
  summary = await ingestFiles(
    engine,
    FILES.map((name) => ({ path: name, bytes: bytesOf(name) })),
  );
}, 60_000);

afterAll(() => engine.close());

interface PingStats {
  source_file: string;
  pings: number;
  units: number;
  max_speed_mph: number | null;
  max_heading: number | null;
  mapped: number;
}

const statsSql = `SELECT source_file, count(*)::INTEGER AS pings, count(DISTINCT unit_id)::INTEGER AS units,
  max(speed_mph) AS max_speed_mph, max(heading_degrees) AS max_heading, count(h3_r10)::INTEGER AS mapped
FROM patrol_pings GROUP BY source_file ORDER BY source_file`;

describe('radio location exports', () => {
  it('load as patrol pings, every row stored, none as crimes', async () => {
    expect(summary.files.map((f) => [f.path, f.format, f.rowsRead, f.rowsStored, f.declined ?? null])).toEqual([
      ['airwave-pings.csv', 'patrol-pings', 16, 16, null],
      ['esn-pings.csv', 'patrol-pings', 12, 12, null],
      ['callsign-pings.csv', 'patrol-pings', 10, 10, null],
    ]);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM crimes')).toEqual([{ n: 0 }]);
  });

  it('keep speed (km/h converted to mph) and heading where the file has them; grid references are mapped', async () => {
    const stats = await engine.query<PingStats>(statsSql);
    const byFile = Object.fromEntries(stats.map((s) => [s.source_file, s]));
    expect(byFile['airwave-pings.csv']).toMatchObject({
      pings: 16,
      units: 2,
      max_speed_mph: 4,
      max_heading: 330,
      mapped: 16,
    });
    expect(byFile['esn-pings.csv']).toMatchObject({ pings: 12, units: 1, max_heading: 330, mapped: 12 });
    // 24.1401 km/h is 15 mph (1 mile = 1.609344 km)
    expect(byFile['esn-pings.csv'].max_speed_mph).toBeCloseTo(15, 3);
    expect(byFile['callsign-pings.csv']).toMatchObject({
      pings: 10,
      units: 2,
      max_speed_mph: null,
      max_heading: null,
      mapped: 10,
    });
    expect(summary.files[1].notes).toContain('Speed "Speed (km/h)" read as km/h and stored in mph.');
  });

  it('read the radio id as the unit and the time to the second', async () => {
    const [first] = await engine.query<{ unit_id: string; pinged: string }>(
      "SELECT unit_id, strftime(pinged_at, '%Y-%m-%d %H:%M:%S') AS pinged FROM patrol_pings WHERE source_file = 'airwave-pings.csv' ORDER BY pinged_at LIMIT 1",
    );
    expect(first).toEqual({ unit_id: '6541021', pinged: '2025-03-07 16:15:00' });
  });
});
