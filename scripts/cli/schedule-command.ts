// `npm run grip -- schedule --hotspots h.geojson --from YYYY-MM-DD --to YYYY-MM-DD --seed N`: a randomised patrol
// schedule as CSV (src/analysis/patrol/schedule.ts). Visits go in each hotspot's busiest hours from its profile on the
// loaded data (or the demo), or in a --window chosen by hand, which reads no crime data at all.
import { writeFileSync } from 'node:fs';
import { DEFAULT_HARM_WEIGHTS } from '../../src/analysis/harm-weights';
import { hotspotArea } from '../../src/analysis/hotspot-area';
import { placeDaysNeeded } from '../../src/analysis/patrol/sample-size';
import {
  planSchedule,
  type ScheduleMethod,
  type ScheduleOptions,
  type VisitWindow,
} from '../../src/analysis/patrol/schedule';
import { formatScheduleCsv } from '../../src/analysis/patrol/schedule-csv';
import { dayRange, isDayIso, parseClock } from '../../src/analysis/patrol/schedule-days';
import { readPatrolHotspots, type PatrolHotspot } from '../../src/analysis/patrol/schedule-hotspots';
import { parseHandWindow } from '../../src/analysis/patrol/schedule-window';
import { queryHotspotProfile } from '../../src/data/hotspot-profile';
import { flagValue, readHotspotFile } from './cli-args';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';

export interface ScheduleArgs {
  hotspotsPath: string;
  options: Omit<ScheduleOptions, 'hotspotIds' | 'windows'>;
  /** A hand window for every hotspot; null: each hotspot's hour × weekday profile. */
  window: VisitWindow | null;
  /** The reduction the sample-size line is for. */
  reduction: number;
  out: string | null;
}

const WHOLE = /^\d+$/;

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseScheduleArgs(args: string[]): ScheduleArgs | { error: string } {
  const value = (name: string) => flagValue(args, name);
  const hotspotsPath = value('hotspots');
  if (!hotspotsPath) return { error: 'schedule needs --hotspots <file.geojson>: the GRIP hotspots to schedule.' };
  const [fromIso, toIso] = [value('from'), value('to')];
  for (const [flag, day] of [
    ['--from', fromIso],
    ['--to', toIso],
  ] as const)
    if (day === null || !isDayIso(day)) return { error: `schedule needs ${flag} YYYY-MM-DD (got "${day ?? ''}").` };
  const seedText = value('seed');
  if (seedText === null || !WHOLE.test(seedText))
    return {
      error: `schedule needs --seed <whole number>, shown in every row so the schedule can be redrawn (got "${seedText ?? ''}").`,
    };
  const method = (value('method') ?? 'blocked') as ScheduleMethod;
  if (method !== 'blocked' && method !== 'simple')
    return { error: `--method must be blocked or simple (got "${method}").` };
  const number = (name: string, fallback: number | null) => {
    const text = value(name);
    return text === null ? fallback : text.trim() === '' ? Number.NaN : Number(text);
  };
  const dayStart = parseClock(value('day-start') ?? '06:00');
  if (dayStart === null)
    return { error: `--day-start must be a clock time such as 06:00 (got "${value('day-start')}").` };
  const windowText = value('window');
  const window = windowText === null ? null : parseHandWindow(windowText);
  if (window && 'problem' in window) return { error: window.problem };
  const reduction = number('reduction', 0.2)!;
  if (!(reduction > 0 && reduction < 1)) return { error: `--reduction must be between 0 and 1 (got ${reduction}).` };
  return {
    hotspotsPath,
    options: {
      fromIso: fromIso!,
      toIso: toIso!,
      seed: Number(seedText),
      share: number('share', 0.5)!,
      method,
      dwellMinutes: number('dwell-min', 15)!,
      visitsPerDay: number('visits', 1)!,
      dailyCapMinutes: number('cap-min', null),
      dayStartMinutes: dayStart,
    },
    window,
    reduction,
    out: value('out'),
  };
}

/** Each hotspot's hour × weekday grid and crimes per day from its profile over all loaded months. */
async function profileWindows(hotspots: PatrolHotspot[]) {
  const engine = await createNodeEngine();
  try {
    await loadWorkspace(engine);
    await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
    const windows: Record<string, VisitWindow> = {};
    let crimesPerDay = 0;
    for (const h of hotspots) {
      const filter = { resolution: 9, crimeTypes: [], fromMonth: null, toMonth: null };
      const profile = await queryHotspotProfile(engine, { filter, polygon: hotspotArea(h.shape), id: h.id });
      if (!profile.byHourWeekday) return null;
      windows[h.id] = { kind: 'harm-grid', byHourWeekday: profile.byHourWeekday };
      const months = Object.keys(profile.byMonth);
      const days = dayRange(`${months[0]}-01`, lastDayOf(months[months.length - 1])).length;
      crimesPerDay += profile.crimes / days;
    }
    return { windows, baseRate: crimesPerDay / hotspots.length };
  } finally {
    await engine.close();
  }
}

function lastDayOf(monthIso: string): string {
  const [y, m] = monthIso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export async function runSchedule(argv: string[]): Promise<number> {
  const args = parseScheduleArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const text = readHotspotFile(args.hotspotsPath);
  if (text === null) return 2;
  const { hotspots, problems } = readPatrolHotspots(text, args.hotspotsPath);
  for (const p of problems) console.error(p);
  if (hotspots.length === 0) {
    console.error(`No GRIP hotspots to schedule in ${args.hotspotsPath}.`);
    return 2;
  }
  let windows: ScheduleOptions['windows'];
  let baseRate: number | null = null;
  if (args.window) windows = args.window;
  else {
    const profiled = await profileWindows(hotspots);
    if (!profiled) {
      console.error(
        'The crimes loaded carry no times, so there is no hour × weekday profile to place visits in: give --window (e.g. "Wed-Sat 15-22").',
      );
      return 2;
    }
    ({ windows, baseRate } = profiled);
  }
  const planned = planSchedule({ ...args.options, hotspotIds: hotspots.map((h) => h.id), windows });
  if ('problem' in planned) {
    console.error(planned.problem.sentence);
    return 2;
  }
  const { schedule } = planned;
  const csv = formatScheduleCsv(schedule);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  const patrol = schedule.placeDays.filter((d) => d.arm === 'patrol').length;
  const o = args.options;
  const perDay = o.method === 'blocked' ? ` (${Math.round(o.share * hotspots.length)} a day)` : '';
  console.error(
    `Schedule: ${hotspots.length} hotspots, ${o.fromIso} to ${o.toIso}, ${o.method}${perDay}, share ${o.share}, seed ${o.seed}: ` +
      `${patrol} patrol and ${schedule.placeDays.length - patrol} control place-days, ${schedule.visits.length} visits of ${o.dwellMinutes} min` +
      `${args.out ? `; written to ${args.out}` : ''}.`,
  );
  for (const n of schedule.notes) console.error(n.sentence);
  if (baseRate !== null && baseRate > 0) {
    const size = placeDaysNeeded({ baseRatePerPlaceDay: baseRate, reduction: args.reduction, patrolShare: o.share });
    if (!('problem' in size))
      console.error(
        `Sample size at the hotspots' mean rate: ${size.method} This schedule has ${patrol} patrol and ${schedule.placeDays.length - patrol} control place-days.`,
      );
  }
  return 0;
}
