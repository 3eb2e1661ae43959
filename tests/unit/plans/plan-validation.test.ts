// validatePlans: a plan is kept only when every field is right; each wrong field is named with its plan and path.
import { describe, expect, it } from 'vitest';
import { validatePlan, validatePlans } from '../../../src/plans/plan-validation';
import { TEXT_LIMITS } from '../../../src/plans/plan-tables';
import { asJson, fullPlan } from './plan-fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutation = [name: string, mutate: (p: Record<string, any>) => void, field: string, reason: string];

const CASES: Mutation[] = [
  ['a missing objective', (p) => delete p.objective, 'objective', 'missing'],
  ['a number for text', (p) => (p.analysis.why = 7), 'analysis.why', 'not-text'],
  [
    'a note over the long limit',
    (p) => (p.analysis.notes = 'x'.repeat(TEXT_LIMITS.long + 1)),
    'analysis.notes',
    'too-long',
  ],
  [
    'a partner over the short limit',
    (p) => (p.response.actions[1].partner = 'p'.repeat(201)),
    'response.actions[1].partner',
    'too-long',
  ],
  ['an unknown tier', (p) => (p.response.actions[0].tier = 'quaternary'), 'response.actions[0].tier', 'not-one-of'],
  ['an unknown action type', (p) => (p.response.actions[0].type = 'drones'), 'response.actions[0].type', 'not-one-of'],
  ['an unknown status', (p) => (p.response.actions[1].status = 'finished'), 'response.actions[1].status', 'not-one-of'],
  [
    'a due date that does not exist',
    (p) => (p.response.actions[0].dueIso = '2025-02-30'),
    'response.actions[0].dueIso',
    'not-date',
  ],
  [
    'a due date as a time',
    (p) => (p.response.actions[0].dueIso = '2025-02-03T10:00Z'),
    'response.actions[0].dueIso',
    'not-date',
  ],
  ['a timestamp without a zone', (p) => (p.updatedIso = '2025-03-01T10:00:00'), 'updatedIso', 'not-timestamp'],
  ['updated before created', (p) => (p.updatedIso = '2024-01-01T00:00:00.000Z'), 'updatedIso', 'out-of-range'],
  [
    'a latitude past the pole',
    (p) => (p.response.actions[0].lngLat = [-1.1, 95]),
    'response.actions[0].lngLat[1]',
    'out-of-range',
  ],
  ['a repeated action id', (p) => (p.response.actions[1].id = 'a1'), 'response.actions[1].id', 'duplicate-id'],
  ['an id with a space', (p) => (p.response.actions[1].id = 'a 2'), 'response.actions[1].id', 'bad-id'],
  [
    'a measure naming no action',
    (p) => (p.assessment.measures[0].actionId = 'a9'),
    'assessment.measures[0].actionId',
    'unknown-action',
  ],
  [
    'a month as a date',
    (p) => (p.assessment.measures[0].before.fromMonth = '2024-05-01'),
    'assessment.measures[0].before.fromMonth',
    'not-month',
  ],
  [
    'after overlapping before',
    (p) => (p.assessment.measures[0].after.fromMonth = '2025-04'),
    'assessment.measures[0].after',
    'period-order',
  ],
  [
    'a period backwards',
    (p) => (p.assessment.measures[0].before.toMonth = '2024-01'),
    'assessment.measures[0].before',
    'period-order',
  ],
  ['an unknown measure', (p) => (p.assessment.measures[0].kind = 'vibes'), 'assessment.measures[0].kind', 'not-one-of'],
  ['a negative snapshot count', (p) => (p.scanning.snapshot.crimes = -1), 'scanning.snapshot.crimes', 'out-of-range'],
  ['an hour 24', (p) => (p.scanning.snapshot.topHours = [24]), 'scanning.snapshot.topHours[0]', 'out-of-range'],
  ['a p above 1', (p) => (p.scanning.snapshot.trend.p = 1.5), 'scanning.snapshot.trend.p', 'out-of-range'],
  ['an unknown trend', (p) => (p.scanning.snapshot.trend.trend = 'up'), 'scanning.snapshot.trend.trend', 'not-one-of'],
  ['an unknown subject', (p) => (p.subject = { kind: 'street' }), 'subject.kind', 'not-one-of'],
  [
    'an open ring',
    (p) =>
      (p.subject = {
        kind: 'area',
        name: 'Drawn',
        polygon: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        },
      }),
    'subject.polygon',
    'not-polygon',
  ],
  [
    'a polygon over the position limit',
    (p) => {
      const ring = Array.from({ length: 10_000 }, (_, i) => [-1.1 + i * 1e-6, 52.6]);
      p.subject = { kind: 'area', name: 'Drawn', polygon: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
    },
    'subject.polygon',
    'too-many',
  ],
  [
    'too many actions',
    (p) => (p.response.actions = Array(201).fill(p.response.actions[1])),
    'response.actions',
    'too-many',
  ],
];

