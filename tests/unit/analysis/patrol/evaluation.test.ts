// Patrol against control place-days: the exact rate ratio through the wrapper against R's poisson.test example,
// Southend's harm per place-day, carry-over, place-days outside the schedule and the caveats.
import { describe, expect, it } from 'vitest';
import { evaluatePatrols, type PlaceDayCount } from '../../../../src/analysis/patrol/evaluation';
import type { PlaceDay } from '../../../../src/analysis/patrol/schedule';
import { addDays } from '../../../../src/analysis/patrol/schedule-days';

/** |actual − printed| within half a unit in the printed value's last decimal place (as rate-ratio.test.ts). */
function expectPrinted(actual: number, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expect(Math.abs(actual - Number(printed))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-15);
}

/** `days` place-days of one hotspot from 2025-01-01 on, with `crimes` spread one per day over the first ones. */
function arm(hotspotId: string, armName: 'patrol' | 'control', firstDay: string, days: number, crimes: number) {
  const placeDays: PlaceDay[] = [];
  const counts: PlaceDayCount[] = [];
  for (let i = 0; i < days; i++) {
    const dayIso = addDays(firstDay, i);
    placeDays.push({ hotspotId, dayIso, arm: armName });
    if (i < crimes) counts.push({ hotspotId, dayIso, crimes: 1, harm: 2 });
  }
  return { placeDays, counts };
}

describe('the rate ratio on place-days', () => {
  it("is R's poisson.test with the day counts as exposures (example(poisson.test), eba1977)", () => {
    // R, tests/Examples/stats-Ex.Rout.save: poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) → rate ratio
    // 1.971488, 95 percent confidence interval 0.8584264 4.2772659, p-value = 0.07967 (as in rate-ratio.test.ts):
    // here 11 crimes on 800 patrol days against 21 on 3011 control days.
    const patrol = arm('H01', 'patrol', '2020-01-01', 800, 11);
    const control = arm('H01', 'control', '2023-01-01', 3011, 21);
    const e = evaluatePatrols([...patrol.placeDays, ...control.placeDays], [...patrol.counts, ...control.counts]);
    const o = e.overall;
    expect([o.patrolDays, o.controlDays, o.patrolCrimes, o.controlCrimes]).toEqual([800, 3011, 11, 21]);
    expectPrinted(o.rateRatio, '1.971488');
    expectPrinted(o.ciLow, '0.8584264');
    expectPrinted(o.ciHigh, '4.2772659');
    expectPrinted(o.p, '0.07967');
    expect(e.hotspots.H01).toEqual(o);
    expect([o.patrolHarm, o.controlHarm]).toEqual([22, 42]);
  });

  it('adds counts for the same place-day, and leaves out (and reports) counts the schedule does not list', () => {
    const placeDays: PlaceDay[] = [
      { hotspotId: 'H01', dayIso: '2025-01-01', arm: 'patrol' },
      { hotspotId: 'H01', dayIso: '2025-01-02', arm: 'control' },
    ];
    const counts: PlaceDayCount[] = [
      { hotspotId: 'H01', dayIso: '2025-01-01', crimes: 2, harm: 1 },
      { hotspotId: 'H01', dayIso: '2025-01-01', crimes: 1, harm: 1 },
      { hotspotId: 'H01', dayIso: '2025-01-03', crimes: 5, harm: 9 },
      { hotspotId: 'H09', dayIso: '2025-01-02', crimes: 4, harm: 9 },
    ];
    const e = evaluatePatrols(placeDays, counts);
    expect([e.overall.patrolCrimes, e.overall.controlCrimes, e.crimesOutsideSchedule]).toEqual([3, 0, 9]);
    expect(e.overall.rateRatio).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives NaN figures, not a number, for a hotspot with no control days', () => {
    const e = evaluatePatrols([{ hotspotId: 'H01', dayIso: '2025-01-01', arm: 'patrol' }], []);
    expect(e.hotspots.H01.rateRatio).toBeNaN();
    expect(e.hotspots.H01.ciHigh).toBeNaN();
  });
});

