/** What the analyst has chosen to look at; every map, table and statistic is computed from one of these. */
export interface CrimeFilter {
  /** H3 resolution of the hex grid, 7 (≈5 km²) to 10 (≈0.015 km²). */
  resolution: number;
  /** data.police.uk crime types to include; an empty list means all types. */
  crimeTypes: string[];
  /** First and last month included, `YYYY-MM`; null means unbounded. */
  fromMonth: string | null;
  toMonth: string | null;
  /**
   * Hours of the day, first and last included (0–23), from `occurred_at`; `[22, 3]` wraps past midnight (22:00–03:59).
   * Absent: every hour. A crime without a time (police.uk: months only) is left out once hours are chosen.
   */
  hours?: [number, number];
  /** Days of the week, 0 = Monday … 6 = Sunday; absent: every day. Needs `occurred_at` as hours do. */
  weekdays?: number[];
  /** First and last day included, `YYYY-MM-DD`, from `occurred_at`: time playback by week or day. */
  fromDay?: string;
  toDay?: string;
}

export const MIN_RESOLUTION = 7;
export const MAX_RESOLUTION = 10;

export const DEFAULT_FILTER: CrimeFilter = { resolution: 9, crimeTypes: [], fromMonth: null, toMonth: null };

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isMonthIso(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

export function isDayIso(value: string): boolean {
  return DAY_PATTERN.test(value);
}

const isHour = (h: unknown): h is number => Number.isInteger(h) && (h as number) >= 0 && (h as number) <= 23;

/** Whether a filter picks only some hours, days of the week or days: then only crimes with a time can match. */
export function needsTimes(filter: CrimeFilter): boolean {
  return Boolean(filter.hours || filter.weekdays || filter.fromDay || filter.toDay);
}

/**
 * Clamp and clean a filter that came from the URL or the UI, so SQL never sees a bad value. The optional time fields
 * are left out when they select everything, so two filters that mean the same compare equal as JSON.
 */
export function sanitiseFilter(filter: CrimeFilter): CrimeFilter {
  const resolution = Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, Math.round(filter.resolution || 9)));
  const fromMonth = filter.fromMonth && isMonthIso(filter.fromMonth) ? filter.fromMonth : null;
  const toMonth = filter.toMonth && isMonthIso(filter.toMonth) ? filter.toMonth : null;
  const clean: CrimeFilter = { resolution, crimeTypes: [...new Set(filter.crimeTypes)].sort(), fromMonth, toMonth };
  const hours = filter.hours;
  const allHours = hours && (hours[1] + 1) % 24 === hours[0];
  if (hours && isHour(hours[0]) && isHour(hours[1]) && !allHours) clean.hours = [hours[0], hours[1]];
  const weekdays = [...new Set(filter.weekdays ?? [])].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6).sort();
  if (weekdays.length > 0 && weekdays.length < 7) clean.weekdays = weekdays;
  if (filter.fromDay && isDayIso(filter.fromDay)) clean.fromDay = filter.fromDay;
  if (filter.toDay && isDayIso(filter.toDay)) clean.toDay = filter.toDay;
  return clean;
}

/** The hours a filter's range covers, in order from its first hour (wrapping past midnight). */
export function hoursOf(range: [number, number]): number[] {
  const length = ((range[1] - range[0] + 24) % 24) + 1;
  return Array.from({ length }, (_, i) => (range[0] + i) % 24);
}
