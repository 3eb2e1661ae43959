// The session's patrol calls (src/data/engine/patrol-calls.ts) in Node on the demo, as the app's panels ask them:
// dosage from the demo's pings over the set in use, what planning reads, and the demo's own schedule evaluated with
// its planted effect found (interval below 1). The set holds the demo's street segments as their resolution-10 cells,
// so the figures differ a little from `grip evaluate`'s 50 m buffers (0.936, 0.877 to 0.9989).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { parseScheduleCsv } from '../../../src/analysis/patrol/schedule-csv';
import { nodeHost } from '../../../src/data/engine/node-host';
import { EngineSession } from '../../../src/data/engine/session';
import { generateDemoData } from '../../../scripts/generate-demo-data';

const demoDir = path.resolve(__dirname, '../../../data/demo');
let session: EngineSession;

beforeAll(async () => {
  if (!existsSync(path.join(demoDir, 'patrol_schedule.csv'))) generateDemoData();
  session = new EngineSession(nodeHost({ demoDir, idleMs: 0 }));
  await session.handle('start', { mappings: {} });
  await session.handle('setHarmWeights', { weights: DEFAULT_HARM_WEIGHTS });
  // No loadDemoPatrols: the demo's pings load when dosage first asks for them (the page never asks on its own).
}, 120_000);

describe('patrol calls on the demo', () => {
  it('dosage comes from the pings, per hotspot of the set, with the Home Office months', async () => {
    const d = await session.handle('patrolDosage', {});
    expect(d.source).toBe('pings');
    expect(Object.keys(d.hotspots)).toHaveLength(18);
    expect(d.visits).toBe(Object.values(d.hotspots).reduce((s, h) => s + h.visits, 0));
    const h01 = d.monthly.filter((m) => m.hotspotId === 'H01');
    expect(h01).toHaveLength(12);
    const hours = h01.reduce((s, m) => s + m.patrolHours, 0);
    expect(hours * 60).toBeCloseTo(d.hotspots.H01.patrolMinutes, 6);
  }, 60_000);

  it('planning reads each hotspot’s hour × weekday grid and the set’s base rate', async () => {
    const inputs = await session.handle('patrolScheduleInputs', {});
    expect(inputs.hotspots.map((h) => h.hotspotId)).toEqual(
      Array.from({ length: 18 }, (_, i) => `H${String(i + 1).padStart(2, '0')}`),
    );
    expect(inputs.hotspots.every((h) => h.byHourWeekday?.length === 7)).toBe(true);
    expect(inputs.baseRatePerPlaceDay).toBeGreaterThan(0.1);
  }, 60_000);

  it('the demo’s own schedule, evaluated, finds the planted effect', async () => {
    const csv = await session.handle('demoPatrolSchedule', {});
    const schedule = parseScheduleCsv(csv!, 'patrol_schedule.csv');
    const { result, beforeAfter } = await session.handle('patrolEvaluation', { placeDays: schedule.placeDays });
    expect(beforeAfter).toBeNull();
    if (result.status !== 'evaluated') throw new Error(result.sentence);
    const overall = result.evaluation.overall;
    expect(overall.rateRatio).toBeGreaterThan(0.9);
    expect(overall.rateRatio).toBeLessThan(0.97);
    expect(overall.ciHigh).toBeLessThan(1);
  }, 60_000);
});
