// `npm run grip -- evaluate` end to end on the demo (data/demo, made by scripts/ensure-demo-data.ts) with the demo's
// own patrol_schedule.csv: the JSON has the shape, its counts equal an independent Turf count over
// crimes.csv on 06:00 patrol days, and it finds the planted patrol effect (interval below 1).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bboxOf } from '../../../src/analysis/bbox';
import { hotspotArea } from '../../../src/analysis/hotspot-area';
import { parseScheduleCsv } from '../../../src/analysis/patrol/schedule-csv';
import { parseStamp, patrolDayOf } from '../../../src/analysis/patrol/schedule-days';
import { readPatrolHotspots } from '../../../src/analysis/patrol/schedule-hotspots';
import { parseEvaluateArgs } from '../../../scripts/cli/evaluate-command';

const repoRoot = path.resolve(__dirname, '../../..');
const demo = path.join(repoRoot, 'data/demo');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = path.join(repoRoot, 'scripts/grip-cli.ts');
const KEYS = ['patrolDays', 'controlDays', 'patrolCrimes', 'controlCrimes', 'rateRatio', 'ciLow', 'ciHigh', 'p'];
let workDir: string;
let result: {
  overall: Record<string, number>;
  hotspots: Record<string, Record<string, number>>;
  caveats: string[];
  method: string;
  schedule: { format: string; problems: string[] };
};

beforeAll(() => {
  execFileSync(tsx, [path.join(repoRoot, 'scripts/ensure-demo-data.ts')], { cwd: repoRoot });
  // A fresh working directory: no `grip ingest` workspace there, so the CLI reads the demo crimes.
  workDir = mkdtempSync(path.join(tmpdir(), 'grip-evaluate-'));
  const out = execFileSync(
    tsx,
    [cli, 'evaluate', '--hotspots', `${demo}/hotspots.geojson`, '--schedule', `${demo}/patrol_schedule.csv`, '--json'],
    { cwd: workDir, encoding: 'utf8' },
  );
  result = JSON.parse(out);
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Patrol and control crimes per hotspot, straight from crimes.csv: in the 50 m buffer, on the 06:00 patrol day. */
function independentCounts(): Record<string, { patrol: number; control: number }> {
  const { hotspots } = readPatrolHotspots(readFileSync(`${demo}/hotspots.geojson`, 'utf8'), 'h');
  const schedule = parseScheduleCsv(readFileSync(`${demo}/patrol_schedule.csv`, 'utf8'), 's');
  const arms = new Map(schedule.placeDays.map((d) => [`${d.hotspotId}|${d.dayIso}`, d.arm]));
  const areas = hotspots.map((h) => ({ id: h.id, area: hotspotArea(h.shape), box: bboxOf(hotspotArea(h.shape)) }));
  const counts = Object.fromEntries(hotspots.map((h) => [h.id, { patrol: 0, control: 0 }]));
  const [header, ...lines] = readFileSync(`${demo}/crimes.csv`, 'utf8').trim().split('\n');
  const c = header.split(',');
  const [at, lat, lon] = ['occurred_at', 'latitude', 'longitude'].map((name) => c.indexOf(name));
  for (const line of lines) {
    const f = line.split(','); // the quoted location comes after these columns
    const lngLat = [Number(f[lon]), Number(f[lat])];
    const stamp = parseStamp(f[at])!;
    for (const a of areas) {
      if (lngLat[0] < a.box[0] || lngLat[0] > a.box[2] || lngLat[1] < a.box[1] || lngLat[1] > a.box[3]) continue;
      if (!booleanPointInPolygon(lngLat, a.area)) continue;
      const arm = arms.get(`${a.id}|${patrolDayOf(stamp.dayIso, stamp.minute)}`);
      if (arm) counts[a.id][arm]++;
    }
  }
  return counts;
}

describe('grip evaluate on the demo', () => {
  it("prints the issue's shape per hotspot and overall", () => {
    expect(Object.keys(result.overall)).toEqual(KEYS);
    expect(Object.keys(result.hotspots)).toEqual(
      Array.from({ length: 18 }, (_, i) => `H${String(i + 1).padStart(2, '0')}`),
    );
    for (const h of Object.values(result.hotspots)) expect(Object.keys(h)).toEqual(KEYS);
    expect(result.schedule.format).toBe('demo');
    expect(result.schedule.problems).toEqual([]);
    expect(result.overall.patrolDays + result.overall.controlDays).toBe(18 * 365);
    expect(result.method).toMatch(/^Crimes per place-day/);
    expect(result.caveats.length).toBeGreaterThanOrEqual(6);
  });

  it('counts what an independent Turf count over crimes.csv finds, on 06:00 patrol days', () => {
    const counts = independentCounts();
    for (const [id, c] of Object.entries(counts)) {
      expect([result.hotspots[id].patrolCrimes, result.hotspots[id].controlCrimes], id).toEqual([c.patrol, c.control]);
    }
    const all = Object.values(counts).reduce((sum, c) => sum + c.patrol + c.control, 0);
    expect(result.overall.patrolCrimes + result.overall.controlCrimes).toBe(all);
  });

  it('finds the planted effect: fewer crimes on patrol days, the 95% interval wholly below 1', () => {
    expect(result.overall.rateRatio).toBeLessThan(1);
    expect(result.overall.ciHigh).toBeLessThan(1);
    expect(result.overall.p).toBeLessThan(0.05);
  });
});

describe('evaluate arguments', () => {
  it.each([
    [[], 'evaluate needs --hotspots <file.geojson>: the GRIP hotspots evaluated.'],
    [['--hotspots', 'h.geojson'], 'evaluate needs --schedule <schedule.csv>: the patrol and control days.'],
    [
      ['--hotspots', 'h', '--schedule', 's', '--day-start', '06:30'],
      '--day-start must be a clock time on the hour such as 06:00 (got "06:30").',
    ],
    [['--hotspots', 'h', '--schedule', 's', '--buffer-m', '-5'], '--buffer-m must be more than 0 metres (got "-5").'],
  ])('%j', (args, error) => {
    expect(parseEvaluateArgs(args)).toEqual({ error });
  });

  it('reads the defaults: 06:00, 50 m, all types', () => {
    expect(parseEvaluateArgs(['--hotspots', 'h', '--schedule', 's', '--types', 'Drugs|Robbery'])).toEqual({
      hotspotsPath: 'h',
      schedulePath: 's',
      dayStartMinutes: 360,
      bufferMetres: 50,
      types: ['Drugs', 'Robbery'],
      json: false,
    });
  });
});
