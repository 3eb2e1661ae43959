import type { MultiPolygon, Polygon } from 'geojson';
import { addMonths, cellsPolygon } from '../../analysis/hotspot-proposal';
import { previousPeriod } from '../../analysis/hotspot-profile';
import type { HotspotSet } from '../../analysis/hotspot-set';
import type { DosageCounts, HotspotDayDosage } from '../../analysis/patrol/dosage';
import { monthlyPatrolHours, type MonthlyPatrolHours } from '../../analysis/patrol/home-office-returns';
import { monthBeforeAfter, type MonthBeforeAfter } from '../../analysis/patrol/month-before-after';
import type { PlaceDay } from '../../analysis/patrol/schedule';
import { DEFAULT_DAY_START_MINUTES, dayRange } from '../../analysis/patrol/schedule-days';
import { DEFAULT_DETECTION_RULES, dosageHotspot, type VisitDetectionRules } from '../../analysis/patrol/visits';
import type { Engine } from '../engine';
import { queryDisplacement } from '../patrol-displacement';
import { queryPatrolMinutes } from '../crime-cube';
import { queryHotspotProfile } from '../hotspot-profile';
import { queryPatrolDosage, queryVisitLogDosage } from '../patrol-dosage';
import { PATROL_SOURCES_SQL } from '../sql/patrol-dosage';
import { queryPatrolEvaluation, type PatrolEvaluationResult } from '../patrol-evaluation';
import type { ArgsOf, MethodName, ResultOf } from './protocol';

// The session's patrol calls (issue 17) on the GRIP hotspot set in use: dosage from the pings (or visit logs) loaded,
// what a schedule needs from each hotspot's profile, and the evaluation of a schedule on the crimes loaded. The maths
// is analysis/patrol's and the queries data/patrol-*.ts's, the same the CLI runs.

export interface PatrolDosageResult {
  /** Where the visits came from: GPS pings, visit logs when there are no pings, or nothing loaded. */
  source: 'pings' | 'visit-log' | 'none';
  hotspots: Record<string, DosageCounts>;
  /** Per hotspot and patrol day with a visit or a pass-through. */
  days: HotspotDayDosage[];
  /** The Home Office returns table: patrol hours per hotspot per month. */
  monthly: MonthlyPatrolHours[];
  visits: number;
  passThroughs: number;
  rules: VisitDetectionRules;
  dayStartMinutes: number;
  ms: number;
}

export interface ScheduleInputsHotspot {
  hotspotId: string;
  name: string;
  crimes: number;
  byType: Record<string, number>;
  /** [weekday 0 = Mon][hour]; null when the crimes carry months only. */
  byHourWeekday: number[][] | null;
}

export interface PatrolScheduleInputs {
  hotspots: ScheduleInputsHotspot[];
  /** The hotspots' mean crimes per place-day over the months loaded (the sample size's λ0); null with no crimes. */
  baseRatePerPlaceDay: number | null;
  fromMonth: string | null;
  toMonth: string | null;
}

export interface PatrolEvaluationCall {
  result: PatrolEvaluationResult;
  /** When the crimes carry no times: the schedule's months against the months before. */
  beforeAfter: MonthBeforeAfter | null;
  /** The set, its 100 m ring and a control ring, the schedule's months against as many before; null: not loaded. */
  displacement: Awaited<ReturnType<typeof queryDisplacement>>;
}

type PatrolMethod =
  'patrolMinutes' | 'patrolDosage' | 'patrolScheduleInputs' | 'patrolEvaluation' | 'demoPatrolSchedule';
