// Planned vs delivered against a patrol/control schedule: delivered patrol days and contaminated control days.
import { describe, expect, it } from 'vitest';
import { deliveryAgainstSchedule, type ScheduledDay } from '../../../../src/analysis/patrol/dosage-delivery';
import { patrolDosage } from '../../../../src/analysis/patrol/dosage';
import { ms } from './dosage-tracks';

const visit = (hotspotId: string, start: string, minutes: number) => ({
  hotspotId,
  unitId: 'U1',
  startMs: ms(start),
  endMs: ms(start) + minutes * 60_000,
});

const { days } = patrolDosage({
  visits: [
    visit('A', '2025-03-01 19:00:00', 16), // patrol day, one visit past the target
    visit('A', '2025-03-02 19:00:00', 10), // patrol day, two visits, neither reaching 15
    visit('A', '2025-03-02 21:00:00', 14),
    visit('A', '2025-03-04 01:00:00', 15), // 01:00 on the 4th: the 3rd's patrol day, a control day
    visit('B', '2025-03-01 12:00:00', 20), // not on the schedule at all
  ],
  passThroughs: [visit('A', '2025-03-05 20:00:00', 0.5)], // a control day crossed, not visited
});

const schedule: ScheduledDay[] = [
  { hotspotId: 'A', dayIso: '2025-03-01', arm: 'patrol' },
  { hotspotId: 'A', dayIso: '2025-03-02', arm: 'patrol' },
  { hotspotId: 'A', dayIso: '2025-03-03', arm: 'control' },
  { hotspotId: 'A', dayIso: '2025-03-05', arm: 'control' },
  { hotspotId: 'A', dayIso: '2025-03-06', arm: 'patrol' }, // nobody came
  { hotspotId: 'A', dayIso: '2025-03-06', arm: 'patrol' }, // the same row twice counts once
  { hotspotId: 'C', dayIso: '2025-03-01', arm: 'patrol' },
  { hotspotId: 'C', dayIso: '2025-03-01', arm: 'control' }, // both arms: left out and named
];

describe('planned vs delivered', () => {
  it('a patrol day is delivered by one visit of at least the target; a control day with any visit is contaminated', () => {
    const result = deliveryAgainstSchedule(days, schedule);
    expect(result.hotspots.A).toEqual({
      patrolDays: 3,
      patrolDaysDelivered: 1,
      deliveredShare: 1 / 3,
      controlDays: 2,
      controlDaysVisited: 1,
      contaminationShare: 0.5,
    });
    expect(result.overall).toEqual(result.hotspots.A);
    expect(result.hotspots.C).toBeUndefined();
    expect(result.conflictingDays).toEqual([{ hotspotId: 'C', dayIso: '2025-03-01' }]);
    expect(result.unscheduledDaysVisited).toBe(1);
  });

  it.each([
    { targetMinutes: 10, delivered: 2 },
    { targetMinutes: 14, delivered: 2 },
    { targetMinutes: 16, delivered: 1 },
    { targetMinutes: 17, delivered: 0 },
  ])(
    'the dwell target is a parameter: $targetMinutes min delivers $delivered day(s)',
    ({ targetMinutes, delivered }) => {
      expect(deliveryAgainstSchedule(days, schedule, { targetMinutes }).hotspots.A.patrolDaysDelivered).toBe(delivered);
    },
  );

  it('with no control days the contamination share is null, not 0', () => {
    const result = deliveryAgainstSchedule(days, [{ hotspotId: 'A', dayIso: '2025-03-01', arm: 'patrol' }]);
    expect(result.overall).toMatchObject({ deliveredShare: 1, controlDays: 0, contaminationShare: null });
  });
});
