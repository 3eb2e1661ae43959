// The patrol plan form kept in this browser (localStorage), so a planner comes back to the same plan: the schedule
// itself is drawn again from it, the same seed giving the same schedule.
import { defaultPlanForm, type PlanForm } from '../ui/patrol/plan-form';

const KEY = 'grip-patrol-plan';

/** A seed a planner can read out and type back: 0 … 999,999. */
export const newSeed = () => Math.floor(Math.random() * 1_000_000);

const today = () => new Date().toISOString().slice(0, 10);

/** The saved form, each field checked against the defaults' types; anything unreadable falls back to the default. */
export function loadPlanForm(): PlanForm {
  const defaults = defaultPlanForm(today(), newSeed());
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    if (!saved || typeof saved !== 'object') return defaults;
    const form = { ...defaults } as Record<string, unknown>;
    for (const key of Object.keys(defaults)) if (typeof saved[key] === 'string') form[key] = saved[key];
    if (form.method !== 'blocked' && form.method !== 'simple') form.method = defaults.method;
    if (form.windowKind !== 'profile' && form.windowKind !== 'hand') form.windowKind = defaults.windowKind;
    return form as unknown as PlanForm;
  } catch {
    return defaults;
  }
}

export function savePlanForm(form: PlanForm): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(form));
  } catch {
    // Private windows may refuse storage: the plan holds for this visit.
  }
}
