import { useCallback, useEffect, useRef, useState } from 'react';
import { importPlans, writePlanFile, type ImportMode, type PlanImport } from '../plans/plan-file';
import type { PlanProblem } from '../plans/plan-problems';
import { clearPlans, deletePlan, listPlans, openPlanDb, putPlan, replaceAll, type PlanDb } from '../plans/plan-store';
import { sharedSetVersion } from '../plans/plan-summary';
import type { SaraPlan } from '../plans/plan-types';

const byId = (a: SaraPlan, b: SaraPlan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The plans as IndexedDB holds them (src/plans/plan-store.ts), mirrored in React state: every change is written
 * through, and an import is checked whole before one transaction replaces what is stored: a bad file changes nothing.
 */
export function usePlanStore() {
  const db = useRef<Promise<PlanDb> | null>(null);
  const [plans, setPlans] = useState<SaraPlan[]>([]);
  const [loaded, setLoaded] = useState(false);
  /** Records that could not be read, and writes the store refused. */
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const plansRef = useRef(plans);
  plansRef.current = plans;

  const open = useCallback(() => (db.current ??= openPlanDb()), []);
  useEffect(() => {
    let current = true;
    open()
      .then(listPlans)
      .then((read) => {
        if (!current) return;
        setPlans(read.plans);
        setProblems(read.problems);
        setLoaded(true);
      })
      .catch(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, [open]);

  const save = useCallback(
    async (plan: SaraPlan) => {
      setPlans((held) => [...held.filter((p) => p.id !== plan.id), plan].sort(byId));
      const written = await putPlan(await open(), plan);
      setProblems('errors' in written ? written.errors : []);
    },
    [open],
  );

  const remove = useCallback(
    async (id: string) => {
      setPlans((held) => held.filter((p) => p.id !== id));
      await deletePlan(await open(), id);
    },
    [open],
  );

  /** The import's result, or its problems (by plan and field) with nothing changed. */
  const importFile = useCallback(
    async (text: string, mode: ImportMode): Promise<PlanImport | { errors: PlanProblem[] }> => {
      const result = importPlans(plansRef.current, text, mode);
      if ('errors' in result) return result;
      const written = await replaceAll(await open(), result.plans);
      if ('errors' in written) return written;
      setPlans(result.plans);
      return result;
    },
    [open],
  );

  const clear = useCallback(async () => {
    await clearPlans(await open());
    setPlans([]);
  }, [open]);

  const exportText = useCallback(
    () => writePlanFile({ hotspotSetVersion: sharedSetVersion(plansRef.current), plans: plansRef.current }),
    [],
  );

  return { plans, loaded, problems, save, remove, importFile, clear, exportText };
}
