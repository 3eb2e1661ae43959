// The plans file: canonical text (export → import → export gives the same bytes), the merge and replace rules, and
// an import that fails validation changes nothing and names the plan and field.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlans, mergePlans, readPlanFile, writePlanFile } from '../../../src/plans/plan-file';
import type { SaraPlan } from '../../../src/plans/plan-types';
import { asJson, fullPlan } from './plan-fixture';

// Not .json: Prettier would re-wrap it (npm test checks formatting), and the point is JSON.stringify's own bytes.
const GOLDEN = path.join(__dirname, 'plans-file.json.golden');
const area: SaraPlan = {
  ...fullPlan('area-market', '2025-02-01T08:00:00.000Z'),
  subject: {
    kind: 'area',
    name: 'Market place (drawn)',
    polygon: {
      type: 'Polygon',
      coordinates: [
        [
          [-1.135, 52.634],
          [-1.133, 52.634],
          [-1.133, 52.636],
          [-1.135, 52.634],
        ],
      ],
    },
  },
  hotspotSetVersion: null,
};
const plans = [fullPlan('plan-b'), area, fullPlan('plan-a')];
const text = writePlanFile({ hotspotSetVersion: 'v3', plans });

describe('writePlanFile', () => {
  it('writes the golden text (REGEN=1 rewrites it deliberately)', () => {
    if (process.env.REGEN === '1') writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN)).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is canonical: sorted keys, plans by id, two-space indent, final newline, same bytes whatever the order', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "grip-sara-plans",\n  "hotspotSetVersion": "v3",\n  "plans": [')).toBe(true);
    expect(JSON.parse(text).plans.map((p: SaraPlan) => p.id)).toEqual(['area-market', 'plan-a', 'plan-b']);
    expect(writePlanFile({ hotspotSetVersion: 'v3', plans: [...plans].reverse() })).toBe(text);
    const shuffledKeys = plans.map((p) => Object.fromEntries(Object.entries(asJson(p)).reverse()) as SaraPlan);
    expect(writePlanFile({ hotspotSetVersion: 'v3', plans: shuffledKeys })).toBe(text);
  });

  it('export → import → export gives identical bytes', () => {
    const read = readPlanFile(text);
    expect('file' in read && writePlanFile(read.file)).toBe(text);
    const imported = importPlans([], text, 'replace');
    expect(
      'plans' in imported && writePlanFile({ hotspotSetVersion: imported.hotspotSetVersion, plans: imported.plans }),
    ).toBe(text);
    const withBom = readPlanFile(`\uFEFF${text}`);
    expect('file' in withBom && writePlanFile(withBom.file)).toBe(text);
  });
});

describe('importPlans', () => {
  const held = [fullPlan('plan-a', '2025-03-01T10:00:00.000Z'), fullPlan('plan-c', '2025-03-01T10:00:00.000Z')];
  const newerA = {
    ...fullPlan('plan-a', '2025-04-01T10:00:00.000Z'),
    objective: { smartObjective: 'newer', measureOfSuccess: '' },
  };
  const olderC = {
    ...fullPlan('plan-c', '2025-01-20T10:00:00.000Z'),
    objective: { smartObjective: 'older', measureOfSuccess: '' },
  };
  const file = writePlanFile({ hotspotSetVersion: 'v4', plans: [newerA, olderC, fullPlan('plan-d')] });

  it('merges by id: a later updatedIso wins, an earlier or equal one is skipped, the rest are kept', () => {
    const merged = importPlans(held, file, 'merge');
    expect(merged).toMatchObject({
      added: ['plan-d'],
      updated: ['plan-a'],
      keptHeld: ['plan-c'],
      removed: [],
      hotspotSetVersion: 'v4',
    });
    const byId = 'plans' in merged ? Object.fromEntries(merged.plans.map((p) => [p.id, p])) : {};
    expect(Object.keys(byId)).toEqual(['plan-a', 'plan-c', 'plan-d']);
    expect(byId['plan-a'].objective.smartObjective).toBe('newer');
    expect(byId['plan-c']).toEqual(held[1]);
  });

  it('merging the same file twice changes nothing the second time', () => {
    const once = importPlans(held, file, 'merge');
    const twice = 'plans' in once ? importPlans(once.plans, file, 'merge') : once;
    expect(twice).toMatchObject({ added: [], updated: [], keptHeld: ['plan-a', 'plan-c', 'plan-d'] });
    expect('plans' in twice && 'plans' in once && twice.plans).toEqual('plans' in once && once.plans);
  });

  it('replaces: the file is all the plans afterwards', () => {
    const replaced = importPlans(held, file, 'replace');
    expect(replaced).toMatchObject({ added: ['plan-d'], updated: ['plan-a', 'plan-c'], removed: [] });
    expect('plans' in replaced && replaced.plans.find((p) => p.id === 'plan-c')!.objective.smartObjective).toBe(
      'older',
    );
    const onlyD = importPlans(held, writePlanFile({ hotspotSetVersion: null, plans: [fullPlan('plan-d')] }), 'replace');
    expect(onlyD).toMatchObject({ removed: ['plan-a', 'plan-c'] });
    expect('plans' in onlyD && onlyD.plans.map((p) => p.id)).toEqual(['plan-d']);
  });

  it('a file that fails validation changes nothing and names the plan and field', () => {
    const json = JSON.parse(file);
    json.plans[2].response.actions[1].tier = 'quaternary';
    const before = JSON.stringify(held);
    for (const mode of ['merge', 'replace'] as const) {
      const result = importPlans(held, JSON.stringify(json), mode);
      expect(result).toEqual({
        errors: [
          expect.objectContaining({
            index: 2,
            planId: 'plan-d',
            field: 'response.actions[1].tier',
            reason: 'not-one-of',
            sentence:
              'Plan "plan-d" (number 3), field response.actions[1].tier, is not one of the allowed values: allowed: primary, secondary, tertiary; the value is "quaternary".',
          }),
        ],
      });
    }
    expect(JSON.stringify(held)).toBe(before);
  });

  it('says what is wrong with text that is not a plans file', () => {
    expect(importPlans(held, '{"plans": [', 'merge')).toEqual({
      errors: [expect.objectContaining({ index: null, reason: 'not-json' })],
    });
    expect(importPlans(held, '{"format":"grip-hotspot-sets"}', 'merge')).toEqual({
      errors: [expect.objectContaining({ field: 'format', reason: 'not-plan-file' })],
    });
  });
});

describe('mergePlans', () => {
  it('changes neither list', () => {
    const a = [fullPlan('p1')];
    const b = [fullPlan('p1', '2026-01-01T00:00:00.000Z')];
    const [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
    expect(mergePlans(a, b).plans[0].updatedIso).toBe('2026-01-01T00:00:00.000Z');
    expect([JSON.stringify(a), JSON.stringify(b)]).toEqual([ja, jb]);
  });
});
