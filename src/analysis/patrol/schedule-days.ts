// Calendar arithmetic for patrol schedules, on plain `YYYY-MM-DD` strings and local clock times (no time zone: the
// schedule, the crimes' `occurred_at` and the pings all use the force's own clock, so UTC arithmetic on dates is exact
// and a clock change never moves a patrol day).

const DAY_MS = 86_400_000;
const DAY_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const STAMP = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Thames Valley's GRIP patrol day runs 06:00–05:59, so a late-night visit or crime stays with the evening before. */
export const DEFAULT_DAY_START_MINUTES = 6 * 60;

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-29 is not one). */
export function isDayIso(value: string): boolean {
  const m = DAY_ISO.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

const msOf = (dayIso: string) => Date.parse(`${dayIso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(dayIso: string, days: number): string {
  return isoOf(msOf(dayIso) + days * DAY_MS);
}

/** Every day from `fromIso` to `toIso`, both included; empty when `toIso` is before `fromIso`. */
export function dayRange(fromIso: string, toIso: string): string[] {
  const days: string[] = [];
  for (let ms = msOf(fromIso), end = msOf(toIso); ms <= end; ms += DAY_MS) days.push(isoOf(ms));
  return days;
}

/** 0 = Monday … 6 = Sunday, as the hotspot profile's `byHourWeekday` (DuckDB `isodow − 1`). */
export function weekdayOf(dayIso: string): number {
  return (new Date(msOf(dayIso)).getUTCDay() + 6) % 7;
}

/** `HH:MM` → minutes after midnight, or null when it is not a clock time. */
export function parseClock(value: string): number | null {
  const m = CLOCK.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const two = (n: number) => String(n).padStart(2, '0');

export function formatClock(minutes: number): string {
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** A local time `YYYY-MM-DD HH:MM[:SS]` (or with a `T`) as its date and minutes after midnight, or null. */
export function parseStamp(value: string): { dayIso: string; minute: number } | null {
  const m = STAMP.exec(value.trim());
  if (!m || !isDayIso(m[1])) return null;
  return { dayIso: m[1], minute: Number(m[2]) * 60 + Number(m[3]) };
}

/** The stamp `minutesAfter` minutes after midnight of `dayIso` (may run into the next days), as `YYYY-MM-DD HH:MM`. */
export function formatStamp(dayIso: string, minutesAfter: number): string {
  const days = Math.floor(minutesAfter / 1440);
  return `${addDays(dayIso, days)} ${formatClock(minutesAfter - days * 1440)}`;
}

/**
 * The patrol day a local time belongs to: its own date from the day start on, else the date before. With the 06:00
 * default a 01:00 crime on Saturday counts on Friday's patrol day, the night it belongs to.
 */
export function patrolDayOf(
  dayIso: string,
  minute: number,
  dayStartMinutes: number = DEFAULT_DAY_START_MINUTES,
): string {
  return minute >= dayStartMinutes ? dayIso : addDays(dayIso, -1);
}
