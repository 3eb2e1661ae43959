// Patrol times are clock readings with no time zone: a radio's "16:15:03" is read as 16:15:03 on that day, in
// whatever clock the force keeps (GMT or BST). Every conversion here goes through UTC so no zone or DST shift happens.

import { DEFAULT_DAY_START_MINUTES, patrolDayOf } from './schedule-days';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The Thames Valley patrol day (06:00 to 05:59): the one rule, in schedule-days.ts, shared by dosage and schedules. */
export const DEFAULT_PATROL_DAY_START_MINUTES = DEFAULT_DAY_START_MINUTES;

// 'YYYY-MM-DD HH:MM[:SS[.fff]]' or the ISO 'T' form; a trailing Z is the radio's habit, not a zone we apply.
const NAIVE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?Z?$/;

/** A 'YYYY-MM-DD HH:MM:SS' or ISO clock reading as epoch ms read as UTC; null when it is not one (or names a zone). */
export function parseNaiveTimestamp(text: string): number | null {
  const m = NAIVE_TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second = '0'] = m.slice(1, 7).map((x) => x ?? '0');
  const fraction = Number((m[7] ?? '0').padEnd(3, '0'));
  const ms = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, fraction);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a reading that does not round-trip is not a real clock time.
  if (back.getUTCDate() !== +day || back.getUTCMonth() !== +month - 1 || +hour > 23 || +minute > 59 || +second > 59)
    return null;
  return ms;
}

/** Epoch ms (a clock reading stored as UTC) back as 'YYYY-MM-DDTHH:MM:SS', with no Z: the pings' own clock. */
export function naiveIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/**
 * The patrol day a moment belongs to, as 'YYYY-MM-DD': the calendar date of the moment less the day-start boundary,
 * so with the 06:00 default 05:59 on the 2nd is still the 1st's patrol day.
 */
export function patrolDayOfMs(ms: number, dayStartMinutes: number = DEFAULT_PATROL_DAY_START_MINUTES): string {
  const stamp = new Date(ms).toISOString();
  const minute = Number(stamp.slice(11, 13)) * 60 + Number(stamp.slice(14, 16));
  return patrolDayOf(stamp.slice(0, 10), minute, dayStartMinutes);
}

/** The boundary as minutes after midnight, checked: a boundary outside the day would move visits by whole days. */
export function checkDayStart(dayStartMinutes: number): number {
  if (!(dayStartMinutes >= 0 && dayStartMinutes < MS_PER_DAY / MS_PER_MINUTE))
    throw new Error(`The patrol day must start between 00:00 and 23:59 (got ${dayStartMinutes} minutes).`);
  return dayStartMinutes;
}
