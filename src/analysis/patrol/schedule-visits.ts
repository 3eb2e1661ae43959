// Where in a patrol day the visits go: clock hours weighted by the hotspot's harm (its hour × weekday profile) or a
// window chosen by hand, one visit per hour drawn without replacement, so visits on one day never overlap.
import type { SeededRandom } from '../seeded-random';
import { formatStamp, weekdayOf } from './schedule-days';

/**
 * A hotspot's visit window. `harm-grid`: [weekday 0 = Monday … 6][hour 0 … 23] of the calendar clock (a profile's
 * `byHourWeekday`), so the small hours of a patrol day read the next weekday's row. `hand`: patrol days on these
 * weekdays, start hours from `fromHour` up to (not including) `toHour` on the patrol day's clock, wrapping past
 * midnight when `fromHour > toHour` (e.g. 20–02 on a Friday runs into Saturday 01:59).
 */
export type VisitWindow =
  | { kind: 'harm-grid'; byHourWeekday: number[][] }
  | { kind: 'hand'; weekdays: number[]; fromHour: number; toHour: number };

export interface VisitRules {
  /** Minutes on the spot per visit, 1–60 (Koper 1995: 10–15 minutes works best; Southend used 15–20). */
  dwellMinutes: number;
  visitsPerDay: number;
  /** Planned minutes a hotspot may take in one patrol day; it leaves the day's list once reached (Thames Valley). */
  dailyCapMinutes: number | null;
  /** The patrol day's start, minutes after midnight, on the hour. */
  dayStartMinutes: number;
}

export interface PlannedVisit {
  hotspotId: string;
  /** The patrol day the visit belongs to. */
  dayIso: string;
  /** Local clock `YYYY-MM-DD HH:MM`; after midnight it carries the next calendar date. */
  start: string;
  dwellMinutes: number;
}

/** How many visits a day's list holds before the cap takes the hotspot off it. */
export function visitsAllowed(rules: VisitRules): number {
  if (rules.dailyCapMinutes === null) return rules.visitsPerDay;
  return Math.min(rules.visitsPerDay, Math.floor(rules.dailyCapMinutes / rules.dwellMinutes));
}

/** Whether patrol days on this date are in the trial at all (a hand window names its weekdays). */
export function windowCoversDay(window: VisitWindow, dayIso: string): boolean {
  return window.kind === 'harm-grid' || window.weekdays.includes(weekdayOf(dayIso));
}

/** The weight of each of the patrol day's 24 clock hours, slot 0 being the hour the day starts. */
export function hourWeights(window: VisitWindow, dayIso: string, dayStartMinutes: number): number[] {
  const weekday = weekdayOf(dayIso);
  const startHour = dayStartMinutes / 60;
  return Array.from({ length: 24 }, (_, slot) => {
    const hour = (startHour + slot) % 24;
    if (window.kind === 'harm-grid') {
      const calendarWeekday = startHour + slot >= 24 ? (weekday + 1) % 7 : weekday;
      const w = window.byHourWeekday[calendarWeekday]?.[hour] ?? 0;
      return Number.isFinite(w) && w > 0 ? w : 0;
    }
    if (!window.weekdays.includes(weekday)) return 0;
    const { fromHour, toHour } = window;
    return (fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour) ? 1 : 0;
  });
}

/** True when no hour has any weight (a hotspot with no timed crimes, or an empty hand window). */
export const isEmptyWindow = (weights: number[]) => weights.every((w) => w === 0);

/**
 * The day's visits: `visitsAllowed` distinct hours drawn in turn with probability ∝ weight among those left
 * (successive sampling without replacement), each at a uniform minute that lets the dwell end within its hour.
 * A hotspot with no weighted hour at all is visited at hours drawn uniformly rather than not at all.
 */
export function drawVisits(
  rng: SeededRandom,
  hotspotId: string,
  dayIso: string,
  weights: number[],
  rules: VisitRules,
): PlannedVisit[] {
  const left = isEmptyWindow(weights) ? weights.map(() => 1) : [...weights];
  const slots: number[] = [];
  for (let v = 0; v < visitsAllowed(rules) && left.some((w) => w > 0); v++) {
    const total = left.reduce((a, b) => a + b, 0);
    let target = rng.next() * total;
    let slot = left.findIndex((w) => (target -= w) < 0);
    // Rounding can leave `target` a hair above 0 at the very top of the range: take the last weighted hour.
    for (let i = left.length - 1; slot < 0; i--) if (left[i] > 0) slot = i;
    slots.push(slot);
    left[slot] = 0;
  }
  return slots
    .map((slot) => {
      const minute = rng.below(60 - rules.dwellMinutes + 1);
      return rules.dayStartMinutes + slot * 60 + minute;
    })
    .sort((a, b) => a - b)
    .map((minutes) => ({
      hotspotId,
      dayIso,
      start: formatStamp(dayIso, minutes),
      dwellMinutes: rules.dwellMinutes,
    }));
}
