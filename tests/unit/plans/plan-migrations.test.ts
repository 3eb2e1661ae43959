// Schema 1 files and stored records come up to schema 2: partners → partner, done → status, and each plan takes the
// file's hotspot set version. Newer or unknown schemas are refused with the field named.
import { describe, expect, it } from 'vitest';
import { migratePlanFile, migrateStoredPlan, PLAN_SCHEMA_VERSION } from '../../../src/plans/plan-migrations';
import { readPlanFile, writePlanFile } from '../../../src/plans/plan-file';
import { validatePlan } from '../../../src/plans/plan-validation';
import { asJson, fullPlan } from './plan-fixture';

/** The fixture plan as schema 1 wrote it. */
function v1Plan(): Record<string, unknown> {
  const plan = asJson(fullPlan());
  delete plan.hotspotSetVersion;
  plan.response.actions = plan.response.actions.map(({ partner, status, ...rest }: Record<string, unknown>) => ({
    ...rest,
    partners: partner,
    done: status === 'done',
  }));
  return plan;
}

const v1File = (plans: unknown[]) => ({ format: 'grip-sara-plans', schemaVersion: 1, hotspotSetVersion: 'v3', plans });

describe('migratePlanFile', () => {
  it('brings a schema 1 file to schema 2', () => {
    const migrated = migratePlanFile(v1File([v1Plan()]));
    expect(migrated).toMatchObject({ fromVersion: 1, file: { schemaVersion: 2, hotspotSetVersion: 'v3' } });
    const plans = 'file' in migrated ? (migrated.file.plans as unknown[]) : [];
    const read = validatePlan(plans[0], 0);
    // 'in progress' did not exist in schema 1: a not-done action comes up as planned.
    const expected = fullPlan();
    expected.response.actions[0].status = 'planned';
    expect(read).toEqual({ plan: expected });
  });

  it('makes a done action done', () => {
    const plan = v1Plan() as { response: { actions: Record<string, unknown>[] } };
    plan.response.actions[1].done = true;
    const migrated = migrateStoredPlan(plan, 1) as typeof plan;
    expect(migrated.response.actions[1]).toMatchObject({ status: 'done', partner: 'Violence Reduction Network' });
    expect(migrated.response.actions[1]).not.toHaveProperty('done');
    expect(migrated.response.actions[1]).not.toHaveProperty('partners');
  });

  it('leaves an action without `done` without a status, so validation names the field', () => {
    const plan = v1Plan() as { response: { actions: Record<string, unknown>[] } };
    delete plan.response.actions[0].done;
    const read = validatePlan(migrateStoredPlan(plan, 1), 0);
    expect('errors' in read && read.errors.map((e) => [e.field, e.reason])).toEqual([
      ['response.actions[0].status', 'missing'],
    ]);
  });

  it('gives a stored schema 1 record (no file around it) no hotspot set version', () => {
    expect(migrateStoredPlan(v1Plan(), 1)).toMatchObject({ hotspotSetVersion: null });
  });

  it('leaves a current plan as it is', () => {
    expect(migrateStoredPlan(asJson(fullPlan()), PLAN_SCHEMA_VERSION)).toEqual(fullPlan());
  });

  it('refuses files it cannot read, saying why', () => {
    const one = (x: unknown) =>
      'errors' in migratePlanFile(x) ? (migratePlanFile(x) as { errors: any[] }).errors[0] : null; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(one({ format: 'other', schemaVersion: 2, plans: [] })).toMatchObject({
      field: 'format',
      reason: 'not-plan-file',
    });
    expect(one({ format: 'grip-sara-plans', schemaVersion: 3, plans: [] })).toMatchObject({
      field: 'schemaVersion',
      reason: 'newer-schema',
    });
    expect(one({ format: 'grip-sara-plans', schemaVersion: 0, plans: [] })).toMatchObject({ reason: 'unknown-schema' });
    expect(one({ format: 'grip-sara-plans', plans: [] }).sentence).toBe(
      'The plans file, field schemaVersion, has no schema version this app knows: the value is nothing.',
    );
  });

  it('reads a schema 1 file text and writes it back as schema 2', () => {
    const read = readPlanFile(JSON.stringify(v1File([v1Plan()])));
    expect(read).toMatchObject({ fromVersion: 1 });
    const text = 'file' in read ? writePlanFile(read.file) : '';
    expect(JSON.parse(text)).toMatchObject({
      schemaVersion: 2,
      hotspotSetVersion: 'v3',
      plans: [{ hotspotSetVersion: 'v3' }],
    });
  });
});
