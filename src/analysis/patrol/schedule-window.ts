// A hand-chosen visit window written as a planner says it: "Wed-Sat 15-22", "Fri,Sat 20:00-02:00", "Mon-Sun 18-23".
import type { VisitWindow } from './schedule-visits';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOURS = /^([01]?\d|2[0-3])(?::00)?\s*[-–]\s*([01]?\d|2[0-3])(?::00)?$/;

const dayIndex = (name: string) => DAY_NAMES.indexOf(name.trim().toLowerCase().slice(0, 3));

/** Weekdays as "Wed-Sat" (a range may wrap: "Fri-Mon"), "Fri,Sat" or a mix; null when a name is not a weekday. */
function parseWeekdays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split(/[-–]/);
    if (extra !== undefined) return null;
    const a = dayIndex(from);
    const b = to === undefined ? a : dayIndex(to);
    if (a < 0 || b < 0 || from.trim().length < 3 || (to !== undefined && to.trim().length < 3)) return null;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return [...days].sort((x, y) => x - y);
}

/**
 * "<weekdays> <from>-<to>": patrol days on those weekdays, visits starting from hour `from` up to hour `to` on the
 * patrol day's clock (20-02 runs past midnight). Returns the window, or the sentence saying what is wrong.
 */
export function parseHandWindow(text: string): VisitWindow | { problem: string } {
  const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(text);
  const problem = {
    problem: `A visit window is weekdays and hours, e.g. "Wed-Sat 15-22" or "Fri,Sat 20:00-02:00" (got "${text}").`,
  };
  if (!m) return problem;
  const weekdays = parseWeekdays(m[1]);
  const hours = HOURS.exec(m[2]);
  if (!weekdays || !hours) return problem;
  const [fromHour, toHour] = [Number(hours[1]), Number(hours[2])];
  if (fromHour === toHour) return { problem: `A visit window needs two different hours (got "${m[2]}").` };
  return { kind: 'hand', weekdays, fromHour, toHour };
}
