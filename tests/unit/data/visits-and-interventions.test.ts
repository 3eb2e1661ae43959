// Patrol visit logs and interventions / partner actions through the real ingest path (DuckDB-WASM in Node).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const fixture = (name: string) => ({
  path: name,
  bytes: new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/good', name))),
});

describe('patrol visits and interventions', () => {
  it('loads visits with their minutes, and interventions by prevention tier with grid references converted', async () => {
    const engine = await createNodeEngine();
    const summary = await ingestFiles(engine, [fixture('patrol-visits.csv'), fixture('interventions.csv')]);
    const [visits, interventions] = summary.files;
    expect(visits).toMatchObject({
      format: 'patrol-visits',
      rowsRead: 6,
      rowsStored: 5,
      setAside: { 'ends-before-start': 1 },
    });
    expect(visits.examples[0]).toMatchObject({ reason: 'ends-before-start', row: 7 });
    const minutes = await engine.query<{ minutes: number }>('SELECT minutes FROM patrol_visits');
    expect(minutes.every((m) => m.minutes >= 5 && m.minutes <= 25)).toBe(true);

    expect(interventions).toMatchObject({
      format: 'interventions',
      rowsRead: 4,
      rowsStored: 3,
      setAside: { 'unknown-tier': 1 },
    });
    expect(interventions.examples[0]).toEqual({ reason: 'unknown-tier', row: 5, value: 'level 2' });
    const rows = await engine.query<{ tier: string; kind: string; started: string; lat: number | null }>(
      "SELECT tier, kind, strftime(started_on, '%Y-%m-%d') AS started, lat FROM interventions ORDER BY started_on",
    );
    expect(rows.map((r) => [r.tier, r.started])).toEqual([
      ['primary', '2025-03-01'],
      ['secondary', '2025-03-15'],
      ['tertiary', '2025-04-01'],
    ]);
    expect(rows[0].lat).toBeCloseTo(52.6375, 3);
    expect(rows[1].lat).toBeNull(); // not place-based: kept without a location
    await engine.close();
  });
});
