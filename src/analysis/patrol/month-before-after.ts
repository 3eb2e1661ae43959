// The month-level fallback when the crimes loaded carry no times (police.uk): the schedule's months in each GRIP
// hotspot against the same number of months before, as an exact Poisson rate ratio, and the set against the rest of the
// force as the Recapture Rate Index. A day-level patrol/control comparison needs timed crimes; this does not.
import { rri } from '../metrics';
import { poissonRateRatio } from '../rate-ratio';

export interface MonthCounts {
  hotspotId: string;
  /** Crimes in the period; the previous period's, or null when it starts before the first month loaded. */
  crimes: number;
  previousCrimes: number | null;
}

export interface BeforeAfterRow {
  /** null: all the hotspots together. */
  hotspotId: string | null;
  crimes: number;
  previousCrimes: number | null;
  /** This period's crimes over the previous period's (equal lengths); NaN when not comparable. */
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export interface MonthBeforeAfter {
  period: { fromMonth: string; toMonth: string };
  previous: { fromMonth: string; toMonth: string };
  rows: BeforeAfterRow[];
  /** The set's share of the force's crimes now against before (Levine 2004); NaN when not comparable. */
  recaptureRateIndex: number;
  sentence: string;
}

const row = (hotspotId: string | null, crimes: number, previousCrimes: number | null): BeforeAfterRow => {
  if (previousCrimes === null)
    return { hotspotId, crimes, previousCrimes, rateRatio: NaN, ciLow: NaN, ciHigh: NaN, p: NaN };
  const r = poissonRateRatio(crimes, previousCrimes);
  return { hotspotId, crimes, previousCrimes, rateRatio: r.rateRatio, ciLow: r.ciLow, ciHigh: r.ciHigh, p: r.p };
};

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/**
 * Before/after by month for each hotspot and the set. `force` counts every crime of the same types in the force area
 * in the period and the previous period (previous null when it is not loaded).
 */
export function monthBeforeAfter(
  period: { fromMonth: string; toMonth: string },
  previous: { fromMonth: string; toMonth: string },
  hotspots: MonthCounts[],
  force: { crimes: number; previousCrimes: number | null },
): MonthBeforeAfter {
  const comparable = hotspots.length > 0 && hotspots.every((h) => h.previousCrimes !== null);
  const crimes = hotspots.reduce((s, h) => s + h.crimes, 0);
  const previousCrimes = comparable ? hotspots.reduce((s, h) => s + (h.previousCrimes ?? 0), 0) : null;
  const all = row(null, crimes, previousCrimes);
  const index =
    previousCrimes === null || force.previousCrimes === null
      ? NaN
      : rri(crimes, previousCrimes, force.crimes, force.previousCrimes);
  const span = `${period.fromMonth} to ${period.toMonth}`;
  const sentence =
    previousCrimes === null
      ? `The months before ${span} are not loaded, so there is no before/after to compare.`
      : `In ${span} the hotspots had ${crimes} crimes against ${previousCrimes} in ${previous.fromMonth} to ` +
        `${previous.toMonth}: rate ratio ${fixed(all.rateRatio)} (95% CI ${fixed(all.ciLow)} to ${fixed(all.ciHigh)}, ` +
        `exact Poisson). Against the rest of the force the Recapture Rate Index is ${fixed(index)} (below 1: the ` +
        'hotspots kept less than their share). Before/after cannot tell the patrols from anything else that changed.';
  return {
    period,
    previous,
    rows: [all, ...hotspots.map((h) => row(h.hotspotId, h.crimes, h.previousCrimes))],
    recaptureRateIndex: index,
    sentence,
  };
}
