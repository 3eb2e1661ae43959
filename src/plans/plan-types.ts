// A problem-solving plan for one GRIP hotspot or drawn area, in the SARA stages (scanning, analysis, response,
// assessment) the College of Policing describes (https://www.college.police.uk/guidance/problem-solving-policing) and
// the ASU Center for Problem-Oriented Policing teaches (https://popcenter.asu.edu/content/sara-model-1), with the
// objective stage Durham Constabulary put in front of them (OSARA). Plain data: it is stored in IndexedDB as it is,
// and written to the plan file by plan-file.ts.
import type { Polygon } from 'geojson';
import type { Trend } from '../analysis/mann-kendall';
import type { LngLat } from '../analysis/hotspot-proposal/types';
import type { ActionStatus, ActionType, MeasureKind, PreventionTier } from './plan-tables';

export type { LngLat };

/** What the plan is about: a GRIP hotspot of the set (`H01`…) or an area drawn on the map. */
export type PlanSubject = { kind: 'hotspot'; hotspotId: string } | { kind: 'area'; name: string; polygon: Polygon };

/** A period of whole months, both ends included (`YYYY-MM`). */
export interface MonthPeriod {
  fromMonth: string;
  toMonth: string;
}

/** OSARA's first step: what success is, stated before the work starts so the assessment can test it. */
export interface PlanObjective {
  /** Specific, measurable, achievable, realistic and timed ("Cut robbery at the clock tower by a quarter by March"). */
  smartObjective: string;
  /** How success will be told (the measure the assessment reports). */
  measureOfSuccess: string;
}

/**
 * The figures the plan started from, frozen with the time they were taken (a later refresh replaces them and says
 * when). Computed from the hotspot profile (src/analysis/hotspot-profile.ts) by snapshotFromProfile.
 */
export interface DataSnapshot {
  /** ISO 8601 UTC. */
  takenAtIso: string;
  /** The months the figures cover; null when nothing was loaded. */
  period: MonthPeriod | null;
  crimes: number;
  harm: number;
  byType: Record<string, number>;
  /** Mann–Kendall trend of the monthly counts; p is null where it could not be computed. */
  trend: { trend: Trend; p: number | null };
  /** The busiest hours of the day (0–23), busiest first; [] when the data carry only months (police.uk). */
  topHours: number[];
  /** Proportional Area Index (Chainey, Tompson & Uhlig 2008); null where it could not be computed. */
  pai: number | null;
}

export interface PlanScanning {
  problemStatement: string;
  /** How the problem came to attention: calls, a partner's referral, a councillor, the statistics… */
  cameToAttention: string;
  /** Null until data is loaded and a snapshot taken. */
  snapshot: DataSnapshot | null;
}

/**
 * The problem analysis triangle (popcenter.asu.edu/content/problem-analysis-triangle): offender, victim or target and
 * place, each with whoever can control it (handler, guardian, manager), then the where, when, how and why.
 */
export interface PlanAnalysis {
  offender: string;
  victim: string;
  place: string;
  handler: string;
  guardian: string;
  manager: string;
  where: string;
  when: string;
  how: string;
  why: string;
  notes: string;
}

export interface ResponseAction {
  /** Unique within its plan. */
  id: string;
  what: string;
  /** The partner doing it: a council team, a business, housing, youth services, the Violence Reduction Network… */
  partner: string;
  tier: PreventionTier;
  type: ActionType;
  owner: string;
  /** The date it is due, `YYYY-MM-DD`; null when none was set. */
  dueIso: string | null;
  status: ActionStatus;
  /** Where it is on the map (GeoJSON order); null when it is not place-based. */
  lngLat: LngLat | null;
}

/**
 * A measure the assessment reports: the figures are computed from the loaded data when they are shown (the same
 * rate ratio and interval as the profiles), so only the choice is stored.
 */
export interface AssessmentMeasure {
  id: string;
  kind: MeasureKind;
  /** The crime types counted; [] = all types. */
  crimeTypes: string[];
  before: MonthPeriod;
  after: MonthPeriod;
  /** The action whose dates the periods were chosen around; null when the measure is for the whole plan. */
  actionId: string | null;
}

export interface SaraPlan {
  /** Unique among all plans; letters, digits, '-' and '_'. */
  id: string;
  subject: PlanSubject;
  /** ISO 8601 UTC. Import merges keep the plan whose updatedIso is later. */
  createdIso: string;
  updatedIso: string;
  /** The saved hotspot set version (`v3`) whose hotspot `subject.hotspotId` names; null for the unsaved set in use. */
  hotspotSetVersion: string | null;
  objective: PlanObjective;
  scanning: PlanScanning;
  analysis: PlanAnalysis;
  response: { actions: ResponseAction[] };
  assessment: { measures: AssessmentMeasure[]; notes: string };
}
