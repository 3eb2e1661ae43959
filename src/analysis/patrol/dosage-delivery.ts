// Planned vs delivered: did the patrol days get their visit, and did the control days stay unpatrolled?
import type { HotspotDayDosage } from './dosage';

export type ScheduleArm = 'patrol' | 'control';

/** One hotspot's arm on one patrol day (the demo's patrol_schedule.csv: hotspot_id, date, arm). */
export interface ScheduledDay {
  hotspotId: string;
  dayIso: string;
  arm: ScheduleArm;
}

/** One visit of 15 minutes: Southend's target (Basford et al. 2021) and Bedfordshire Op Rowan's. */
export const DEFAULT_DWELL_TARGET_MINUTES = 15;

export interface Delivery {
  patrolDays: number;
  /** Patrol days with at least one visit of the dwell target or longer. */
  patrolDaysDelivered: number;
  /** patrolDaysDelivered ÷ patrolDays; null with no patrol days. */
  deliveredShare: number | null;
  controlDays: number;
  /** Control days with any visit (a pass-through is not a visit): contamination of the comparison. */
  controlDaysVisited: number;
  /** controlDaysVisited ÷ controlDays; null with no control days. */
  contaminationShare: number | null;
}

export interface DeliveryResult {
  hotspots: Record<string, Delivery>;
  overall: Delivery;
  /** Hotspot-days with a visit that the schedule does not list at all (patrol outside the trial's days or hotspots). */
  unscheduledDaysVisited: number;
  /** Hotspot-days the schedule lists as both patrol and control: left out of every count. */
  conflictingDays: { hotspotId: string; dayIso: string }[];
}

const emptyDelivery = (): Delivery => ({
  patrolDays: 0,
  patrolDaysDelivered: 0,
  deliveredShare: null,
  controlDays: 0,
  controlDaysVisited: 0,
  contaminationShare: null,
});

function add(d: Delivery, arm: ScheduleArm, day: HotspotDayDosage | undefined, targetMinutes: number): void {
  if (arm === 'patrol') {
    d.patrolDays++;
    if (day && day.visits > 0 && day.longestVisitMinutes >= targetMinutes) d.patrolDaysDelivered++;
    d.deliveredShare = d.patrolDaysDelivered / d.patrolDays;
  } else {
    d.controlDays++;
    if (day && day.visits > 0) d.controlDaysVisited++;
    d.contaminationShare = d.controlDaysVisited / d.controlDays;
  }
}

/** The schedule held against the dosage found (days from patrolDosage, on the same patrol-day boundary). */
export function deliveryAgainstSchedule(
  days: HotspotDayDosage[],
  schedule: ScheduledDay[],
  { targetMinutes = DEFAULT_DWELL_TARGET_MINUTES }: { targetMinutes?: number } = {},
): DeliveryResult {
  if (!(targetMinutes >= 0)) throw new Error(`The dwell target must be 0 minutes or more (got ${targetMinutes}).`);
  const keyOf = (d: { hotspotId: string; dayIso: string }) => JSON.stringify([d.hotspotId, d.dayIso]);
  const arms = new Map<string, ScheduledDay | 'conflict'>();
  for (const s of schedule) {
    const seen = arms.get(keyOf(s));
    arms.set(keyOf(s), seen === undefined || (seen !== 'conflict' && seen.arm === s.arm) ? s : 'conflict');
  }
  const dosage = new Map(days.map((d) => [keyOf(d), d]));
  const result: DeliveryResult = {
    hotspots: {},
    overall: emptyDelivery(),
    unscheduledDaysVisited: 0,
    conflictingDays: [],
  };
  for (const [key, s] of arms) {
    if (s === 'conflict') {
      const [hotspotId, dayIso] = JSON.parse(key) as [string, string];
      result.conflictingDays.push({ hotspotId, dayIso });
      continue;
    }
    const day = dosage.get(key);
    add((result.hotspots[s.hotspotId] ??= emptyDelivery()), s.arm, day, targetMinutes);
    add(result.overall, s.arm, day, targetMinutes);
  }
  result.unscheduledDaysVisited = days.filter((d) => d.visits > 0 && !arms.has(keyOf(d))).length;
  return result;
}
