// Plans read from a file or from IndexedDB are `unknown` until checked here (HOUSE_STYLE: validation at the edge).
// Every bad field is reported with its plan and path; a list with any bad plan is refused whole, so an import either
// brings every plan in or changes nothing. Fields the schema does not know are dropped.
import { FieldReader, fieldPath, isFields, type Fields } from './field-reader';
import { planProblem, type PlanProblem } from './plan-problems';
import {
  ACTION_STATUSES,
  ACTION_TEXT_FIELDS,
  ACTION_TYPES,
  ANALYSIS_FIELDS,
  COUNT_LIMITS,
  MEASURE_KINDS,
  OBJECTIVE_FIELDS,
  PREVENTION_TIERS,
} from './plan-tables';
import type {
  AssessmentMeasure,
  DataSnapshot,
  MonthPeriod,
  PlanAnalysis,
  PlanSubject,
  ResponseAction,
  SaraPlan,
} from './plan-types';

export type PlansRead = { plans: SaraPlan[] } | { errors: PlanProblem[] };

const TRENDS = { increasing: '', decreasing: '', 'no trend': '' } as const;

/** The `{ key: text }` object of a section whose fields are all free text, from its field table. */
function textSection<K extends string>(
  r: FieldReader,
  from: Fields,
  parent: string,
  fields: readonly { key: K; limit: 'short' | 'long' }[],
): Record<K, string> {
  return Object.fromEntries(fields.map((f) => [f.key, r.text(from, f.key, parent, f.limit)])) as Record<K, string>;
}

function readSubject(r: FieldReader, value: unknown): PlanSubject {
  const s = r.object(value, 'subject');
  if (s.kind === 'hotspot') return { kind: 'hotspot', hotspotId: r.id(s.hotspotId, 'subject.hotspotId') };
  if (s.kind === 'area')
    return {
      kind: 'area',
      name: r.text(s, 'name', 'subject', 'short'),
      polygon: r.polygon(s.polygon, 'subject.polygon'),
    };
  r.oneOf({ hotspot: '', area: '' }, s.kind, 'subject.kind');
  return { kind: 'hotspot', hotspotId: '' };
}

function readPeriod(r: FieldReader, value: unknown, field: string): MonthPeriod {
  const p = r.object(value, field);
  const period = {
    fromMonth: r.month(p.fromMonth, `${field}.fromMonth`),
    toMonth: r.month(p.toMonth, `${field}.toMonth`),
  };
  if (period.fromMonth && period.toMonth && period.fromMonth > period.toMonth)
    r.fail(field, 'period-order', `${period.fromMonth} is after ${period.toMonth}`);
  return period;
}

function readSnapshot(r: FieldReader, value: unknown): DataSnapshot | null {
  if (value === null) return null;
  const f = 'scanning.snapshot';
  const s = r.object(value, f);
  const byTypeIn = r.object(s.byType, `${f}.byType`);
  const typeNames = Object.keys(byTypeIn);
  if (typeNames.length > COUNT_LIMITS.snapshotTypes) r.fail(`${f}.byType`, 'too-many');
  // fromEntries, not assignment: a type named "__proto__" must stay a key, not become the object's prototype.
  const byType: Record<string, number> = Object.fromEntries(
    typeNames.slice(0, COUNT_LIMITS.snapshotTypes).map((name) => {
      r.textValue(name, `${f}.byType`, 'short');
      return [name, r.number(byTypeIn[name], `${f}.byType[${JSON.stringify(name)}]`, 0)];
    }),
  );
  const trend = r.object(s.trend, `${f}.trend`);
  const hours = r.list(s.topHours, `${f}.topHours`, 24);
  return {
    takenAtIso: r.timestamp(s.takenAtIso, `${f}.takenAtIso`),
    period: s.period === null ? null : readPeriod(r, s.period, `${f}.period`),
    crimes: r.number(s.crimes, `${f}.crimes`, 0),
    harm: r.number(s.harm, `${f}.harm`, 0),
    byType,
    trend: {
      trend: r.oneOf(TRENDS, trend.trend, `${f}.trend.trend`),
      p: r.numberOrNull(trend.p, `${f}.trend.p`, 0, 1),
    },
    topHours: hours.map((h, i) => r.number(h, fieldPath(`${f}.topHours`, i), 0, 23, true)),
    pai: r.numberOrNull(s.pai, `${f}.pai`, 0),
  };
}

function readAction(r: FieldReader, value: unknown, field: string): ResponseAction {
  const a = r.object(value, field);
  const text = textSection(r, a, field, ACTION_TEXT_FIELDS);
  return {
    id: r.id(a.id, `${field}.id`),
    what: text.what,
    partner: text.partner,
    tier: r.oneOf(PREVENTION_TIERS, a.tier, `${field}.tier`),
    type: r.oneOf(ACTION_TYPES, a.type, `${field}.type`),
    owner: text.owner,
    dueIso: r.dateOrNull(a.dueIso, `${field}.dueIso`),
    status: r.oneOf(ACTION_STATUSES, a.status, `${field}.status`),
    lngLat: r.lngLatOrNull(a.lngLat, `${field}.lngLat`),
  };
}

