// `npm run grip -- schedule` end to end: with a hand window it reads no crime data and its file is byte-identical
// run to run and to the library's own; from the demo's profiles its visits follow the hotspots' hours, it states the
// sample size, and `grip evaluate` reads the file back.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSchedule } from '../../../src/analysis/patrol/schedule';
import { formatScheduleCsv, parseScheduleCsv } from '../../../src/analysis/patrol/schedule-csv';
import { parseScheduleArgs } from '../../../scripts/cli/schedule-command';

const repoRoot = path.resolve(__dirname, '../../..');
const hotspots = path.join(repoRoot, 'data/demo/hotspots.geojson');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = path.join(repoRoot, 'scripts/grip-cli.ts');
const IDS = Array.from({ length: 18 }, (_, i) => `H${String(i + 1).padStart(2, '0')}`);
let workDir: string;

const grip = (...args: string[]) => spawnSync(tsx, [cli, ...args], { cwd: workDir, encoding: 'utf8' });
const RANGE = ['--from', '2025-01-01', '--to', '2025-03-31'];

beforeAll(() => {
  execFileSync(tsx, [path.join(repoRoot, 'scripts/ensure-demo-data.ts')], { cwd: repoRoot });
  workDir = mkdtempSync(path.join(tmpdir(), 'grip-schedule-'));
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('grip schedule with a hand window', () => {
  it('writes the same bytes twice, the same as the library, with 6 of 18 on patrol each day', () => {
    const args = ['--hotspots', hotspots, ...RANGE, '--seed', '42', '--share', '0.33', '--window', 'Wed-Sat 15-22'];
    const first = grip('schedule', ...args, '--out', 'a.csv');
    expect(first.status, first.stderr).toBe(0);
    expect(grip('schedule', ...args, '--out', 'b.csv').status).toBe(0);
    const csv = readFileSync(path.join(workDir, 'a.csv'), 'utf8');
    expect(readFileSync(path.join(workDir, 'b.csv'), 'utf8')).toBe(csv);
    const library = planSchedule({
      hotspotIds: IDS,
      fromIso: '2025-01-01',
      toIso: '2025-03-31',
      seed: 42,
      share: 0.33,
      method: 'blocked',
      windows: { kind: 'hand', weekdays: [2, 3, 4, 5], fromHour: 15, toHour: 22 },
    });
    if ('problem' in library) throw new Error(library.problem.sentence);
    expect(csv).toBe(formatScheduleCsv(library.schedule));
    // Wed–Sat in Jan–Mar 2025: 52 days, 6 hotspots on patrol each.
    expect(first.stderr).toContain(
      'Schedule: 18 hotspots, 2025-01-01 to 2025-03-31, blocked (6 a day), share 0.33, seed 42: 312 patrol and 624 control place-days, 312 visits of 15 min; written to a.csv.',
    );
    const other = grip('schedule', '--hotspots', hotspots, ...RANGE, '--seed', '43', '--window', 'Wed-Sat 15-22');
    expect(other.stdout).not.toBe(csv); // to stdout, and another seed
    expect(other.stdout.split('\n')[0]).toBe('hotspot_id,patrol_day,arm,visit_start,dwell_minutes,seed,method,share');
  });

  it('says what is wrong with a bad command line', () => {
    const bad = grip(
      'schedule',
      '--hotspots',
      hotspots,
      ...RANGE,
      '--seed',
      '1',
      '--share',
      '0.01',
      '--window',
      'Wed 1-2',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('Blocked: 0.01 of 18 hotspots rounds to 0 a day, leaving no patrol.');
  });
});

describe('grip schedule from the demo profiles, read back by grip evaluate', () => {
  it('places visits in the hotspots’ busy hours, states the sample size, and evaluates', () => {
    const made = grip('schedule', '--hotspots', hotspots, ...RANGE, '--seed', '7', '--visits', '2', '--out', 's.csv');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/Sample size at the hotspots' mean rate: To detect 20% fewer crimes \(0\.\d+ to /);
    const parsed = parseScheduleCsv(readFileSync(path.join(workDir, 's.csv'), 'utf8'), 's.csv', { hotspotIds: IDS });
    expect(parsed.problems).toEqual([]);
    expect(parsed.design).toEqual({ seed: 7, method: 'blocked', share: 0.5 });
    // The demo's hotspot crime peaks in the evening and night (docs/demo-data.md): most visits fall 18:00–02:59.
    const hours = parsed.visits.map((v) => Number(v.start.slice(11, 13)));
    expect(hours.filter((h) => h >= 18 || h < 3).length / hours.length).toBeGreaterThan(0.5);
    const evaluated = grip('evaluate', '--hotspots', hotspots, '--schedule', 's.csv', '--json');
    expect(evaluated.status, evaluated.stderr).toBe(0);
    const result = JSON.parse(evaluated.stdout);
    expect(result.schedule).toMatchObject({ format: 'grip', placeDays: 18 * 90, problems: [] });
    expect(result.overall.patrolDays).toBe(9 * 90);
  }, 120_000);
});

describe('schedule arguments', () => {
  it.each([
    [[], 'schedule needs --hotspots <file.geojson>: the GRIP hotspots to schedule.'],
    [['--hotspots', 'h', '--from', '2025-1-1'], 'schedule needs --from YYYY-MM-DD (got "2025-1-1").'],
    [
      ['--hotspots', 'h', ...RANGE],
      'schedule needs --seed <whole number>, shown in every row so the schedule can be redrawn (got "").',
    ],
    [
      ['--hotspots', 'h', ...RANGE, '--seed', '1', '--method', 'pairs'],
      '--method must be blocked or simple (got "pairs").',
    ],
    [
      ['--hotspots', 'h', ...RANGE, '--seed', '1', '--window', 'weekends'],
      'A visit window is weekdays and hours, e.g. "Wed-Sat 15-22" or "Fri,Sat 20:00-02:00" (got "weekends").',
    ],
    [
      ['--hotspots', 'h', ...RANGE, '--seed', '1', '--day-start', '6am'],
      '--day-start must be a clock time such as 06:00 (got "6am").',
    ],
  ])('%j', (args, error) => {
    expect(parseScheduleArgs(args)).toEqual({ error });
  });
});
