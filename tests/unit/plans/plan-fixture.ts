// A full plan with every field set (and hostile text in a few), for the plan tests to start from.
import { createPlan } from '../../../src/plans/plan-model';
import type { SaraPlan } from '../../../src/plans/plan-types';

export const PAYLOAD = '<img src=x onerror=alert(1)>';

export function fullPlan(id = 'plan-clock-tower', updatedIso = '2025-03-01T10:00:00.000Z'): SaraPlan {
  const plan = createPlan({
    id,
    subject: { kind: 'hotspot', hotspotId: 'H01' },
    nowIso: '2025-01-15T09:30:00.000Z',
    hotspotSetVersion: 'v3',
    snapshot: {
      takenAtIso: '2025-01-15T09:30:00.000Z',
      period: { fromMonth: '2024-01', toMonth: '2024-12' },
      crimes: 212,
      harm: 1834.5,
      byType: { Robbery: 40, 'Violence and sexual offences': 172 },
      trend: { trend: 'increasing', p: 0.012 },
      topHours: [22, 23, 21],
      pai: 38.4,
    },
  });
  return {
    ...plan,
    updatedIso,
    objective: {
      smartObjective: 'Cut robbery at the clock tower by 25% by March 2026',
      measureOfSuccess: 'Robbery count',
    },
    scanning: {
      ...plan.scanning,
      problemStatement: `Night-time robbery ${PAYLOAD}`,
      cameToAttention: 'GRIP selection',
    },
    analysis: { ...plan.analysis, offender: 'Groups of young men', place: 'Clock tower', manager: 'BID rangers' },
    response: {
      actions: [
        {
          id: 'a1',
          what: 'Relamp the Haymarket steps',
          partner: '=HYPERLINK("http://x.example","click")',
          tier: 'primary',
          type: 'street-lighting',
          owner: 'City council lighting',
          dueIso: '2025-04-30',
          status: 'in progress',
          lngLat: [-1.1336, 52.6364],
        },
        {
          id: 'a2',
          what: 'Detached youth work, Friday evenings',
          partner: 'Violence Reduction Network',
          tier: 'secondary',
          type: 'youth-diversion',
          owner: 'VRN',
          dueIso: null,
          status: 'planned',
          lngLat: null,
        },
      ],
    },
    assessment: {
      notes: '',
      measures: [
        {
          id: 'm1',
          kind: 'crimes',
          crimeTypes: ['Robbery'],
          before: { fromMonth: '2024-05', toMonth: '2025-04' },
          after: { fromMonth: '2025-05', toMonth: '2026-04' },
          actionId: 'a1',
        },
      ],
    },
  };
}

/** A deep copy as unknown JSON, to break in the validation tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const asJson = (x: unknown): Record<string, any> => JSON.parse(JSON.stringify(x));
