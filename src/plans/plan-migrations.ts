// Plans written by an earlier schema are brought up to this one before they are validated, in the plan file and in
// IndexedDB (whose database version is the schema version, so the browser runs the same steps in its upgrade).
//
// Schema 1 (the first plan editor's shape):
//   - the file carried `hotspotSetVersion`; the plans did not (every plan was taken to refer to the file's set);
//   - an action named its partners in `partners` and had `done: boolean` instead of a status.
// Schema 2 (now): each plan carries its own `hotspotSetVersion` (a plan can outlive the set it was made on); an action
//   has `partner` and `status` ('planned' | 'in progress' | 'done' | 'dropped').
import { isFields, type Fields } from './field-reader';
import { planProblem, type PlanProblem } from './plan-problems';

export const PLAN_FILE_FORMAT = 'grip-sara-plans';
export const PLAN_SCHEMA_VERSION = 2;
export const OLDEST_PLAN_SCHEMA = 1;

/** The plan file's envelope, every plan still unchecked (validation comes next). */
export interface MigratedPlanFile {
  format: typeof PLAN_FILE_FORMAT;
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  hotspotSetVersion: unknown;
  plans: unknown;
}

/** Context a plan step may need from the file around it; none for a plan stored on its own in IndexedDB. */
interface StepContext {
  fileHotspotSetVersion: unknown;
}

/** v1 action → v2: `partners` becomes `partner`; `done` becomes a status (a missing or odd `done` leaves no status, so
 * validation names the field rather than the migration guessing). */
function actionV1toV2(action: unknown): unknown {
  if (!isFields(action)) return action;
  const { partners, done, ...rest } = action;
  const status = done === true ? 'done' : done === false ? 'planned' : undefined;
  return { ...rest, partner: partners, ...(status ? { status } : {}) };
}

function planV1toV2(plan: unknown, context: StepContext): unknown {
  if (!isFields(plan)) return plan;
  const response = isFields(plan.response) ? plan.response : null;
  const actions = response && Array.isArray(response.actions) ? response.actions.map(actionV1toV2) : response?.actions;
  const hotspotSetVersion = context.fileHotspotSetVersion === undefined ? null : context.fileHotspotSetVersion;
  return { ...plan, hotspotSetVersion, ...(response ? { response: { ...response, actions } } : {}) };
}

/** Step n takes a plan of schema n to schema n + 1. */
const PLAN_STEPS: Record<number, (plan: unknown, context: StepContext) => unknown> = {
  1: planV1toV2,
};

/** One plan from schema `fromVersion` to the current one (IndexedDB's upgrade runs this on every stored record). */
export function migrateStoredPlan(
  plan: unknown,
  fromVersion: number,
  context: StepContext = { fileHotspotSetVersion: null },
) {
  let migrated = plan;
  for (let v = fromVersion; v < PLAN_SCHEMA_VERSION; v++) migrated = PLAN_STEPS[v](migrated, context);
  return migrated;
}

const fileProblem = (field: string, reason: PlanProblem['reason'], detail?: string) => ({
  errors: [planProblem(null, null, field, reason, detail)],
});

/**
 * A parsed plan file of any schema this app has written, as the current envelope; `fromVersion` says what it was.
 * Files from a newer app are refused (their fields may mean things this one would silently drop).
 */
export function migratePlanFile(
  json: unknown,
): { file: MigratedPlanFile; fromVersion: number } | { errors: PlanProblem[] } {
  if (!isFields(json) || json.format !== PLAN_FILE_FORMAT) return fileProblem('format', 'not-plan-file');
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_PLAN_SCHEMA)
    return fileProblem('schemaVersion', 'unknown-schema', `the value is ${JSON.stringify(version) ?? 'nothing'}`);
  if (version > PLAN_SCHEMA_VERSION)
    return fileProblem(
      'schemaVersion',
      'newer-schema',
      `schema ${version}; this app reads 1 to ${PLAN_SCHEMA_VERSION}`,
    );
  const context: StepContext = { fileHotspotSetVersion: json.hotspotSetVersion };
  const plans = Array.isArray(json.plans) ? json.plans.map((p) => migrateStoredPlan(p, version, context)) : json.plans;
  const hotspotSetVersion = (json as Fields).hotspotSetVersion === undefined ? null : json.hotspotSetVersion;
  return {
    file: { format: PLAN_FILE_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, hotspotSetVersion, plans },
    fromVersion: version,
  };
}