describe('validatePlan', () => {
  it('keeps a full plan as it is', () => {
    expect(validatePlan(asJson(fullPlan()), 0)).toEqual({ plan: fullPlan() });
  });

  it.each(CASES)('refuses %s, naming the plan and field', (_, mutate, field, reason) => {
    const json = asJson(fullPlan());
    mutate(json);
    const read = validatePlan(json, 4);
    expect(read).toHaveProperty('errors');
    const errors = 'errors' in read ? read.errors : [];
    expect(errors.map((e) => [e.field, e.reason])).toContainEqual([field, reason]);
    const error = errors.find((e) => e.field === field)!;
    expect(error).toMatchObject({ index: 4, planId: 'plan-clock-tower' });
    expect(error.sentence).toContain('Plan "plan-clock-tower" (number 5)');
    expect(error.sentence).toContain(`field ${field}`);
  });

  it('reports every bad field of a plan at once', () => {
    const json = asJson(fullPlan());
    json.analysis.why = 1;
    json.response.actions[0].tier = 'x';
    const read = validatePlan(json, 0);
    expect('errors' in read && read.errors.map((e) => e.field)).toEqual(['response.actions[0].tier', 'analysis.why']);
  });

  it('says which plan by its number when the id cannot be read', () => {
    const json = asJson(fullPlan());
    json.id = 'not an id!';
    const read = validatePlan(json, 2);
    expect('errors' in read && read.errors[0]).toMatchObject({ planId: null, field: 'id', reason: 'bad-id' });
    expect('errors' in read && read.errors[0].sentence).toMatch(/^Plan number 3, field id, must be 1 to 64/);
  });

  it('normalises an instant with an offset to UTC and drops unknown fields', () => {
    const json = { ...asJson(fullPlan()), updatedIso: '2025-03-01T11:00:00+01:00', colour: 'red' };
    const read = validatePlan(json, 0);
    expect('plan' in read && read.plan).toEqual(fullPlan());
  });

  it('keeps a crime type called __proto__ as a key', () => {
    const json = JSON.parse(JSON.stringify(fullPlan()).replace('"Robbery":40', '"__proto__":40'));
    const read = validatePlan(json, 0);
    expect('plan' in read && Object.keys(read.plan.scanning.snapshot!.byType)).toContain('__proto__');
  });
});

describe('validatePlans', () => {
  it('refuses the list when one plan is bad, or two share an id', () => {
    const bad = asJson(fullPlan('p2'));
    bad.response.actions[0].status = 'nearly';
    expect(validatePlans([fullPlan('p1'), bad])).toEqual({
      errors: [expect.objectContaining({ index: 1, planId: 'p2', field: 'response.actions[0].status' })],
    });
    expect(validatePlans([fullPlan('p1'), fullPlan('p1')])).toEqual({
      errors: [expect.objectContaining({ index: 1, planId: 'p1', field: 'id', reason: 'duplicate-id' })],
    });
    expect(validatePlans({})).toEqual({
      errors: [expect.objectContaining({ index: null, field: 'plans', reason: 'not-list' })],
    });
  });

  it('keeps valid plans', () => {
    expect(validatePlans([fullPlan('p1'), fullPlan('p2')])).toEqual({ plans: [fullPlan('p1'), fullPlan('p2')] });
  });
});
