import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { addMonths, monthRange } from './hotspot-proposal/months';
import { mannKendall, type Trend } from './mann-kendall';
import { pai } from './metrics';
import { poissonRateRatio } from './rate-ratio';

/** One group of a GRIP hotspot's crimes (already known to lie in its polygon): type, month and, where timed, slot. */
export interface ProfileCount {
  crimeType: string;
  monthIso: string;
  /** 0 = Monday … 6 = Sunday, from `occurred_at`; null when the crime has no time (police.uk: month only). */
  weekday: number | null;
  hour: number | null;
  crimes: number;
  harm: number;
}

export interface HotspotProfileInputs {
  id: string;
  /** null: the whole force (no PAI: it would be 1 by definition). */
  polygon: Polygon | MultiPolygon | null;
  /** The period profiled, first and last month (`YYYY-MM`) included. */
  fromMonth: string;
  toMonth: string;
  /** The hotspot's crimes in this period and the previous period of the same number of months. */
  counts: ProfileCount[];
  /** Crimes of the same types in the period over the whole force area: PAI's denominator. */
  forceCrimes: number;
  forceAreaKm2: number;
  /** Whether any crime of the force in the period has a time; if none, there is no hour × weekday grid. */
  anyTimed: boolean;
  /** The first month loaded: a previous period starting before it is not compared (its zeros would be no data). */
  firstMonthLoaded: string | null;
}

export interface HotspotProfile {
  id: string;
  crimes: number;
  harm: number;
  byType: Record<string, number>;
  /** Every month of the period, zero-filled. */
  byMonth: Record<string, number>;
  /** [weekday 0 = Monday … 6 = Sunday][hour 0 … 23]; null when the data carry only months. */
  byHourWeekday: number[][] | null;
  trend: { s: number; z: number; p: number; trend: Trend };
  /** crimes null (and NaN figures, null in JSON) when the previous period starts before the first month loaded. */
  previousPeriod: { crimes: number | null; rateRatio: number; ciLow: number; ciHigh: number };
  pai: number;
}

/** The previous period of the same number of months, ending the month before `fromMonth`. */
export function previousPeriod(fromMonth: string, toMonth: string): { fromMonth: string; toMonth: string } {
  const length = monthRange(fromMonth, toMonth).length;
  return { fromMonth: addMonths(fromMonth, -length), toMonth: addMonths(fromMonth, -1) };
}

/**
 * A GRIP hotspot's profile from its counts: crimes and harm by type, month and hour × weekday; the monthly series'
 * Mann–Kendall trend; this period against the previous one as an exact Poisson rate ratio (equal lengths); and PAI
 * (Chainey, Tompson & Uhlig 2008) with the polygon's geodesic area (@turf/area) against the force area.
 */
export function hotspotProfile(inputs: HotspotProfileInputs): HotspotProfile {
  const { fromMonth, toMonth } = inputs;
  const months = monthRange(fromMonth, toMonth);
  const byMonth: Record<string, number> = Object.fromEntries(months.map((m) => [m, 0]));
  const byType: Record<string, number> = {};
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const before = previousPeriod(fromMonth, toMonth);
  let crimes = 0;
  let harm = 0;
  let previousCrimes = 0;
  for (const c of inputs.counts) {
    if (c.monthIso >= before.fromMonth && c.monthIso <= before.toMonth) previousCrimes += c.crimes;
    if (!(c.monthIso in byMonth)) continue;
    crimes += c.crimes;
    harm += c.harm;
    byMonth[c.monthIso] += c.crimes;
    byType[c.crimeType] = (byType[c.crimeType] ?? 0) + c.crimes;
    if (c.weekday !== null && c.hour !== null) grid[c.weekday][c.hour] += c.crimes;
  }
  const sortedTypes = Object.entries(byType).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const { s, z, p, trend } = mannKendall(months.map((m) => byMonth[m]));
  const compared = inputs.firstMonthLoaded !== null && inputs.firstMonthLoaded <= before.fromMonth;
  const ratio = compared ? poissonRateRatio(crimes, previousCrimes) : null;
  const areaKm2 = inputs.polygon ? area(inputs.polygon) / 1e6 : Number.NaN;
  return {
    id: inputs.id,
    crimes,
    harm,
    byType: Object.fromEntries(sortedTypes),
    byMonth,
    byHourWeekday: inputs.anyTimed ? grid : null,
    trend: { s, z, p, trend },
    previousPeriod: {
      crimes: compared ? previousCrimes : null,
      rateRatio: ratio?.rateRatio ?? Number.NaN,
      ciLow: ratio?.ciLow ?? Number.NaN,
      ciHigh: ratio?.ciHigh ?? Number.NaN,
    },
    pai: pai(crimes, inputs.forceCrimes, areaKm2, inputs.forceAreaKm2),
  };
}
