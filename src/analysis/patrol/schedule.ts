// A randomised GRIP patrol schedule: for every hotspot and patrol day in a date range, patrol or control, and the
// patrol days' visits in each hotspot's high-harm hours. Everything follows from the options and the seed, so the same
// seed gives the same schedule (and byte-identical CSV) in the app and the CLI.
import { seededRandom } from '../seeded-random';
import { dayRange, DEFAULT_DAY_START_MINUTES, formatClock, isDayIso } from './schedule-days';
import { drawVisits, hourWeights, isEmptyWindow, visitsAllowed, windowCoversDay } from './schedule-visits';
import type { PlannedVisit, VisitRules, VisitWindow } from './schedule-visits';

export type { PlannedVisit, VisitWindow } from './schedule-visits';
export type ScheduleMethod = 'simple' | 'blocked';
export type Arm = 'patrol' | 'control';

export interface PlaceDay {
  hotspotId: string;
  dayIso: string;
  arm: Arm;
}

export interface ScheduleOptions {
  hotspotIds: string[];
  /** First and last patrol day, `YYYY-MM-DD`, both included. */
  fromIso: string;
  toIso: string;
  /** A whole number 0 … 2^32 − 1; shown in every row of the exported schedule. */
  seed: number;
  /** The share of place-days on patrol, strictly between 0 and 1 (Op Rowan: 7 of 21, i.e. 1/3). */
  share: number;
  /**
   * `simple`: each place-day patrol with probability `share`, independently. `blocked`: exactly round(share × n) of
   * the day's n hotspots on patrol every day, so the daily workload is fixed (6 of 18 for 1 in 3).
   */
  method: ScheduleMethod;
  /** One window for every hotspot (a hand window) or one per hotspot id (its harm grid). */
  windows: VisitWindow | Record<string, VisitWindow>;
  dwellMinutes?: number;
  visitsPerDay?: number;
  dailyCapMinutes?: number | null;
  dayStartMinutes?: number;
}

export interface ScheduleDesign {
  seed: number;
  method: ScheduleMethod;
  share: number;
  dayStartMinutes: number;
}

export type ScheduleNoteCode = 'empty-window' | 'few-hours';

export interface ScheduleNote {
  code: ScheduleNoteCode;
  hotspotId: string;
  sentence: string;
}

export interface Schedule {
  design: ScheduleDesign;
  /** Sorted by day, then hotspot id. */
  placeDays: PlaceDay[];
  /** Sorted by day, hotspot id, then start. */
  visits: PlannedVisit[];
  notes: ScheduleNote[];
}

export type ScheduleOptionCode =
  | 'bad-date'
  | 'range-reversed'
  | 'range-too-long'
  | 'bad-seed'
  | 'bad-share'
  | 'no-hotspots'
  | 'duplicate-hotspot'
  | 'missing-window'
  | 'bad-window'
  | 'bad-dwell'
  | 'bad-visits'
  | 'bad-cap'
  | 'bad-day-start'
  | 'blocked-rounds-away';

export interface ScheduleOptionProblem {
  code: ScheduleOptionCode;
  sentence: string;
}

export const DEFAULT_DWELL_MINUTES = 15;
export const DEFAULT_VISITS_PER_DAY = 1;
/** Ten years: a longer range is almost certainly a typing slip (2205 for 2025). */
const MAX_DAYS = 3660;
/** The visit-time stream is seeded apart from the arms, so changing dwell, visits or windows never reshuffles arms. */
const VISIT_STREAM = 0x9e3779b9;

const isWhole = (x: number, min: number, max: number) => Number.isInteger(x) && x >= min && x <= max;
const isHour = (x: number) => isWhole(x, 0, 23);

function windowProblem(w: VisitWindow): string | null {
  if (w.kind === 'harm-grid') {
    const grid = w.byHourWeekday;
    const ok = Array.isArray(grid) && grid.length === 7 && grid.every((row) => Array.isArray(row) && row.length === 24);
    return ok ? null : 'a harm grid must be 7 weekdays × 24 hours';
  }
  if (w.weekdays.length === 0 || !w.weekdays.every((d) => isWhole(d, 0, 6))) return 'name weekdays 0 (Mon) … 6 (Sun)';
  if (!isHour(w.fromHour) || !isHour(w.toHour) || w.fromHour === w.toHour) return 'hours must be 0–23 and differ';
  return null;
}

