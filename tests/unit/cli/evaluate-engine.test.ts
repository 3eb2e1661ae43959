// The evaluation's engine path (src/data/patrol-evaluation.ts on real DuckDB-WASM): with the generator's planted
// effect switched off it finds none (the interval spans 1); police.uk months give the typed "needs timestamps"
// result; a schedule beyond the crimes loaded gives "outside data".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { parseScheduleCsv, type ParsedSchedule } from '../../../src/analysis/patrol/schedule-csv';
import { readPatrolHotspots, type PatrolHotspot } from '../../../src/analysis/patrol/schedule-hotspots';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { ForceArea } from '../../../src/data/force-area';
import { NEEDS_TIMESTAMPS_SENTENCE, queryPatrolEvaluation } from '../../../src/data/patrol-evaluation';
import { generateDemoData } from '../../../scripts/generate-demo-data';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const root = path.resolve(__dirname, '../../..');
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;

async function engineWith(load: (engine: Engine) => Promise<unknown>): Promise<Engine> {
  const engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
  await engine.init();
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  await load(engine);
  return engine;
}

describe('the demo with its planted effect switched off', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'grip-no-effect-'));
  let engine: Engine;
  let hotspots: PatrolHotspot[];
  let schedule: ParsedSchedule;

  beforeAll(async () => {
    // Full scale: the same draws as the default demo, only no post-visit crime is suppressed.
    const manifest = generateDemoData({ out: dir, trueEffect: 0 });
    expect(manifest.trueEffect).toMatchObject({ reduction: 0, hotspotCrimesSuppressed: 0 });
    const crimes = new Uint8Array(readFileSync(path.join(dir, 'crimes.csv')));
    engine = await engineWith((e) => e.loadDemoCrimes('crimes.csv', crimes));
    hotspots = readPatrolHotspots(
      readFileSync(path.join(dir, 'hotspots.geojson'), 'utf8'),
      'hotspots.geojson',
    ).hotspots;
    schedule = parseScheduleCsv(readFileSync(path.join(dir, 'patrol_schedule.csv'), 'utf8'), 'patrol_schedule.csv', {
      hotspotIds: hotspots.map((h) => h.id),
    });
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds no effect: the 95% interval of the rate ratio spans 1', async () => {
    expect(schedule.problems).toEqual([]);
    const result = await queryPatrolEvaluation(engine, { hotspots, placeDays: schedule.placeDays });
    if (result.status !== 'evaluated') throw new Error(result.sentence);
    const o = result.evaluation.overall;
    expect(o.patrolDays + o.controlDays).toBe(18 * 365);
    expect(o.patrolCrimes + o.controlCrimes).toBeGreaterThan(3000);
    expect(o.ciLow).toBeLessThan(1);
    expect(o.ciHigh).toBeGreaterThan(1);
    expect(result.placeDaysOutsideData).toBe(0);
    expect(result.loadedDays).toEqual({ fromIso: '2023-12-31', toIso: '2025-12-31' });
  });

  it('counts on the day start given, and says when the schedule lies beyond the crimes loaded', async () => {
    const at6 = await queryPatrolEvaluation(engine, { hotspots, placeDays: schedule.placeDays });
    const at0 = await queryPatrolEvaluation(engine, { hotspots, placeDays: schedule.placeDays, dayStartMinutes: 0 });
    if (at6.status !== 'evaluated' || at0.status !== 'evaluated') throw new Error('not evaluated');
    expect(at0.counts).not.toEqual(at6.counts);
    expect(at0.loadedDays).toEqual({ fromIso: '2024-01-01', toIso: '2025-12-31' });
    const later = schedule.placeDays.slice(0, 36).map((d) => ({ ...d, dayIso: d.dayIso.replace('2025', '2027') }));
    expect(await queryPatrolEvaluation(engine, { hotspots, placeDays: later })).toEqual({
      status: 'outside-data',
      sentence:
        "The schedule runs from 2027-01-01 to 2027-01-02, but the timed crimes loaded cover patrol days 2023-12-31 to 2025-12-31: there is nothing to compare (load the crimes for the schedule's days).",
    });
  });
});

describe('police.uk months only', () => {
  it('gives the typed "needs timestamps" result the app and CLI show', async () => {
    const file = fixturePath(REAL_POLICE_UK_MONTH);
    const engine = await engineWith((e) =>
      e.loadPoliceUkStreet(path.basename(file), new Uint8Array(readFileSync(file))),
    );
    try {
      const line = {
        type: 'LineString' as const,
        coordinates: [
          [-1.1312, 52.6378],
          [-1.12814, 52.638476],
        ],
      };
      const result = await queryPatrolEvaluation(engine, {
        hotspots: [{ id: 'H01', shape: line }],
        placeDays: [{ hotspotId: 'H01', dayIso: '2024-06-01', arm: 'patrol' }],
      });
      expect(result).toEqual({ status: 'needs-timestamps', sentence: NEEDS_TIMESTAMPS_SENTENCE });
      expect(NEEDS_TIMESTAMPS_SENTENCE).toMatch(/needs crimes with their times \(force data with timestamps\)/);
    } finally {
      await engine.close();
    }
  });
});
