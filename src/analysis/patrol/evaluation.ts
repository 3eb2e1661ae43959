// Did the patrols work? Crimes per place-day on patrol days against control days, per hotspot and over all, as an
// exact Poisson rate ratio; harm per place-day as Southend reported it; and a check for carry-over into the next day.
import { poissonRateRatio } from '../rate-ratio';
import type { PlaceDay } from './schedule';
import { addDays, DEFAULT_DAY_START_MINUTES, formatClock } from './schedule-days';
import { evaluationCaveats, type EvaluationCaveat } from './evaluation-caveats';

export type { EvaluationCaveat, EvaluationCaveatCode } from './evaluation-caveats';

/** Crimes and their harm in one hotspot on one patrol day (crimes placed on patrol days with the same day start). */
export interface PlaceDayCount {
  hotspotId: string;
  dayIso: string;
  crimes: number;
  harm: number;
}

export interface ArmComparison {
  patrolDays: number;
  controlDays: number;
  patrolCrimes: number;
  controlCrimes: number;
  patrolHarm: number;
  controlHarm: number;
  /** (patrolCrimes / patrolDays) / (controlCrimes / controlDays): below 1 means fewer crimes on patrol days. */
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

/** A row of the Southend-style table (Basford et al. 2021: 1.07 against 9.30 harm per place-day, 88.5% lower). */
export interface HarmPerPlaceDay {
  /** null: all hotspots together. */
  hotspotId: string | null;
  patrol: number;
  control: number;
  /** (1 − patrol / control) × 100; NaN when control days had no harm. */
  lowerPercent: number;
}

/** Control days straight after a patrol day of the same hotspot against the other control days. */
export interface CarryOver {
  afterPatrolDays: number;
  afterPatrolCrimes: number;
  otherControlDays: number;
  otherControlCrimes: number;
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export interface PatrolEvaluation {
  overall: ArmComparison;
  /** By hotspot id, in id order. */
  hotspots: Record<string, ArmComparison>;
  harmPerPlaceDay: HarmPerPlaceDay[];
  carryOver: CarryOver;
  /** How the numbers were obtained, in one paragraph of plain English. */
  method: string;
  caveats: EvaluationCaveat[];
  /** Crimes counted on place-days the schedule does not list (outside its days or hotspots): not compared. */
  crimesOutsideSchedule: number;
}

export interface EvaluationOptions {
  /** The day start the crimes were counted with, for the method and caveats; default 06:00. */
  dayStartMinutes?: number;
  confidence?: number;
}

const emptyComparison = (): ArmComparison => ({
  patrolDays: 0,
  controlDays: 0,
  patrolCrimes: 0,
  controlCrimes: 0,
  patrolHarm: 0,
  controlHarm: 0,
  rateRatio: Number.NaN,
  ciLow: Number.NaN,
  ciHigh: Number.NaN,
  p: Number.NaN,
});

/** The exact conditional test (R's poisson.test) with the day counts as exposures; NaN when an arm has no days. */
function ratio(current: number, currentDays: number, previous: number, previousDays: number, confidence: number) {
  if (currentDays === 0 || previousDays === 0)
    return { rateRatio: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN, p: Number.NaN };
  const r = poissonRateRatio(current, previous, {
    currentExposure: currentDays,
    previousExposure: previousDays,
    confidence,
  });
  return { rateRatio: r.rateRatio, ciLow: r.ciLow, ciHigh: r.ciHigh, p: r.p };
}

const harmRow = (hotspotId: string | null, c: ArmComparison): HarmPerPlaceDay => {
  const patrol = c.patrolDays > 0 ? c.patrolHarm / c.patrolDays : Number.NaN;
  const control = c.controlDays > 0 ? c.controlHarm / c.controlDays : Number.NaN;
  return { hotspotId, patrol, control, lowerPercent: control > 0 ? (1 - patrol / control) * 100 : Number.NaN };
};

/**
 * Patrol against control place-days as scheduled (intention to treat). Counts for the same place-day are added;
 * counts for place-days the schedule does not list are left out and reported. A place-day listed twice counts once,
 * with its first arm (parseScheduleCsv already refuses such rows).
 */
export function evaluatePatrols(
  placeDays: PlaceDay[],
  counts: PlaceDayCount[],
  options: EvaluationOptions = {},
): PatrolEvaluation {
  const confidence = options.confidence ?? 0.95;
  const dayStart = options.dayStartMinutes ?? DEFAULT_DAY_START_MINUTES;
  const key = (hotspotId: string, dayIso: string) => `${hotspotId}|${dayIso}`;
  const arms = new Map<string, PlaceDay>();
  for (const d of placeDays) if (!arms.has(key(d.hotspotId, d.dayIso))) arms.set(key(d.hotspotId, d.dayIso), d);
  const tally = new Map<string, { crimes: number; harm: number }>();
  let crimesOutsideSchedule = 0;
  for (const c of counts) {
    const k = key(c.hotspotId, c.dayIso);
    if (!arms.has(k)) {
      crimesOutsideSchedule += c.crimes;
      continue;
    }
    const t = tally.get(k) ?? { crimes: 0, harm: 0 };
    tally.set(k, { crimes: t.crimes + c.crimes, harm: t.harm + c.harm });
  }

  const overall = emptyComparison();
  const byHotspot = new Map<string, ArmComparison>();
  const carry = { afterPatrolDays: 0, afterPatrolCrimes: 0, otherControlDays: 0, otherControlCrimes: 0 };
  for (const [k, d] of arms) {
    const { crimes, harm } = tally.get(k) ?? { crimes: 0, harm: 0 };
    const own = byHotspot.get(d.hotspotId) ?? emptyComparison();
    byHotspot.set(d.hotspotId, own);
    for (const c of [overall, own]) {
      if (d.arm === 'patrol') {
        c.patrolDays++;
        c.patrolCrimes += crimes;
        c.patrolHarm += harm;
      } else {
        c.controlDays++;
        c.controlCrimes += crimes;
        c.controlHarm += harm;
      }
    }
    if (d.arm === 'control') {
      const afterPatrol = arms.get(key(d.hotspotId, addDays(d.dayIso, -1)))?.arm === 'patrol';
      if (afterPatrol) {
        carry.afterPatrolDays++;
        carry.afterPatrolCrimes += crimes;
      } else {
        carry.otherControlDays++;
        carry.otherControlCrimes += crimes;
      }
    }
  }
  const compare = (c: ArmComparison) =>
    Object.assign(c, ratio(c.patrolCrimes, c.patrolDays, c.controlCrimes, c.controlDays, confidence));
  compare(overall);
  const ids = [...byHotspot.keys()].sort();
  const hotspots = Object.fromEntries(ids.map((id) => [id, compare(byHotspot.get(id)!)]));
  const carryOver: CarryOver = {
    ...carry,
    ...ratio(
      carry.afterPatrolCrimes,
      carry.afterPatrolDays,
      carry.otherControlCrimes,
      carry.otherControlDays,
      confidence,
    ),
  };
  const level = `${+(confidence * 100).toPrecision(6)}%`;
  const method =
    `Crimes per place-day (one hotspot on one patrol day, ${formatClock(dayStart)} to ${formatClock((dayStart + 1439) % 1440)}) ` +
    `on the ${overall.patrolDays} patrol days against the ${overall.controlDays} control days, as the schedule ` +
    'randomised them: the rate ratio is the patrol rate over the control rate, so 0.8 means 20% fewer crimes on ' +
    `patrol days. Its ${level} interval and two-sided p-value are exact, from the conditional Poisson test ` +
    "(Przyborowski & Wileński 1940, as R's poisson.test) with the day counts as exposures. Harm per place-day is " +
    'shown as Southend reported it (Basford et al. 2021); control days right after a patrol day are compared with ' +
    'the other control days to look for an effect that lasts into the next day.';
  return {
    overall,
    hotspots,
    harmPerPlaceDay: [harmRow(null, overall), ...ids.map((id) => harmRow(id, hotspots[id]))],
    carryOver,
    method,
    caveats: evaluationCaveats(overall, carryOver, dayStart),
    crimesOutsideSchedule,
  };
}
