/** What the analyst has chosen to look at; every map, table and statistic is computed from one of these. */
export interface CrimeFilter {
  /** H3 resolution of the hex grid, 7 (≈5 km²) to 10 (≈0.015 km²). */
  resolution: number;
  /** data.police.uk crime types to include; an empty list means all types. */
  crimeTypes: string[];
  /** First and last month included, `YYYY-MM`; null means unbounded. */
  fromMonth: string | null;
  toMonth: string | null;
}

export const MIN_RESOLUTION = 7;
export const MAX_RESOLUTION = 10;

export const DEFAULT_FILTER: CrimeFilter = { resolution: 9, crimeTypes: [], fromMonth: null, toMonth: null };

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonthIso(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** Clamp and clean a filter that came from the URL or the UI, so SQL never sees a bad value. */
export function sanitiseFilter(filter: CrimeFilter): CrimeFilter {
  const resolution = Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, Math.round(filter.resolution || 9)));
  const fromMonth = filter.fromMonth && isMonthIso(filter.fromMonth) ? filter.fromMonth : null;
  const toMonth = filter.toMonth && isMonthIso(filter.toMonth) ? filter.toMonth : null;
  return { resolution, crimeTypes: [...new Set(filter.crimeTypes)].sort(), fromMonth, toMonth };
}