type PatrolHandlers = { [M in PatrolMethod & MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

export interface PatrolCallsDeps {
  /** The engine once the session has started (the set in use restored or made). */
  started(): Promise<Engine>;
  /** The same, with the demo's patrol pings loaded first while the demo shows (they load when first asked for). */
  withPatrols(): Promise<Engine>;
  /** The demo's patrol_schedule.csv while the demo is shown, else null. */
  demoSchedule(): Promise<string | null>;
}

const ALL_MONTHS = { resolution: 9, crimeTypes: [] as string[], fromMonth: null, toMonth: null };

/** The set's hotspots as their areas: a drawn polygon, else the union of its cells (what the map outlines). */
async function areasInUse(db: Engine): Promise<{ id: string; name: string; area: Polygon | MultiPolygon }[]> {
  const set: HotspotSet | null = await db.hotspotSets.working();
  return (set?.hotspots ?? []).map((h) => ({ id: h.hotspotId, name: h.name, area: h.drawn ?? cellsPolygon(h.cells) }));
}

const lastDayOf = (monthIso: string) => `${addMonths(monthIso, 1)}-01`;

export function patrolHandlers({ started, withPatrols, demoSchedule }: PatrolCallsDeps): PatrolHandlers {
  return {
    patrolMinutes: async ({ hotspotId, fromMonth, toMonth }) =>
      queryPatrolMinutes(await withPatrols(), hotspotId, fromMonth, toMonth),
    patrolDosage: async ({ dayStartMinutes = DEFAULT_DAY_START_MINUTES, rules = DEFAULT_DETECTION_RULES }) => {
      const t0 = performance.now();
      const db = await withPatrols();
      const areas = await areasInUse(db);
      const hotspotIds = areas.map((a) => a.id);
      const [{ pings, logs }] = await db.query<{ pings: number; logs: number }>(PATROL_SOURCES_SQL);
      const source = Number(pings) > 0 ? 'pings' : Number(logs) > 0 ? 'visit-log' : 'none';
      const options = { dayStartMinutes, hotspotIds };
      const hotspots = areas.map((a) => dosageHotspot(a.id, a.area));
      const found =
        source === 'pings'
          ? await queryPatrolDosage(db, { hotspots, rules, ...options })
          : await queryVisitLogDosage(db, { ...options, minDwellSeconds: rules.minDwellSeconds });
      const counted = Object.values(found.hotspots);
      return {
        source,
        hotspots: found.hotspots,
        days: found.days,
        monthly: monthlyPatrolHours(found.days),
        visits: counted.reduce((s, c) => s + c.visits, 0),
        passThroughs: counted.reduce((s, c) => s + c.passThroughs, 0),
        rules,
        dayStartMinutes,
        ms: Math.round(performance.now() - t0),
      };
    },
    patrolScheduleInputs: async () => {
      const db = await started();
      const summary = await db.summary();
      const hotspots: ScheduleInputsHotspot[] = [];
      for (const a of await areasInUse(db)) {
        const p = await queryHotspotProfile(db, { filter: ALL_MONTHS, polygon: a.area, id: a.id });
        hotspots.push({
          hotspotId: a.id,
          name: a.name,
          crimes: p.crimes,
          byType: p.byType,
          byHourWeekday: p.byHourWeekday,
        });
      }
      const [from, to] = [summary.first_month, summary.last_month];
      const days = from && to ? dayRange(`${from}-01`, lastDayOf(to)).length - 1 : 0;
      const crimes = hotspots.reduce((s, h) => s + h.crimes, 0);
      const baseRatePerPlaceDay = days > 0 && crimes > 0 ? crimes / days / hotspots.length : null;
      return { hotspots, baseRatePerPlaceDay, fromMonth: from, toMonth: to };
    },
    patrolEvaluation: async ({ placeDays, dayStartMinutes, crimeTypes }) => {
      const db = await started();
      const areas = await areasInUse(db);
      const hotspots = areas.map((a) => ({ id: a.id, shape: a.area }));
      const result = await queryPatrolEvaluation(db, { hotspots, placeDays, dayStartMinutes, crimeTypes });
      const beforeAfter =
        result.status === 'needs-timestamps' ? await beforeAfterOf(db, areas, placeDays, crimeTypes ?? []) : null;
      const days = placeDays.map((d) => d.dayIso).sort();
      const displacement =
        days.length === 0
          ? null
          : await queryDisplacement(db, {
              hotspots: areas.map((a) => a.area),
              fromMonth: days[0].slice(0, 7),
              toMonth: days[days.length - 1].slice(0, 7),
              crimeTypes: crimeTypes ?? [],
            });
      return { result, beforeAfter, displacement };
    },
    demoPatrolSchedule: () => demoSchedule(),
  };
}

/** The schedule's months in each hotspot against as many months before, and the force's crimes in both. */
async function beforeAfterOf(
  db: Engine,
  areas: { id: string; area: Polygon | MultiPolygon }[],
  placeDays: PlaceDay[],
  crimeTypes: string[],
): Promise<MonthBeforeAfter | null> {
  if (placeDays.length === 0) return null;
  const days = placeDays.map((d) => d.dayIso).sort();
  const period = { fromMonth: days[0].slice(0, 7), toMonth: days[days.length - 1].slice(0, 7) };
  const previous = previousPeriod(period.fromMonth, period.toMonth);
  const filter = { ...ALL_MONTHS, crimeTypes, ...period };
  const counts = [];
  for (const a of areas) {
    const p = await queryHotspotProfile(db, { filter, polygon: a.area, id: a.id });
    counts.push({ hotspotId: a.id, crimes: p.crimes, previousCrimes: p.previousPeriod.crimes });
  }
  const forceCrimes = async (months: { fromMonth: string; toMonth: string }) =>
    (await db.crimeTypeCounts(months))
      .filter((t) => crimeTypes.length === 0 || crimeTypes.includes(t.crime_type))
      .reduce((s, t) => s + Number(t.crimes), 0);
  const summary = await db.summary();
  const previousLoaded = summary.first_month !== null && summary.first_month <= previous.fromMonth;
  const force = {
    crimes: await forceCrimes(period),
    previousCrimes: previousLoaded ? await forceCrimes(previous) : null,
  };
  return monthBeforeAfter(period, previous, counts, force);
}
