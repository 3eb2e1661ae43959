import { isDayIso, isMonthIso, type CrimeFilter } from './crime-filter';
import { addMonths, monthRange } from './hotspot-proposal/months';

/** Time playback steps through the loaded period a month, a week (Monday to Sunday) or a day at a time. */
export type PlaybackUnit = 'month' | 'week' | 'day';

/** One step: its unit and first day or month (`YYYY-MM` for a month, the Monday or the day as `YYYY-MM-DD`). */
export interface PlaybackStep {
  unit: PlaybackUnit;
  start: string;
}

const DAY_MS = 86_400_000;
const dayIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Every step of the unit over the months given, first and last included (weeks start on the Monday on or before). */
export function playbackSteps(unit: PlaybackUnit, firstMonth: string, lastMonth: string): PlaybackStep[] {
  if (unit === 'month') return monthRange(firstMonth, lastMonth).map((start) => ({ unit, start }));
  const first = dayMs(`${firstMonth}-01`);
  const end = dayMs(`${addMonths(lastMonth, 1)}-01`);
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7;
  const begin = unit === 'week' ? first - mondayOffset * DAY_MS : first;
  const stride = unit === 'week' ? 7 * DAY_MS : DAY_MS;
  const steps: PlaybackStep[] = [];
  for (let t = begin; t < end; t += stride) steps.push({ unit, start: dayIso(t) });
  return steps;
}

/** The filter a step shows: the step's month, or its days (and the months they touch, so SQL can skip the rest). */
export function filterAtStep(filter: CrimeFilter, step: PlaybackStep | null): CrimeFilter {
  if (!step) return filter;
  if (step.unit === 'month') return { ...filter, fromMonth: step.start, toMonth: step.start };
  const last = dayIso(dayMs(step.start) + (step.unit === 'week' ? 6 : 0) * DAY_MS);
  return {
    ...filter,
    fromMonth: step.start.slice(0, 7),
    toMonth: last.slice(0, 7),
    fromDay: step.start,
    toDay: last,
  };
}

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** How a step reads: "June 2024", "Week of Mon 3 Mar 2025", "Wed 5 Mar 2025" (by hand: ICU differs by browser). */
export function stepLabel(step: PlaybackStep): string {
  if (step.unit === 'month') return `${MONTH_NAMES[Number(step.start.slice(5, 7)) - 1]} ${step.start.slice(0, 4)}`;
  const date = new Date(`${step.start}T00:00:00Z`);
  const month = MONTH_NAMES[date.getUTCMonth()].slice(0, 3);
  const text = `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
  return step.unit === 'week' ? `Week of ${text}` : text;
}

/** `month:2024-06`, `week:2025-03-03`, `day:2025-03-05` in the link. */
export function formatStep(step: PlaybackStep): string {
  return `${step.unit}:${step.start}`;
}

export function parseStep(text: string | null): PlaybackStep | null {
  const [unit, start] = (text ?? '').split(':');
  if (unit === 'month' && isMonthIso(start ?? '')) return { unit, start };
  if (unit === 'day' && isDayIso(start ?? '')) return { unit, start };
  // A week starts on a Monday; a link with another day means the week holding it.
  if (unit === 'week' && isDayIso(start ?? '')) {
    const t = dayMs(start);
    return { unit, start: dayIso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS) };
  }
  return null;
}
