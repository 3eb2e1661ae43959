// Dosage per hotspot and patrol day: union vs sum over units, Koper compliance edges, the 06:00 patrol-day boundary,
// visit logs through the same code, and the Home Office returns table.
import { describe, expect, it } from 'vitest';
import { dosageFromVisitLog, patrolDosage } from '../../../../src/analysis/patrol/dosage';
import { monthlyPatrolHours } from '../../../../src/analysis/patrol/home-office-returns';
import { type PatrolVisit } from '../../../../src/analysis/patrol/visits';
import { ms } from './dosage-tracks';

const visit = (unitId: string, start: string, end: string, hotspotId = 'A'): PatrolVisit => ({
  hotspotId,
  unitId,
  startMs: ms(start),
  endMs: ms(end),
});
const only = (visits: PatrolVisit[], passThroughs: PatrolVisit[] = []) => patrolDosage({ visits, passThroughs });

describe('patrol-minutes are the union over units, officer-minutes the sum', () => {
  it.each([
    {
      name: 'two units overlapping 5 minutes',
      visits: [
        visit('U1', '2025-03-07 10:00:00', '2025-03-07 10:15:00'),
        visit('U2', '2025-03-07 10:10:00', '2025-03-07 10:25:00'),
      ],
      patrolMinutes: 25,
      officerMinutes: 30,
    },
    {
      name: 'one unit inside the other’s visit',
      visits: [
        visit('U1', '2025-03-07 10:00:00', '2025-03-07 10:30:00'),
        visit('U2', '2025-03-07 10:05:00', '2025-03-07 10:10:00'),
      ],
      patrolMinutes: 30,
      officerMinutes: 35,
    },
    {
      name: 'two visits apart',
      visits: [
        visit('U1', '2025-03-07 10:00:00', '2025-03-07 10:10:00'),
        visit('U2', '2025-03-07 11:00:00', '2025-03-07 11:12:00'),
      ],
      patrolMinutes: 22,
      officerMinutes: 22,
    },
    {
      name: 'three units, a chain of overlaps, given out of order',
      visits: [
        visit('U3', '2025-03-07 10:20:00', '2025-03-07 10:40:00'),
        visit('U1', '2025-03-07 10:00:00', '2025-03-07 10:15:00'),
        visit('U2', '2025-03-07 10:10:00', '2025-03-07 10:25:00'),
      ],
      patrolMinutes: 40,
      officerMinutes: 50,
    },
  ])('$name: patrol $patrolMinutes min, officer $officerMinutes min', ({ visits, patrolMinutes, officerMinutes }) => {
    const { days, hotspots } = only(visits);
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({ visits: visits.length, patrolMinutes, officerMinutes });
    expect(hotspots.A).toMatchObject({ visits: visits.length, patrolMinutes, officerMinutes });
  });
});

describe('Koper compliance: the share of visits lasting 10–15 minutes inclusive, and at least 10', () => {
  it.each([
    { end: '10:09:59', koper10to15: 0, koperAtLeast10: 0 },
    { end: '10:10:00', koper10to15: 1, koperAtLeast10: 1 },
    { end: '10:15:00', koper10to15: 1, koperAtLeast10: 1 },
    { end: '10:15:00.600', koper10to15: 0, koperAtLeast10: 1 }, // 15.01 minutes
    { end: '10:40:00', koper10to15: 0, koperAtLeast10: 1 },
  ])('a visit 10:00 to $end', ({ end, koper10to15, koperAtLeast10 }) => {
    const { hotspots } = only([visit('U1', '2025-03-07 10:00:00', `2025-03-07 ${end}`)]);
    expect(hotspots.A).toMatchObject({ koper10to15, koperAtLeast10 });
  });

  it('over several visits the shares are of visits, pass-throughs not counted; none visited: null, not 0', () => {
    const visits = ['10:05:00', '10:10:00', '10:15:00', '10:20:00'].map((end) =>
      visit('U1', '2025-03-07 10:00:00', `2025-03-07 ${end}`),
    );
    const passThrough = visit('U2', '2025-03-07 10:00:00', '2025-03-07 10:00:30');
    const { hotspots } = patrolDosage({ visits, passThroughs: [passThrough] }, { hotspotIds: ['A', 'Z'] });
    expect(hotspots.A).toMatchObject({ visits: 4, passThroughs: 1, koper10to15: 0.5, koperAtLeast10: 0.75 });
    expect(hotspots.Z).toEqual({
      visits: 0,
      passThroughs: 0,
      patrolMinutes: 0,
      officerMinutes: 0,
      koper10to15: null,
      koperAtLeast10: null,
      longestVisitMinutes: 0,
    });
  });
});