/** The first thing wrong with the options, as a sentence; null when a schedule can be made. */
export function scheduleOptionsProblem(o: ScheduleOptions): ScheduleOptionProblem | null {
  const fail = (code: ScheduleOptionCode, sentence: string) => ({ code, sentence });
  for (const [name, day] of [
    ['first day', o.fromIso],
    ['last day', o.toIso],
  ])
    if (!isDayIso(day)) return fail('bad-date', `The ${name} must be a date as YYYY-MM-DD (got "${day}").`);
  if (o.toIso < o.fromIso)
    return fail('range-reversed', `The last day (${o.toIso}) is before the first (${o.fromIso}).`);
  if (dayRange(o.fromIso, o.toIso).length > MAX_DAYS)
    return fail('range-too-long', `The range runs over ${MAX_DAYS} days; check the years.`);
  if (!isWhole(o.seed, 0, 2 ** 32 - 1))
    return fail('bad-seed', `The seed must be a whole number from 0 to 4294967295 (got ${o.seed}).`);
  if (!(o.share > 0 && o.share < 1))
    return fail('bad-share', `The patrol share must be between 0 and 1, e.g. 0.33 for 1 in 3 (got ${o.share}).`);
  if (o.hotspotIds.length === 0) return fail('no-hotspots', 'There are no GRIP hotspots to schedule.');
  const seen = new Set<string>();
  for (const id of o.hotspotIds) {
    if (seen.has(id)) return fail('duplicate-hotspot', `Hotspot ${id} is listed twice.`);
    seen.add(id);
  }
  for (const id of o.hotspotIds) {
    const w = 'kind' in o.windows ? (o.windows as VisitWindow) : (o.windows as Record<string, VisitWindow>)[id];
    if (!w) return fail('missing-window', `Hotspot ${id} has no visit window (no harm grid and no hand window).`);
    const why = windowProblem(w);
    if (why) return fail('bad-window', `The visit window of ${id} cannot be used: ${why}.`);
  }
  const dwell = o.dwellMinutes ?? DEFAULT_DWELL_MINUTES;
  if (!isWhole(dwell, 1, 60)) return fail('bad-dwell', `The dwell must be 1–60 whole minutes (got ${dwell}).`);
  const visits = o.visitsPerDay ?? DEFAULT_VISITS_PER_DAY;
  if (!isWhole(visits, 1, 24)) return fail('bad-visits', `Visits per day must be 1–24 (got ${visits}).`);
  const cap = o.dailyCapMinutes ?? null;
  if (cap !== null && !(cap >= dwell))
    return fail('bad-cap', `A daily cap of ${cap} minutes leaves no room for one ${dwell}-minute visit.`);
  const start = o.dayStartMinutes ?? DEFAULT_DAY_START_MINUTES;
  if (!isWhole(start, 0, 1439) || start % 60 !== 0)
    return fail('bad-day-start', `The patrol day must start on the hour, 00:00–23:00 (got ${formatClock(start)}).`);
  const k = Math.round(o.share * o.hotspotIds.length);
  if (o.method === 'blocked' && (k === 0 || k === o.hotspotIds.length))
    return fail(
      'blocked-rounds-away',
      `Blocked: ${o.share} of ${o.hotspotIds.length} hotspots rounds to ${k} a day, leaving no ${k === 0 ? 'patrol' : 'control'}.`,
    );
  return null;
}

/** Each day's patrol set: blocked picks exactly k by a partial Fisher–Yates shuffle; simple flips a coin each. */
function patrolSet(rng: ReturnType<typeof seededRandom>, ids: string[], o: ScheduleOptions): Set<string> {
  if (o.method === 'simple') return new Set(ids.filter(() => rng.next() < o.share));
  const pool = [...ids];
  const k = Math.round(o.share * pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + rng.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return new Set(pool.slice(0, k));
}

/** The schedule for the options, or the first problem with them. */
export function planSchedule(o: ScheduleOptions): { schedule: Schedule } | { problem: ScheduleOptionProblem } {
  const problem = scheduleOptionsProblem(o);
  if (problem) return { problem };
  const rules: VisitRules = {
    dwellMinutes: o.dwellMinutes ?? DEFAULT_DWELL_MINUTES,
    visitsPerDay: o.visitsPerDay ?? DEFAULT_VISITS_PER_DAY,
    dailyCapMinutes: o.dailyCapMinutes ?? null,
    dayStartMinutes: o.dayStartMinutes ?? DEFAULT_DAY_START_MINUTES,
  };
  // Sorted so the file order of the hotspots does not change the draw (plain code-unit order: no locale).
  const ids = [...o.hotspotIds].sort();
  const windowOf = (id: string) =>
    'kind' in o.windows ? (o.windows as VisitWindow) : (o.windows as Record<string, VisitWindow>)[id];
  const armsRng = seededRandom(o.seed);
  const visitsRng = seededRandom((o.seed ^ VISIT_STREAM) >>> 0);
  const placeDays: PlaceDay[] = [];
  const visits: PlannedVisit[] = [];
  const notes = new Map<string, ScheduleNote>();
  const note = (code: ScheduleNoteCode, hotspotId: string, sentence: string) =>
    notes.has(`${code}:${hotspotId}`) || notes.set(`${code}:${hotspotId}`, { code, hotspotId, sentence });
  for (const dayIso of dayRange(o.fromIso, o.toIso)) {
    const eligible = ids.filter((id) => windowCoversDay(windowOf(id), dayIso));
    const patrol = patrolSet(armsRng, eligible, o);
    for (const hotspotId of eligible) {
      const arm: Arm = patrol.has(hotspotId) ? 'patrol' : 'control';
      placeDays.push({ hotspotId, dayIso, arm });
      if (arm === 'control') continue;
      const weights = hourWeights(windowOf(hotspotId), dayIso, rules.dayStartMinutes);
      if (isEmptyWindow(weights))
        note('empty-window', hotspotId, `${hotspotId} has no harm in its window, so its visits are at random hours.`);
      const day = drawVisits(visitsRng, hotspotId, dayIso, weights, rules);
      if (day.length < visitsAllowed(rules))
        note('few-hours', hotspotId, `${hotspotId} has fewer weighted hours than visits, so some days have fewer.`);
      visits.push(...day);
    }
  }
  const design = { seed: o.seed, method: o.method, share: o.share, dayStartMinutes: rules.dayStartMinutes };
  return { schedule: { design, placeDays, visits, notes: [...notes.values()] } };
}
