// The patrol plan form as the planner fills it in (text in inputs), and the schedule options it stands for: the same
// ScheduleOptions `grip schedule` builds from its flags, so the app's CSV and the CLI's are byte-identical.
import type { ScheduleMethod, ScheduleOptions, VisitWindow } from '../../analysis/patrol/schedule';
import { DEFAULT_DWELL_MINUTES, DEFAULT_VISITS_PER_DAY } from '../../analysis/patrol/schedule';
import { addDays, isDayIso, parseClock } from '../../analysis/patrol/schedule-days';
import { parseHandWindow } from '../../analysis/patrol/schedule-window';

export interface PlanForm {
  fromIso: string;
  toIso: string;
  seed: string;
  /** '0.5', '0.33' (1 in 3), '0.25', '0.4' (Southend). */
  share: string;
  method: ScheduleMethod;
  dwellMinutes: string;
  visitsPerDay: string;
  /** '' = no cap. */
  dailyCapMinutes: string;
  /** 'profile': each hotspot's busy hours; 'hand': `handWindow` for every hotspot. */
  windowKind: 'profile' | 'hand';
  handWindow: string;
  /** 'HH:MM', on the hour. */
  dayStart: string;
  /** The reduction the sample size is for, in percent. */
  reductionPercent: string;
}

export const SHARE_CHOICES: { value: string; label: string }[] = [
  { value: '0.5', label: '1 in 2 (fewest place-days needed)' },
  { value: '0.33', label: '1 in 3 (Op Rowan: 7 of 21)' },
  { value: '0.25', label: '1 in 4' },
  { value: '0.4', label: '2 in 5 (Southend)' },
];

/** The Monday after `todayIso`, for four weeks: a plan is for days still to come. */
export function defaultPlanForm(todayIso: string, seed: number): PlanForm {
  const weekday = (new Date(`${todayIso}T00:00:00Z`).getUTCDay() + 6) % 7;
  const fromIso = addDays(todayIso, 7 - weekday);
  return {
    fromIso,
    toIso: addDays(fromIso, 27),
    seed: String(seed),
    share: '0.33',
    method: 'blocked',
    dwellMinutes: String(DEFAULT_DWELL_MINUTES),
    visitsPerDay: String(DEFAULT_VISITS_PER_DAY),
    dailyCapMinutes: '',
    windowKind: 'profile',
    handWindow: 'Wed-Sat 15-22',
    dayStart: '06:00',
    reductionPercent: '20',
  };
}

const WHOLE = /^\s*\d+\s*$/;
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The options the form stands for, or the sentence saying which field is wrong. `grids` are each hotspot's hour ×
 * weekday crimes (null when the crimes carry no times); a hand window reads none.
 */
export function scheduleOptionsOf(
  form: PlanForm,
  hotspotIds: string[],
  grids: Record<string, number[][] | null>,
): { options: ScheduleOptions } | { problem: string } {
  if (!isDayIso(form.fromIso) || !isDayIso(form.toIso)) return { problem: 'Give the first and last day as dates.' };
  if (!WHOLE.test(form.seed)) return { problem: `The seed must be a whole number (got "${form.seed}").` };
  const dayStartMinutes = parseClock(form.dayStart);
  if (dayStartMinutes === null || dayStartMinutes % 60 !== 0)
    return { problem: `The day starts on the hour, e.g. 06:00 (got "${form.dayStart}").` };
  let windows: ScheduleOptions['windows'];
  if (form.windowKind === 'hand') {
    const window = parseHandWindow(form.handWindow);
    if ('problem' in window) return { problem: window.problem };
    windows = window;
  } else {
    const byId: Record<string, VisitWindow> = {};
    for (const id of hotspotIds) {
      const grid = grids[id];
      if (!grid)
        return {
          problem:
            'The crimes loaded carry no times, so there are no busy hours to place visits in: choose the hours by hand (e.g. "Wed-Sat 15-22").',
        };
      byId[id] = { kind: 'harm-grid', byHourWeekday: grid };
    }
    windows = byId;
  }
  const cap = form.dailyCapMinutes.trim() === '' ? null : number(form.dailyCapMinutes);
  return {
    options: {
      hotspotIds,
      fromIso: form.fromIso,
      toIso: form.toIso,
      seed: Number(form.seed),
      share: number(form.share),
      method: form.method,
      windows,
      dwellMinutes: number(form.dwellMinutes),
      visitsPerDay: number(form.visitsPerDay),
      dailyCapMinutes: cap,
      dayStartMinutes,
    },
  };
}

/** 'grip-patrol-schedule-seed-42-2025-03-03-to-2025-03-30.csv': the seed in the name, as in every row. */
export const scheduleFileName = (o: Pick<ScheduleOptions, 'seed' | 'fromIso' | 'toIso'>) =>
  `grip-patrol-schedule-seed-${o.seed}-${o.fromIso}-to-${o.toIso}.csv`;
