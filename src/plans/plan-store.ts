// Plans in the browser's IndexedDB, through `idb` (a thin promise wrapper: https://github.com/jakearchibald/idb), so
// they survive reloads and restarts. The database version is the plan schema version: opening an older database runs
// plan-migrations.ts over every stored plan in the upgrade transaction. Records are read back as `unknown` and
// validated, so a damaged record is reported, never shown half-read. Every write is validated first and runs in one
// transaction: it all happens, or (a bad plan, a browser error) nothing does.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { incomingWins, type ImportSummary } from './plan-file';
import { PLAN_SCHEMA_VERSION, migrateStoredPlan } from './plan-migrations';
import { planProblem, type PlanProblem } from './plan-problems';
import type { SaraPlan } from './plan-types';
import { validatePlan, validatePlans } from './plan-validation';

export const PLAN_DB_NAME = 'grip-plans';
const STORE = 'plans' as const;

export type PlanDb = IDBPDatabase;
export type PlanWrite = { ok: true } | { errors: PlanProblem[] };
export type PlanMerge = ({ ok: true } & ImportSummary) | { errors: PlanProblem[] };

/** Each stored record from schema `oldVersion` to this one, inside the upgrade's own transaction. */
async function migrateRecords(tx: IDBPTransaction<unknown, string[], 'versionchange'>, oldVersion: number) {
  let cursor = await tx.objectStore(STORE).openCursor();
  while (cursor) {
    await cursor.update(migrateStoredPlan(cursor.value, oldVersion));
    cursor = await cursor.continue();
  }
}

/** Opens (creating or upgrading) the plans database. `name` is for tests that want a database of their own. */
export function openPlanDb(name = PLAN_DB_NAME): Promise<PlanDb> {
  const db = openDB(name, PLAN_SCHEMA_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) database.createObjectStore(STORE, { keyPath: 'id' });
      else if (oldVersion < PLAN_SCHEMA_VERSION) void migrateRecords(tx, oldVersion);
    },
    // Another tab wants a newer schema: let it upgrade rather than block it (this tab's next open gets the new one).
    blocking() {
      void db.then((d) => d.close());
    },
  });
  return db;
}

const storeFailed = (error: unknown): { errors: PlanProblem[] } => ({
  errors: [
    planProblem(
      null,
      null,
      '',
      'store-failed',
      `${error instanceof Error ? error.message : error}; nothing was changed`,
    ),
  ],
});

/** Every stored plan that validates, sorted by id, and a problem for each record that does not. */
export async function listPlans(db: PlanDb): Promise<{ plans: SaraPlan[]; problems: PlanProblem[] }> {
  const records: unknown[] = await db.getAll(STORE);
  const plans: SaraPlan[] = [];
  const problems: PlanProblem[] = [];
  records.forEach((record, index) => {
    const read = validatePlan(record, index);
    if ('plan' in read) plans.push(read.plan);
    else problems.push(...read.errors);
  });
  return { plans: plans.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), problems };
}

/** The plan with that id; null when there is none or its record is damaged (listPlans says why). */
export async function getPlan(db: PlanDb, id: string): Promise<SaraPlan | null> {
  const read = validatePlan(await db.get(STORE, id), 0);
  return 'plan' in read ? read.plan : null;
}

/** Stores one plan (new or replacing its id) after validating it. */
export async function putPlan(db: PlanDb, plan: SaraPlan): Promise<PlanWrite> {
  const read = validatePlan(plan, 0);
  if ('errors' in read) return read;
  try {
    await db.put(STORE, read.plan);
    return { ok: true };
  } catch (error) {
    return storeFailed(error);
  }
}

export async function deletePlan(db: PlanDb, id: string): Promise<void> {
  await db.delete(STORE, id);
}

/** Runs `work` in one readwrite transaction; a throw aborts it, so none of its writes land. */
async function inOneTransaction(
  db: PlanDb,
  work: (tx: IDBPTransaction<unknown, [typeof STORE], 'readwrite'>) => Promise<void>,
) {
  const tx = db.transaction(STORE, 'readwrite');
  try {
    await work(tx);
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser
    }
    throw error;
  }
}

/** The stored plans become exactly these (an import that replaces), or nothing changes. */
export async function replaceAll(db: PlanDb, plans: SaraPlan[]): Promise<PlanWrite> {
  const read = validatePlans(plans);
  if ('errors' in read) return read;
  try {
    await inOneTransaction(db, async (tx) => {
      await tx.store.clear();
      for (const plan of read.plans) await tx.store.put(plan);
    });
    return { ok: true };
  } catch (error) {
    return storeFailed(error);
  }
}

/** Merges plans into those stored by plan-file.ts's rule (newer updatedIso wins), all in one transaction. */
export async function mergeAll(db: PlanDb, plans: SaraPlan[]): Promise<PlanMerge> {
  const read = validatePlans(plans);
  if ('errors' in read) return read;
  const summary: ImportSummary = { added: [], updated: [], keptHeld: [], removed: [] };
  try {
    await inOneTransaction(db, async (tx) => {
      for (const plan of read.plans) {
        const stored = validatePlan(await tx.store.get(plan.id), 0);
        const held = 'plan' in stored ? stored.plan : undefined;
        if (!incomingWins(held, plan)) {
          summary.keptHeld.push(plan.id);
          continue;
        }
        (held ? summary.updated : summary.added).push(plan.id);
        await tx.store.put(plan);
      }
    });
    return { ok: true, ...summary };
  } catch (error) {
    return storeFailed(error);
  }
}

/** Deletes every plan (Clear all data asks about plans separately before calling this). */
export async function clearPlans(db: PlanDb): Promise<void> {
  await db.clear(STORE);
}