describe('harm per place-day (Southend)', () => {
  it("reproduces Basford et al. (2021)'s 1.07 against 9.30 as 88.5% lower", () => {
    const placeDays: PlaceDay[] = [];
    const counts: PlaceDayCount[] = [];
    for (let i = 0; i < 100; i++) {
      const dayIso = addDays('2025-01-01', i);
      placeDays.push({ hotspotId: 'H01', dayIso, arm: i % 2 ? 'control' : 'patrol' });
      placeDays.push({ hotspotId: 'H02', dayIso, arm: i % 2 ? 'patrol' : 'control' });
    }
    // 100 patrol place-days with 107 harm in all, 100 control place-days with 930.
    counts.push({ hotspotId: 'H01', dayIso: '2025-01-01', crimes: 1, harm: 107 });
    counts.push({ hotspotId: 'H02', dayIso: '2025-01-03', crimes: 1, harm: 930 });
    const [all, h1, h2] = evaluatePatrols(placeDays, counts).harmPerPlaceDay;
    expect(all.hotspotId).toBeNull();
    expect([all.patrol, all.control]).toEqual([1.07, 9.3]);
    expect(all.lowerPercent.toFixed(1)).toBe('88.5');
    expect([h1.hotspotId, h1.patrol, h1.control]).toEqual(['H01', 2.14, 0]);
    expect(h1.lowerPercent).toBeNaN();
    expect([h2.hotspotId, h2.patrol, h2.control]).toEqual(['H02', 0, 18.6]);
  });
});

describe('carry-over', () => {
  it('compares control days straight after a patrol day with the other control days', () => {
    // Pattern per week: patrol, control (after patrol), control, control, ... for one hotspot over 70 days.
    const placeDays: PlaceDay[] = [];
    const counts: PlaceDayCount[] = [];
    for (let i = 0; i < 70; i++) {
      const dayIso = addDays('2025-01-06', i);
      const armName = i % 7 === 0 ? 'patrol' : 'control';
      placeDays.push({ hotspotId: 'H01', dayIso, arm: armName });
      const crimes = i % 7 === 1 ? 1 : armName === 'control' ? 3 : 2;
      counts.push({ hotspotId: 'H01', dayIso, crimes, harm: crimes });
    }
    const e = evaluatePatrols(placeDays, counts);
    const c = e.carryOver;
    expect([c.afterPatrolDays, c.afterPatrolCrimes, c.otherControlDays, c.otherControlCrimes]).toEqual([
      10, 10, 50, 150,
    ]);
    expect(c.rateRatio).toBeCloseTo(1 / 3, 12);
    expect(c.ciHigh).toBeLessThan(1);
    expect(e.caveats.map((x) => x.code)).toContain('carry-over');
    expect(e.caveats.find((x) => x.code === 'carry-over')!.sentence).toBe(
      'Control days right after a patrol day had fewer crimes than other control days (rate ratio 0.33): the patrols may act into the next day, which makes the patrol-against-control difference understate them.',
    );
  });
});

describe('method and caveats', () => {
  it('says how the numbers were made, and warns when there are few crimes', () => {
    const patrol = arm('H01', 'patrol', '2025-01-01', 10, 3);
    const control = arm('H01', 'control', '2025-02-01', 10, 5);
    const e = evaluatePatrols([...patrol.placeDays, ...control.placeDays], [...patrol.counts, ...control.counts]);
    expect(e.method).toMatch(
      /^Crimes per place-day \(one hotspot on one patrol day, 06:00 to 05:59\) on the 10 patrol/,
    );
    expect(e.caveats.find((c) => c.code === 'day-boundary')!.sentence).toBe(
      'Crimes count on the patrol day running from 06:00, so one before 06:00 counts on the day before, the night it belongs to.',
    );
    expect(e.method).toContain("conditional Poisson test (Przyborowski & Wileński 1940, as R's poisson.test)");
    expect(e.caveats.map((c) => c.code)).toEqual([
      'intention-to-treat',
      'independence',
      'harm-descriptive',
      'displacement',
      'day-boundary',
      'recorded-time',
      'few-crimes',
    ]);
    expect(e.caveats.find((c) => c.code === 'few-crimes')!.sentence).toBe(
      'Only 8 crimes in all: the interval is wide, and a real effect could easily go undetected.',
    );
    const midnight = evaluatePatrols(patrol.placeDays, [], { dayStartMinutes: 0 });
    expect(midnight.caveats.find((c) => c.code === 'day-boundary')!.sentence).toMatch(
      /^Crimes count on their calendar day \(the patrol day starts at 00:00\)/,
    );
  });
});
