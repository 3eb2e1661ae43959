// All plans as one JSON file a partner can keep or send, and reading it back: parse → migrate → validate, and only then
// merge or replace. The text is canonical (canonical-json.ts, plans sorted by id, no export time in it), so
// export → import → export gives the same bytes.
//
// Merge rule: plans are matched by id. A plan in the file whose updatedIso is later than the one held replaces it; an
// equal or earlier one is skipped (so importing the same file twice changes nothing, and an old copy never overwrites
// newer work); plans only held, or only in the file, are kept. Replace: the file's plans become all the plans.
import { canonicalJson } from './canonical-json';
import { PLAN_FILE_FORMAT, PLAN_SCHEMA_VERSION, migratePlanFile } from './plan-migrations';
import { planProblem, type PlanProblem } from './plan-problems';
import type { SaraPlan } from './plan-types';
import { validatePlans } from './plan-validation';
import { FieldReader } from './field-reader';

export interface PlanFile {
  /** The hotspot set version in use when the file was written (each plan also names its own). */
  hotspotSetVersion: string | null;
  plans: SaraPlan[];
}

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  /** Ids new to what was held. */
  added: string[];
  /** Ids held before whose plan the file's newer copy replaced. */
  updated: string[];
  /** Ids in the file skipped because the plan held was as new or newer. */
  keptHeld: string[];
  /** Ids held before that a replace removed. */
  removed: string[];
}

export interface PlanImport extends ImportSummary {
  /** Every plan after the import, sorted by id. */
  plans: SaraPlan[];
  hotspotSetVersion: string | null;
  /** The schema the file was written in (PLAN_SCHEMA_VERSION unless it was migrated). */
  fromVersion: number;
}

const byId = (a: SaraPlan, b: SaraPlan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function writePlanFile({ hotspotSetVersion, plans }: PlanFile): string {
  return canonicalJson({
    format: PLAN_FILE_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    hotspotSetVersion,
    plans: [...plans].sort(byId),
  });
}

/** The file's plans, every one checked, or every problem (by plan and field) that stops it being read. */
export function readPlanFile(text: string): { file: PlanFile; fromVersion: number } | { errors: PlanProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { errors: [planProblem(null, null, '', 'not-json', error instanceof Error ? error.message : undefined)] };
  }
  const migrated = migratePlanFile(json);
  if ('errors' in migrated) return migrated;
  const r = new FieldReader(null);
  const hotspotSetVersion = r.textOrNull(migrated.file.hotspotSetVersion, 'hotspotSetVersion', 'id');
  const read = validatePlans(migrated.file.plans);
  const errors = [...r.problems, ...('errors' in read ? read.errors : [])];
  if (errors.length > 0 || 'errors' in read) return { errors };
  return { file: { hotspotSetVersion, plans: read.plans }, fromVersion: migrated.fromVersion };
}

/** Whether a plan from a file should replace the one held with its id (the merge rule above). */
export const incomingWins = (held: SaraPlan | undefined, incoming: SaraPlan): boolean =>
  // Both are toISOString() text (validation normalises them), so text order is time order.
  !held || incoming.updatedIso > held.updatedIso;

/** The merge rule applied to two lists; neither is changed. */
export function mergePlans(held: SaraPlan[], incoming: SaraPlan[]): { plans: SaraPlan[] } & ImportSummary {
  const result = new Map(held.map((p) => [p.id, p]));
  const summary: ImportSummary = { added: [], updated: [], keptHeld: [], removed: [] };
  for (const plan of incoming) {
    const before = result.get(plan.id);
    if (!incomingWins(before, plan)) summary.keptHeld.push(plan.id);
    else {
      (before ? summary.updated : summary.added).push(plan.id);
      result.set(plan.id, plan);
    }
  }
  return { plans: [...result.values()].sort(byId), ...summary };
}

/**
 * The plans after importing a file into those held, or the file's problems; on problems nothing changes (the caller
 * keeps `held`, which is never modified).
 */
export function importPlans(held: SaraPlan[], text: string, mode: ImportMode): PlanImport | { errors: PlanProblem[] } {
  const read = readPlanFile(text);
  if ('errors' in read) return read;
  const { hotspotSetVersion, plans } = read.file;
  const base = { hotspotSetVersion, fromVersion: read.fromVersion };
  if (mode === 'merge') return { ...mergePlans(held, plans), ...base };
  const incomingIds = new Set(plans.map((p) => p.id));
  const heldIds = new Set(held.map((p) => p.id));
  return {
    plans: [...plans].sort(byId),
    added: plans.filter((p) => !heldIds.has(p.id)).map((p) => p.id),
    updated: plans.filter((p) => heldIds.has(p.id)).map((p) => p.id),
    keptHeld: [],
    removed: held.filter((p) => !incomingIds.has(p.id)).map((p) => p.id),
    ...base,
  };
}
