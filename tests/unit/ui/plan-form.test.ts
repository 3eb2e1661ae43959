// The app's plan form stands for the same schedule options as `grip schedule`'s flags: the same CSV, byte for byte.
import { describe, expect, it } from 'vitest';
import { planSchedule } from '../../../src/analysis/patrol/schedule';
import { formatScheduleCsv } from '../../../src/analysis/patrol/schedule-csv';
import { defaultPlanForm, scheduleFileName, scheduleOptionsOf } from '../../../src/ui/patrol/plan-form';
import { parseScheduleArgs } from '../../../scripts/cli/schedule-command';

const ids = ['H01', 'H02', 'H03', 'H04', 'H05', 'H06'];
const csvOf = (options: Parameters<typeof planSchedule>[0]) => {
  const drawn = planSchedule(options);
  if ('problem' in drawn) throw new Error(drawn.problem.sentence);
  return formatScheduleCsv(drawn.schedule);
};

describe('the patrol plan form', () => {
  it('starts on the Monday after today, for four weeks, 1 in 3 blocked, 15 minutes, 06:00', () => {
    const form = defaultPlanForm('2025-03-05', 42); // a Wednesday
    expect([form.fromIso, form.toIso, form.share, form.method, form.dwellMinutes, form.dayStart]).toEqual([
      '2025-03-10',
      '2025-04-06',
      '0.33',
      'blocked',
      '15',
      '06:00',
    ]);
  });

  it('with a hand window gives the CLI’s schedule byte for byte', () => {
    const form = {
      ...defaultPlanForm('2025-03-05', 7),
      windowKind: 'hand' as const,
      handWindow: 'Wed-Sat 15-22',
      visitsPerDay: '2',
      dailyCapMinutes: '30',
    };
    const built = scheduleOptionsOf(form, ids, {});
    if ('problem' in built) throw new Error(built.problem);
    const cli = parseScheduleArgs(
      [
        '--hotspots',
        'h.geojson',
        '--from',
        '2025-03-10',
        '--to',
        '2025-04-06',
        '--seed',
        '7',
        '--share',
        '0.33',
      ].concat(['--window', 'Wed-Sat 15-22', '--visits', '2', '--cap-min', '30']),
    );
    if ('error' in cli) throw new Error(cli.error);
    const fromCli = csvOf({ ...cli.options, hotspotIds: ids, windows: cli.window! });
    expect(csvOf(built.options)).toBe(fromCli);
    expect(scheduleFileName(built.options)).toBe('grip-patrol-schedule-seed-7-2025-03-10-to-2025-04-06.csv');
  });

  it('names the field that is wrong', () => {
    const form = defaultPlanForm('2025-03-05', 7);
    const problem = (f: typeof form) => {
      const r = scheduleOptionsOf(f, ids, {});
      return 'problem' in r ? r.problem : '';
    };
    expect(problem({ ...form, seed: '4.5' })).toMatch(/seed must be a whole number/);
    expect(problem({ ...form, dayStart: '06:30' })).toMatch(/on the hour/);
    expect(problem({ ...form, windowKind: 'hand', handWindow: 'Funday 3-4' })).toMatch(/visit window is weekdays/);
    expect(problem(form)).toMatch(/carry no times/);
  });
});
