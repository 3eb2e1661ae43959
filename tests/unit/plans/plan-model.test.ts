// Making plans and changing them: every result still validates, and the snapshot is the profile frozen.
import { describe, expect, it } from 'vitest';
import type { HotspotProfile } from '../../../src/analysis/hotspot-profile';
import {
  addAction,
  addMeasure,
  createPlan,
  newAction,
  newMeasure,
  refreshSnapshot,
  removeAction,
  removeMeasure,
  snapshotFromProfile,
  topHours,
  updateAction,
} from '../../../src/plans/plan-model';
import { validatePlan } from '../../../src/plans/plan-validation';
import { fullPlan } from './plan-fixture';

const grid = (cells: [weekday: number, hour: number, crimes: number][]) => {
  const g = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const [d, h, n] of cells) g[d][h] += n;
  return g;
};

const profile: HotspotProfile = {
  id: 'H01',
  crimes: 30,
  harm: 120.5,
  byType: { Robbery: 10, 'Public order': 20 },
  byMonth: { '2024-02': 10, '2024-01': 20 },
  byHourWeekday: grid([
    [0, 22, 5],
    [4, 22, 5],
    [5, 1, 9],
    [6, 14, 9],
    [3, 8, 2],
  ]),
  trend: { s: 1, z: 0.2, p: Number.NaN, trend: 'no trend' },
  previousPeriod: { crimes: null, rateRatio: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN },
  pai: Number.POSITIVE_INFINITY,
};

describe('snapshotFromProfile', () => {
  it('keeps the figures, the period, the three busiest hours, and null for what could not be computed', () => {
    expect(snapshotFromProfile(profile, '2025-01-01T00:00:00.000Z')).toEqual({
      takenAtIso: '2025-01-01T00:00:00.000Z',
      period: { fromMonth: '2024-01', toMonth: '2024-02' },
      crimes: 30,
      harm: 120.5,
      byType: { Robbery: 10, 'Public order': 20 },
      trend: { trend: 'no trend', p: null },
      topHours: [22, 1, 14], // 22 h: 10 over two days; 1 h and 14 h tie on 9, earlier first
      pai: null,
    });
  });

  it('has no hours when the data carry only months', () => {
    expect(topHours(null)).toEqual([]);
    expect(snapshotFromProfile({ ...profile, byHourWeekday: null }, '2025-01-01T00:00:00.000Z').topHours).toEqual([]);
  });
});

describe('plan updaters', () => {
  const plan = createPlan({
    id: 'p1',
    subject: { kind: 'hotspot', hotspotId: 'H07' },
    nowIso: '2025-05-01T12:00:00.000Z',
    hotspotSetVersion: null,
    snapshot: null,
  });

  it('a new plan and every change of it validate', () => {
    expect(validatePlan(plan, 0)).toEqual({ plan });
    const withAction = addAction(plan, newAction('x1'));
    const edited = updateAction(withAction, 'x1', { tier: 'tertiary', type: 'enforcement', dueIso: '2025-06-01' });
    const measured = addMeasure(edited, {
      ...newMeasure({ fromMonth: '2024-06', toMonth: '2025-05' }, { fromMonth: '2025-06', toMonth: '2026-05' }, 'm1'),
      actionId: 'x1',
    });
    for (const p of [withAction, edited, measured]) expect(validatePlan(p, 0)).toHaveProperty('plan');
    expect(edited.response.actions[0]).toMatchObject({ tier: 'tertiary', type: 'enforcement', dueIso: '2025-06-01' });
    expect(plan.response.actions).toEqual([]); // the plan given is never changed
  });

  it('removing an action unlinks its measures, which stay', () => {
    const p = fullPlan();
    const removed = removeAction(p, 'a1');
    expect(removed.response.actions.map((a) => a.id)).toEqual(['a2']);
    expect(removed.assessment.measures).toEqual([{ ...p.assessment.measures[0], actionId: null }]);
    expect(validatePlan(removed, 0)).toHaveProperty('plan');
    expect(removeMeasure(removed, 'm1').assessment.measures).toEqual([]);
  });

  it('a refreshed snapshot replaces the old one and moves updatedIso', () => {
    const snapshot = snapshotFromProfile(profile, '2025-06-01T00:00:00.000Z');
    const refreshed = refreshSnapshot(fullPlan(), snapshot, '2025-06-01T00:00:00.000Z');
    expect(refreshed.scanning.snapshot).toBe(snapshot);
    expect(refreshed.updatedIso).toBe('2025-06-01T00:00:00.000Z');
    expect(refreshed.createdIso).toBe(fullPlan().createdIso);
  });
});
