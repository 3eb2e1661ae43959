import type { CubeRow } from './crime-cube';
import { monthCount } from './hotspot-proposal/months';
import { poissonRateRatio, type RateRatioResult } from './rate-ratio';

/** A plan's measure as the figures need it: what is counted and the two periods (first and last month included). */
export interface MeasureSpec {
  kind: 'crimes' | 'harm';
  /** [] = every type. */
  crimeTypes: string[];
  before: { fromMonth: string; toMonth: string };
  after: { fromMonth: string; toMonth: string };
}

export interface MeasureFigures {
  before: number;
  after: number;
  /** Per month, so periods of different lengths compare. */
  beforePerMonth: number;
  afterPerMonth: number;
  /** For counts: the exact Poisson rate ratio (after against before, per month) as the profiles use; null for harm. */
  rateRatio: RateRatioResult | null;
}

const inPeriod = (monthIso: string, p: { fromMonth: string; toMonth: string }) =>
  monthIso >= p.fromMonth && monthIso <= p.toMonth;

/**
 * A measure's before and after figures from a place's cube (type × month × weekday × hour): crimes or harm of its types
 * in each period, per month, and for crimes the rate ratio with its 95% interval (R's `poisson.test` with the periods'
 * lengths as exposures). Harm is not a count, so it gets no Poisson interval.
 */
export function measureFigures(rows: CubeRow[], measure: MeasureSpec): MeasureFigures | null {
  const { before, after } = measure;
  if (!(before.fromMonth <= before.toMonth && after.fromMonth <= after.toMonth)) return null;
  const types = measure.crimeTypes.length > 0 ? new Set(measure.crimeTypes) : null;
  let b = 0;
  let a = 0;
  for (const r of rows) {
    if (types && !types.has(r.crimeType)) continue;
    const value = measure.kind === 'harm' ? r.harm : r.crimes;
    if (inPeriod(r.monthIso, before)) b += value;
    if (inPeriod(r.monthIso, after)) a += value;
  }
  const beforeMonths = monthCount(before.fromMonth, before.toMonth);
  const afterMonths = monthCount(after.fromMonth, after.toMonth);
  return {
    before: b,
    after: a,
    beforePerMonth: b / beforeMonths,
    afterPerMonth: a / afterMonths,
    rateRatio:
      measure.kind === 'crimes'
        ? poissonRateRatio(a, b, { currentExposure: afterMonths, previousExposure: beforeMonths })
        : null,
  };
}