describe('a visit belongs to the patrol day it starts in (06:00 to 05:59 by default)', () => {
  it.each([
    { name: 'across midnight', start: '2025-03-07 23:50:00', end: '2025-03-08 00:20:00', dayIso: '2025-03-07' },
    {
      name: 'after midnight, before 06:00',
      start: '2025-03-08 02:00:00',
      end: '2025-03-08 02:15:00',
      dayIso: '2025-03-07',
    },
    {
      name: 'across the 06:00 boundary',
      start: '2025-03-08 05:50:00',
      end: '2025-03-08 06:10:00',
      dayIso: '2025-03-07',
    },
    {
      name: 'starting at 06:00 exactly',
      start: '2025-03-08 06:00:00',
      end: '2025-03-08 06:15:00',
      dayIso: '2025-03-08',
    },
  ])('$name: patrol day $dayIso, all its minutes there', ({ start, end, dayIso }) => {
    const v = visit('U1', start, end);
    expect(only([v]).days).toEqual([
      expect.objectContaining({ dayIso, officerMinutes: (v.endMs - v.startMs) / 60_000 }),
    ]);
  });

  it('the boundary is a parameter: at 00:00 a patrol day is the calendar day', () => {
    const v = visit('U1', '2025-03-08 02:00:00', '2025-03-08 02:15:00');
    expect(patrolDosage({ visits: [v], passThroughs: [] }, { dayStartMinutes: 0 }).days[0].dayIso).toBe('2025-03-08');
    expect(() => patrolDosage({ visits: [v], passThroughs: [] }, { dayStartMinutes: 1440 })).toThrow(/patrol day/);
  });

  it('two units overlapping either side of 06:00 fall on two patrol days; the totals add the days up', () => {
    const late = visit('U1', '2025-03-08 05:50:00', '2025-03-08 06:10:00');
    const early = visit('U2', '2025-03-08 06:00:00', '2025-03-08 06:15:00');
    const { days, hotspots } = only([late, early]);
    expect(days.map((d) => [d.dayIso, d.patrolMinutes])).toEqual([
      ['2025-03-07', 20],
      ['2025-03-08', 15],
    ]);
    expect(hotspots.A).toMatchObject({ visits: 2, patrolMinutes: 35, officerMinutes: 35 });
  });
});

describe('visit logs (no pings) go through the same rules', () => {
  it('a logged visit under the minimum dwell is a pass-through; union, sum and Koper as for pings', () => {
    const log = [
      visit('U1', '2025-03-07 10:00:00', '2025-03-07 10:15:00'),
      visit('U2', '2025-03-07 10:10:00', '2025-03-07 10:25:00'),
      visit('U3', '2025-03-07 10:30:00', '2025-03-07 10:30:00'),
    ];
    expect(dosageFromVisitLog(log).hotspots.A).toEqual({
      visits: 2,
      passThroughs: 1,
      patrolMinutes: 25,
      officerMinutes: 30,
      koper10to15: 1,
      koperAtLeast10: 1,
      longestVisitMinutes: 15,
    });
    expect(() => dosageFromVisitLog([visit('U1', '2025-03-07 10:15:00', '2025-03-07 10:00:00')])).toThrow(
      /ends before/,
    );
  });
});

describe('the Home Office returns table: patrol hours per hotspot per month of the patrol day', () => {
  it('adds the days up by month; a patrol day of 31 January running into 1 February counts in January', () => {
    const { days } = only([
      visit('U1', '2025-01-05 10:00:00', '2025-01-05 10:30:00'),
      visit('U2', '2025-01-05 10:15:00', '2025-01-05 10:45:00'),
      visit('U1', '2025-02-01 02:00:00', '2025-02-01 02:15:00'),
      visit('U1', '2025-02-01 07:00:00', '2025-02-01 08:00:00'),
      visit('U1', '2025-02-01 07:00:00', '2025-02-01 07:30:00', 'B'),
    ]);
    expect(monthlyPatrolHours(days)).toEqual([
      { hotspotId: 'A', monthIso: '2025-01', patrolDays: 2, visits: 3, patrolHours: 1, officerHours: 1.25 },
      { hotspotId: 'A', monthIso: '2025-02', patrolDays: 1, visits: 1, patrolHours: 1, officerHours: 1 },
      { hotspotId: 'B', monthIso: '2025-02', patrolDays: 1, visits: 1, patrolHours: 0.5, officerHours: 0.5 },
    ]);
  });
});
