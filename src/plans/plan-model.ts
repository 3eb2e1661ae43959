// Making and changing plans: pure functions that take a plan and return a new one (HOUSE_STYLE, after kepler.gl's
// updaters), so the editor, the store and the tests all change plans the same way. The shape is in plan-types.ts.
import type { HotspotProfile } from '../analysis/hotspot-profile';
import { addMonths } from '../analysis/hotspot-proposal/months';
import type {
  AssessmentMeasure,
  DataSnapshot,
  PlanAnalysis,
  PlanSubject,
  ResponseAction,
  SaraPlan,
} from './plan-types';

export type * from './plan-types';
export * from './plan-tables';

/** How many of the busiest hours a snapshot keeps: enough to say "evenings", few enough to read at a glance. */
export const TOP_HOURS = 3;

/** A fresh id for a plan, action or measure (crypto.randomUUID is in every browser the app supports and in Node 20). */
export const newPlanItemId = (): string => crypto.randomUUID();

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The busiest hours of the day over all weekdays, busiest first (ties: earlier hour first); [] without times. */
export function topHours(byHourWeekday: number[][] | null, n = TOP_HOURS): number[] {
  if (!byHourWeekday) return [];
  const byHour = Array.from({ length: 24 }, (_, hour) => byHourWeekday.reduce((sum, day) => sum + (day[hour] ?? 0), 0));
  return byHour
    .map((crimes, hour) => ({ crimes, hour }))
    .filter((h) => h.crimes > 0)
    .sort((a, b) => b.crimes - a.crimes || a.hour - b.hour)
    .slice(0, n)
    .map((h) => h.hour);
}

/** A hotspot profile frozen into the plan's scanning snapshot; figures that could not be computed become null. */
export function snapshotFromProfile(profile: HotspotProfile, takenAtIso: string): DataSnapshot {
  const months = Object.keys(profile.byMonth).sort();
  return {
    takenAtIso,
    period: months.length > 0 ? { fromMonth: months[0], toMonth: months[months.length - 1] } : null,
    crimes: profile.crimes,
    harm: Number.isFinite(profile.harm) ? profile.harm : 0,
    byType: { ...profile.byType },
    trend: { trend: profile.trend.trend, p: finiteOrNull(profile.trend.p) },
    topHours: topHours(profile.byHourWeekday),
    pai: finiteOrNull(profile.pai),
  };
}

export const emptyAnalysis = (): PlanAnalysis => ({
  offender: '',
  victim: '',
  place: '',
  handler: '',
  guardian: '',
  manager: '',
  where: '',
  when: '',
  how: '',
  why: '',
  notes: '',
});

export interface NewPlan {
  subject: PlanSubject;
  nowIso: string;
  hotspotSetVersion: string | null;
  /** The snapshot taken as the plan is made; null when no data is loaded yet. */
  snapshot: DataSnapshot | null;
  id?: string;
}

export function createPlan({ subject, nowIso, hotspotSetVersion, snapshot, id = newPlanItemId() }: NewPlan): SaraPlan {
  return {
    id,
    subject,
    createdIso: nowIso,
    updatedIso: nowIso,
    hotspotSetVersion,
    objective: { smartObjective: '', measureOfSuccess: '' },
    scanning: { problemStatement: '', cameToAttention: '', snapshot },
    analysis: emptyAnalysis(),
    response: { actions: [] },
    assessment: { measures: [], notes: '' },
  };
}

/** The plan as edited at `nowIso`: every change goes through here so updatedIso (which import merges compare) moves. */
export const touchPlan = (plan: SaraPlan, nowIso: string): SaraPlan => ({ ...plan, updatedIso: nowIso });

export const refreshSnapshot = (plan: SaraPlan, snapshot: DataSnapshot, nowIso: string): SaraPlan =>
  touchPlan({ ...plan, scanning: { ...plan.scanning, snapshot } }, nowIso);

export const newAction = (id = newPlanItemId()): ResponseAction => ({
  id,
  what: '',
  partner: '',
  tier: 'primary',
  type: 'other',
  owner: '',
  dueIso: null,
  status: 'planned',
  lngLat: null,
});

const withActions = (plan: SaraPlan, actions: ResponseAction[]): SaraPlan => ({
  ...plan,
  response: { ...plan.response, actions },
});

export const addAction = (plan: SaraPlan, action: ResponseAction = newAction()): SaraPlan =>
  withActions(plan, [...plan.response.actions, action]);

export const updateAction = (plan: SaraPlan, actionId: string, change: Partial<Omit<ResponseAction, 'id'>>): SaraPlan =>
  withActions(
    plan,
    plan.response.actions.map((a) => (a.id === actionId ? { ...a, ...change } : a)),
  );

/** Removing an action also unlinks the measures chosen around it (they stay, for the whole plan). */
export function removeAction(plan: SaraPlan, actionId: string): SaraPlan {
  const measures = plan.assessment.measures.map((m) => (m.actionId === actionId ? { ...m, actionId: null } : m));
  return {
    ...withActions(
      plan,
      plan.response.actions.filter((a) => a.id !== actionId),
    ),
    assessment: { ...plan.assessment, measures },
  };
}

/**
 * Equal before and after periods either side of a month (an action's due month, or this month): the after period
 * starts there. Equal lengths keep the rate ratio's exposure the same (the profiles' previous-period rule).
 */
export function measurePeriodsAround(monthIso: string, months = 12): Pick<AssessmentMeasure, 'before' | 'after'> {
  return {
    before: { fromMonth: addMonths(monthIso, -months), toMonth: addMonths(monthIso, -1) },
    after: { fromMonth: monthIso, toMonth: addMonths(monthIso, months - 1) },
  };
}

export const newMeasure = (
  before: AssessmentMeasure['before'],
  after: AssessmentMeasure['after'],
  id = newPlanItemId(),
): AssessmentMeasure => ({ id, kind: 'crimes', crimeTypes: [], before, after, actionId: null });

const withMeasures = (plan: SaraPlan, measures: AssessmentMeasure[]): SaraPlan => ({
  ...plan,
  assessment: { ...plan.assessment, measures },
});

export const addMeasure = (plan: SaraPlan, measure: AssessmentMeasure): SaraPlan =>
  withMeasures(plan, [...plan.assessment.measures, measure]);

export const updateMeasure = (
  plan: SaraPlan,
  measureId: string,
  change: Partial<Omit<AssessmentMeasure, 'id'>>,
): SaraPlan =>
  withMeasures(
    plan,
    plan.assessment.measures.map((m) => (m.id === measureId ? { ...m, ...change } : m)),
  );

export const removeMeasure = (plan: SaraPlan, measureId: string): SaraPlan =>
  withMeasures(
    plan,
    plan.assessment.measures.filter((m) => m.id !== measureId),
  );
