// The randomised patrol schedule: balance (blocked exactly k a day; simple within binomial bounds), reproducibility
// from the seed (pinned by a golden CSV, REGEN=1 rewrites it deliberately), visit placement and the patrol day.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchedule, type Schedule, type ScheduleOptions } from '../../../../src/analysis/patrol/schedule';
import { formatScheduleCsv } from '../../../../src/analysis/patrol/schedule-csv';
import { parseStamp, patrolDayOf, weekdayOf } from '../../../../src/analysis/patrol/schedule-days';

const IDS = Array.from({ length: 18 }, (_, i) => `H${String(i + 1).padStart(2, '0')}`);
const EVERY_HOUR: ScheduleOptions['windows'] = {
  kind: 'hand',
  weekdays: [0, 1, 2, 3, 4, 5, 6],
  fromHour: 6,
  toHour: 5,
};
const YEAR: ScheduleOptions = {
  hotspotIds: IDS,
  fromIso: '2025-01-01',
  toIso: '2025-12-31',
  seed: 20250101,
  share: 1 / 3,
  method: 'blocked',
  windows: EVERY_HOUR,
};

function plan(options: Partial<ScheduleOptions> = {}): Schedule {
  const result = planSchedule({ ...YEAR, ...options });
  if ('problem' in result) throw new Error(result.problem.sentence);
  return result.schedule;
}

const patrolPerDay = (s: Schedule) => {
  const days = new Map<string, number>();
  for (const d of s.placeDays) days.set(d.dayIso, (days.get(d.dayIso) ?? 0) + (d.arm === 'patrol' ? 1 : 0));
  return [...days.values()];
};