function readMeasure(r: FieldReader, value: unknown, field: string, actionIds: Set<string>): AssessmentMeasure {
  const m = r.object(value, field);
  const types = r.list(m.crimeTypes, `${field}.crimeTypes`, COUNT_LIMITS.crimeTypes);
  const before = readPeriod(r, m.before, `${field}.before`);
  const after = readPeriod(r, m.after, `${field}.after`);
  if (before.toMonth && after.fromMonth && after.fromMonth <= before.toMonth)
    r.fail(`${field}.after`, 'period-order', `it starts ${after.fromMonth}, the before period ends ${before.toMonth}`);
  const actionId = m.actionId === null ? null : r.id(m.actionId, `${field}.actionId`);
  if (actionId && !actionIds.has(actionId)) r.fail(`${field}.actionId`, 'unknown-action', `"${actionId}"`);
  return {
    id: r.id(m.id, `${field}.id`),
    kind: r.oneOf(MEASURE_KINDS, m.kind, `${field}.kind`),
    crimeTypes: types.map((t, i) => r.textValue(t, fieldPath(`${field}.crimeTypes`, i), 'short')),
    before,
    after,
    actionId,
  };
}

/** Ids must be unique within their list (actions, measures, plans): the second of a pair is reported. */
function checkUnique(r: FieldReader, ids: string[], parent: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id && seen.has(id)) r.fail(fieldPath(fieldPath(parent, i), 'id'), 'duplicate-id', `"${id}"`);
    seen.add(id);
  });
}

/** One plan, or every problem with it. `index` is its place in the list it came from (for the sentences). */
export function validatePlan(value: unknown, index: number): { plan: SaraPlan } | { errors: PlanProblem[] } {
  const r = new FieldReader(index);
  if (!isFields(value)) {
    r.fail('', 'not-object');
    return { errors: r.problems };
  }
  const id = r.id(value.id, 'id');
  r.planId = id || null;
  const objective = r.object(value.objective, 'objective');
  const scanning = r.object(value.scanning, 'scanning');
  const response = r.object(value.response, 'response');
  const assessment = r.object(value.assessment, 'assessment');
  const actions = r
    .list(response.actions, 'response.actions', COUNT_LIMITS.actions)
    .map((a, i) => readAction(r, a, fieldPath('response.actions', i)));
  checkUnique(
    r,
    actions.map((a) => a.id),
    'response.actions',
  );
  const actionIds = new Set(actions.map((a) => a.id));
  const measures = r
    .list(assessment.measures, 'assessment.measures', COUNT_LIMITS.measures)
    .map((m, i) => readMeasure(r, m, fieldPath('assessment.measures', i), actionIds));
  checkUnique(
    r,
    measures.map((m) => m.id),
    'assessment.measures',
  );
  const plan: SaraPlan = {
    id,
    subject: readSubject(r, value.subject),
    createdIso: r.timestamp(value.createdIso, 'createdIso'),
    updatedIso: r.timestamp(value.updatedIso, 'updatedIso'),
    hotspotSetVersion: r.textOrNull(value.hotspotSetVersion, 'hotspotSetVersion', 'id'),
    objective: textSection(r, objective, 'objective', OBJECTIVE_FIELDS),
    scanning: {
      problemStatement: r.text(scanning, 'problemStatement', 'scanning', 'long'),
      cameToAttention: r.text(scanning, 'cameToAttention', 'scanning', 'long'),
      snapshot: readSnapshot(r, scanning.snapshot),
    },
    analysis: textSection(r, r.object(value.analysis, 'analysis'), 'analysis', ANALYSIS_FIELDS) as PlanAnalysis,
    response: { actions },
    assessment: { measures, notes: r.text(assessment, 'notes', 'assessment', 'long') },
  };
  if (plan.createdIso && plan.updatedIso && plan.updatedIso < plan.createdIso)
    r.fail('updatedIso', 'out-of-range', `${plan.updatedIso} is before createdIso ${plan.createdIso}`);
  return r.problems.length > 0 ? { errors: r.problems } : { plan };
}

/** A list of plans (the current schema), all valid with unique ids, or every problem in any of them. */
export function validatePlans(json: unknown): PlansRead {
  const r = new FieldReader(null);
  const list = r.list(json, 'plans', COUNT_LIMITS.plans);
  if (r.problems.length > 0) return { errors: r.problems };
  const plans: SaraPlan[] = [];
  const errors: PlanProblem[] = [];
  const seen = new Set<string>();
  list.forEach((value, index) => {
    const read = validatePlan(value, index);
    if ('errors' in read) errors.push(...read.errors);
    else if (seen.has(read.plan.id))
      errors.push(planProblem(index, read.plan.id, 'id', 'duplicate-id', `"${read.plan.id}"`));
    else plans.push(read.plan);
    if ('plan' in read) seen.add(read.plan.id);
  });
  return errors.length > 0 ? { errors } : { plans };
}