describe('randomisation', () => {
  it('blocked: exactly round(share × n) hotspots on patrol every day (6 of 18 for 1 in 3, and for 0.33)', () => {
    for (const share of [1 / 3, 0.33]) {
      const s = plan({ share });
      expect(s.placeDays).toHaveLength(18 * 365);
      expect(new Set(patrolPerDay(s))).toEqual(new Set([6]));
    }
  });

  it('blocked: every hotspot is drawn near its fair share of days (365/3 ± 4 binomial sd)', () => {
    const s = plan();
    for (const id of IDS) {
      const n = s.placeDays.filter((d) => d.hotspotId === id && d.arm === 'patrol').length;
      expect(Math.abs(n - 365 / 3)).toBeLessThan(4 * Math.sqrt((365 * 2) / 9));
    }
  });

  it('simple: each place-day on its own, so the patrol share is binomial and the daily count varies', () => {
    const s = plan({ method: 'simple', share: 0.33 });
    const patrol = s.placeDays.filter((d) => d.arm === 'patrol').length;
    const n = 18 * 365;
    // ±4 sd of Binomial(6570, 0.33): a fair coin lands outside less than once in 15,000 schedules.
    expect(Math.abs(patrol - n * 0.33)).toBeLessThan(4 * Math.sqrt(n * 0.33 * 0.67));
    expect(new Set(patrolPerDay(s)).size).toBeGreaterThan(3);
  });

  it('is reproducible: the same seed gives byte-identical CSV, another seed a different one', () => {
    const csv = formatScheduleCsv(plan());
    expect(formatScheduleCsv(plan())).toBe(csv);
    expect(formatScheduleCsv(plan({ seed: 20250102 }))).not.toBe(csv);
    // The hotspots' order in the file does not matter: they are drawn in id order.
    expect(formatScheduleCsv(plan({ hotspotIds: [...IDS].reverse() }))).toBe(csv);
  });

  it('draws the arms apart from the visit times: a longer dwell moves no arm', () => {
    const arms = (s: Schedule) => s.placeDays.map((d) => d.arm).join();
    expect(arms(plan({ dwellMinutes: 20, visitsPerDay: 3 }))).toBe(arms(plan()));
  });

  it('matches the golden schedule (3 hotspots, a week, seed 7): a seed keeps its schedule across releases', () => {
    const golden = path.join(import.meta.dirname, 'schedule.golden.csv');
    const hand: ScheduleOptions['windows'] = { kind: 'hand', weekdays: [2, 3, 4, 5], fromHour: 15, toHour: 22 };
    const csv = formatScheduleCsv(
      plan({
        hotspotIds: ['H01', 'H02', 'H03'],
        fromIso: '2025-03-03',
        toIso: '2025-03-09',
        seed: 7,
        share: 0.33,
        windows: hand,
      }),
    );
    if (process.env.REGEN === '1') writeFileSync(golden, csv);
    expect(csv).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('visits', () => {
  it('stay inside a hand window (Wed–Sat 15–22): no other days are scheduled, every dwell ends within its hour', () => {
    const s = plan({ windows: { kind: 'hand', weekdays: [2, 3, 4, 5], fromHour: 15, toHour: 22 }, visitsPerDay: 2 });
    expect(new Set(s.placeDays.map((d) => weekdayOf(d.dayIso)))).toEqual(new Set([2, 3, 4, 5]));
    expect(s.visits.length).toBe(2 * s.placeDays.filter((d) => d.arm === 'patrol').length);
    for (const v of s.visits) {
      const { dayIso, minute } = parseStamp(v.start)!;
      expect(dayIso).toBe(v.dayIso);
      expect(Math.floor(minute / 60)).toBeGreaterThanOrEqual(15);
      expect(Math.floor(minute / 60)).toBeLessThan(22);
      expect((minute % 60) + v.dwellMinutes).toBeLessThanOrEqual(60);
    }
  });

  it("follow the harm grid's weights (3 : 1 between 20:00 and 21:00, within 4 sd)", () => {
    const grid = Array.from({ length: 7 }, () =>
      Array.from({ length: 24 }, (_, h) => (h === 20 ? 3 : h === 21 ? 1 : 0)),
    );
    const windows = Object.fromEntries(IDS.map((id) => [id, { kind: 'harm-grid' as const, byHourWeekday: grid }]));
    const s = plan({ windows });
    const at20 = s.visits.filter((v) => v.start.slice(11, 13) === '20').length;
    expect(s.visits.every((v) => ['20', '21'].includes(v.start.slice(11, 13)))).toBe(true);
    const n = s.visits.length;
    expect(Math.abs(at20 - 0.75 * n)).toBeLessThan(4 * Math.sqrt(n * 0.75 * 0.25));
  });

  it('put a visit in the small hours on the evening before: Saturday 01:00 harm is Friday’s patrol day', () => {
    const grid = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 24 }, (_, h) => (d === 5 && h === 1 ? 1 : 0)),
    );
    const windows = { H01: { kind: 'harm-grid' as const, byHourWeekday: grid } };
    const week = {
      hotspotIds: ['H01'],
      fromIso: '2025-03-03',
      toIso: '2025-03-16',
      share: 0.5,
      method: 'simple' as const,
    };
    const friday = plan({ ...week, windows, seed: 3 }).visits.filter((v) => weekdayOf(v.dayIso) === 4);
    expect(friday.length).toBeGreaterThan(0);
    for (const v of friday) expect(v.start).toMatch(new RegExp(`^${v.dayIso.slice(0, 8)}\\d\\d 01:`));
    for (const v of friday) expect(patrolDayOf(v.start.slice(0, 10), 60)).toBe(v.dayIso);
    // With the day starting at midnight the same hour is Saturday's own.
    const midnight = plan({ ...week, windows, seed: 3, dayStartMinutes: 0 }).visits;
    expect(midnight.filter((v) => v.start.slice(11, 13) === '01').every((v) => weekdayOf(v.dayIso) === 5)).toBe(true);
  });

  it('stop at the daily cap: 3 visits a day of 15 minutes under a 30-minute cap is 2, never overlapping', () => {
    const s = plan({ visitsPerDay: 3, dailyCapMinutes: 30 });
    const byDay = new Map<string, string[]>();
    for (const v of s.visits)
      byDay.set(`${v.hotspotId}|${v.dayIso}`, [...(byDay.get(`${v.hotspotId}|${v.dayIso}`) ?? []), v.start]);
    expect(new Set([...byDay.values()].map((starts) => starts.length))).toEqual(new Set([2]));
    for (const starts of byDay.values()) expect(starts[0].slice(0, 13)).not.toBe(starts[1].slice(0, 13));
    expect(byDay.size).toBe(s.placeDays.filter((d) => d.arm === 'patrol').length);
  });

  it('go to random hours, with a note, for a hotspot with no harm in its grid', () => {
    const empty = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    const windows = { H01: { kind: 'harm-grid' as const, byHourWeekday: empty } };
    const s = plan({ hotspotIds: ['H01'], windows, share: 0.5, method: 'simple' });
    expect(s.visits.length).toBe(s.placeDays.filter((d) => d.arm === 'patrol').length);
    expect(s.notes.map((n) => n.code)).toEqual(['empty-window']);
  });
});

describe('option problems, each a sentence', () => {
  it.each([
    [{ fromIso: '2025-02-29' }, 'bad-date', 'The first day must be a date as YYYY-MM-DD (got "2025-02-29").'],
    [{ toIso: '2024-12-31' }, 'range-reversed', 'The last day (2024-12-31) is before the first (2025-01-01).'],
    [{ toIso: '2205-01-01' }, 'range-too-long', 'The range runs over 3660 days; check the years.'],
    [{ seed: 1.5 }, 'bad-seed', 'The seed must be a whole number from 0 to 4294967295 (got 1.5).'],
    [{ share: 1 }, 'bad-share', 'The patrol share must be between 0 and 1, e.g. 0.33 for 1 in 3 (got 1).'],
    [{ hotspotIds: [] }, 'no-hotspots', 'There are no GRIP hotspots to schedule.'],
    [{ hotspotIds: ['H01', 'H01'] }, 'duplicate-hotspot', 'Hotspot H01 is listed twice.'],
    [{ windows: {} }, 'missing-window', 'Hotspot H01 has no visit window (no harm grid and no hand window).'],
    [
      { windows: { kind: 'hand', weekdays: [7], fromHour: 15, toHour: 22 } },
      'bad-window',
      'The visit window of H01 cannot be used: name weekdays 0 (Mon) … 6 (Sun).',
    ],
    [{ dwellMinutes: 90 }, 'bad-dwell', 'The dwell must be 1–60 whole minutes (got 90).'],
    [{ visitsPerDay: 0 }, 'bad-visits', 'Visits per day must be 1–24 (got 0).'],
    [{ dailyCapMinutes: 10 }, 'bad-cap', 'A daily cap of 10 minutes leaves no room for one 15-minute visit.'],
    [{ dayStartMinutes: 390 }, 'bad-day-start', 'The patrol day must start on the hour, 00:00–23:00 (got 06:30).'],
    [{ share: 0.02 }, 'blocked-rounds-away', 'Blocked: 0.02 of 18 hotspots rounds to 0 a day, leaving no patrol.'],
  ] as [Partial<ScheduleOptions>, string, string][])('%j → %s', (options, code, sentence) => {
    const result = planSchedule({ ...YEAR, ...options });
    expect(result).toEqual({ problem: { code, sentence } });
  });
});
