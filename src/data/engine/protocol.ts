import type { MultiPolygon, Polygon } from 'geojson';
import type { CrimeFilter } from '../../analysis/crime-filter';
import type {
  HotspotInputs,
  HotspotProposal,
  HotspotSelectionRequest,
  ProposalOptions,
} from '../../analysis/hotspot-proposal';
import type { HotspotSet, HotspotSetComparison, HotspotSetState, MeasuredSet } from '../../analysis/hotspot-set';
import type { CellTypeCount, CrimeSummary, GripHotspotRow, PlaceCount, TypeCount } from '../engine';
import type { ClusterOptions, ClustersFound } from '../cluster-statistics';
import type { EmergingCell, GiCell, StatisticsFrame, StatisticsOptions } from '../hot-spot-statistics';
import type { ColumnMapping } from '../ingest/column-mapping';
import type { InputFile, IngestProgress } from '../ingest-files';
import type { InterventionsRequest, InterventionsResult } from '../interventions';
import type { HotspotProfile } from '../../analysis/hotspot-profile';
import type { CubeRow } from '../../analysis/crime-cube';
import type { PatrolMinutes } from '../crime-cube';
import type { DaySpan } from '../sql/crime-cube';
import type { HotspotProfileRequest } from '../hotspot-profile';
import type { IngestSummary } from '../ingest-summary';
import type { PlaceDay } from '../../analysis/patrol/schedule';
import type { VisitDetectionRules } from '../../analysis/patrol/visits';
import type { PatrolDosageResult, PatrolEvaluationCall, PatrolScheduleInputs } from './patrol-calls';

// The one contract between the page and the engine worker: every call with its arguments and result, every event,
// and how each call is scheduled. The client, the worker relay and the session all compile against it.

/** Column mappings the analyst chose, by header signature. */
export type Mappings = Record<string, ColumnMapping>;

/** What the map shows: the embedded demo, or the analyst's own files. */
export type DataSource = 'demo' | 'user';

export interface StartResult {
  source: 'demo' | 'saved';
  loadMs: number;
  summary?: IngestSummary;
}

export type IngestResult = IngestSummary & { demoRowsRemoved: number; showing: DataSource };

export interface CellValue {
  h3: string;
  value: number;
}

/** Only the cells in a significant bin; `studyArea`/`neighbourhood` say what they were compared over. */
export interface GiStarResult extends StatisticsFrame {
  cells: GiCell[];
  /** The same as studyArea.cellCount. */
  studyCellCount: number;
  ms: number;
}

/** Only the cells with a pattern. */
export interface EmergingResult extends StatisticsFrame {
  cells: EmergingCell[];
  studyCellCount: number;
  steps: number;
  ms: number;
}

/** Local Moran's I: only the significant cells, a count per quadrant, and the permutations and seed used. */
export type ClustersResult = ClustersFound & { ms: number };

/** What the tooltip shows about a cell. */
export interface CellProfile {
  topTypes: CellTypeCount[];
  topPlaces: PlaceCount[];
}

/** Every call: one argument object (or none) and its result. */
export interface EngineMethods {
  /** Saved files if there are any, else the demo; idempotent (React's StrictMode runs effects twice). */
  start: { args: { mappings: Mappings }; result: StartResult };
  ingest: { args: { files: InputFile[]; mappings: Mappings }; result: IngestResult };
  /** Loads saved files again (e.g. with a changed column mapping); their earlier rows are replaced. */
  reloadSaved: { args: { paths: string[]; mappings: Mappings }; result: IngestSummary };
  cancel: { args: void; result: void };
  clearAll: { args: void; result: void };
  loadDemoPatrols: { args: void; result: number };
  cellValues: { args: { filter: CrimeFilter; harm: boolean }; result: CellValue[] };
  setHarmWeights: { args: { weights: Record<string, number> }; result: void };
  giStar: { args: { filter: CrimeFilter; options: StatisticsOptions }; result: GiStarResult };
  emerging: { args: { filter: CrimeFilter; options: StatisticsOptions }; result: EmergingResult };
  /** Local Moran's I clusters and outliers over the same study area and neighbourhood as Gi* (issue 15). */
  clusters: { args: { filter: CrimeFilter; options: ClusterOptions }; result: ClustersResult };
  cellProfile: { args: { filter: CrimeFilter; h3: string }; result: CellProfile };
  summary: { args: void; result: CrimeSummary };
  gripHotspots: { args: void; result: GripHotspotRow[] };
  /** Crimes per type, in a month range when one is given (the filter's type list follows the month filter). */
  crimeTypeCounts: { args: { fromMonth?: string | null; toMonth?: string | null }; result: TypeCount[] };
  /** What a GRIP hotspot proposal reads (src/analysis/hotspot-proposal), for a period and crime types. */
  hotspotInputs: { args: HotspotSelectionRequest; result: HotspotInputs };
  /** A GRIP hotspot proposal made in the worker (stability re-runs the method up to 24 times). */
  proposeHotspots: {
    args: { selection: HotspotSelectionRequest; options: Partial<ProposalOptions> };
    result: HotspotProposal;
  };
  /** The GRIP hotspot set in use (null: none yet) and the saved versions. */
  hotspotSet: { args: Record<string, never>; result: HotspotSetState };
  /** The set in use becomes this one (the app applies the pure edits of analysis/hotspot-set and sends it whole). */
  replaceHotspotSet: { args: { set: HotspotSet | null }; result: HotspotSetState };
  /** A named, dated copy of the set in use, which takes the name too ("Save as"); a blank name is refused. */
  saveHotspotVersion: { args: { name: string }; result: HotspotSetState };
  /** The set in use becomes a copy of the version. */
  openHotspotVersion: { args: { versionId: string }; result: HotspotSetState };
  deleteHotspotVersion: { args: { versionId: string }; result: HotspotSetState };
  /** Added, dropped, moved (centre > 100 m) and kept from a to b; each a version id or 'working'. */
  compareHotspotVersions: { args: { a: string; b: string }; result: HotspotSetComparison };
  /** The set in use measured on the crimes loaded (options as a proposal's: stability is on unless turned off). */
  measureHotspotSet: {
    args: { selection: HotspotSelectionRequest; options?: Partial<ProposalOptions> };
    result: MeasuredSet;
  };
  /** The set in use, measured, as the GRIP hotspot file (README schema); export → import → export: same bytes. */
  exportHotspotSet: {
    args: { selection: HotspotSelectionRequest; options?: Partial<ProposalOptions> };
    result: { fileName: string; text: string };
  };
  /** Interventions with a place, by prevention tier, kind and start date (the prevention-tier overlay). */
  interventions: { args: InterventionsRequest; result: InterventionsResult };
  /** A GRIP hotspot's (or any drawn area's) crimes by type, month and hour × weekday, trend, rate ratio, PAI. */
  hotspotProfile: { args: HotspotProfileRequest; result: HotspotProfile };
  /** Crimes by type × month × weekday × hour, for the force (polygon null) or a place: the charts filter it. */
  crimeCube: {
    args: { polygon: Polygon | MultiPolygon | null; days?: DaySpan | null };
    result: { rows: CubeRow[]; forceAreaKm2: number };
  };
  /** The filter's busiest places (snap points, location text) in a polygon. */
  busiestPlaces: {
    args: { filter: CrimeFilter; polygon: Polygon | MultiPolygon; limit?: number };
    result: PlaceCount[];
  };
  /** A GRIP hotspot's patrol visits and minutes in the months; null when no patrol data are loaded. */
  patrolMinutes: {
    args: { hotspotId: string; fromMonth: string | null; toMonth: string | null };
    result: PatrolMinutes | null;
  };
  /** The crime records inside a polygon (point in polygon) in the filter's months and types, as one CSV text. */
  selectionRecordsCsv: {
    args: {
      polygon: Polygon | MultiPolygon;
      filter: Pick<CrimeFilter, 'fromMonth' | 'toMonth' | 'crimeTypes' | 'hours' | 'weekdays'>;
    };
    result: { text: string; rows: number };
  };
  /** Visits and dosage per GRIP hotspot of the set in use, from the pings loaded (else the visit logs). */
  patrolDosage: { args: { dayStartMinutes?: number; rules?: VisitDetectionRules }; result: PatrolDosageResult };
  /** Each hotspot's crime mix and hour × weekday grid, and the set's base rate: what planning a schedule reads. */
  patrolScheduleInputs: { args: Record<string, never>; result: PatrolScheduleInputs };
  /** A schedule's patrol against control days on the crimes loaded (or the month-level before/after without times). */
  patrolEvaluation: {
    args: { placeDays: PlaceDay[]; dayStartMinutes?: number; crimeTypes?: string[] };
    result: PatrolEvaluationCall;
  };
  /** The demo's own patrol_schedule.csv while the demo is shown; null otherwise. */
  demoPatrolSchedule: { args: Record<string, never>; result: string | null };
}

export type MethodName = keyof EngineMethods;
export type ArgsOf<M extends MethodName> = EngineMethods[M]['args'];
export type ResultOf<M extends MethodName> = EngineMethods[M]['result'];

/**
 * How a call is scheduled: `immediate` runs at once, beside whatever is running (cancel must reach a load in
 * progress); `interactive` calls run one at a time in arrival order; `background` calls wait until the app has
 * asked nothing for a moment, behind every interactive call.
 */
export type Lane = 'immediate' | 'interactive' | 'background';

export interface MethodInfo<M extends MethodName> {
  lane: Lane;
  /** Whether `cancel` stops it (between files and between chunks of a big file). */
  cancellable: boolean;
  /** Buffers moved to the worker instead of copied: a 230 MB month must not exist twice. */
  transfer?: (args: ArgsOf<M>) => Transferable[];
}

const interactive = { lane: 'interactive', cancellable: false } as const;

export const METHODS: { [M in MethodName]: MethodInfo<M> } = {
  start: interactive,
  ingest: {
    lane: 'interactive',
    cancellable: true,
    transfer: ({ files }) => files.map((f) => f.bytes.buffer as ArrayBuffer),
  },
  reloadSaved: { lane: 'interactive', cancellable: true },
  cancel: { lane: 'immediate', cancellable: false },
  clearAll: interactive,
  // The demo's pings are not needed for the first map: they load once the app is idle.
  loadDemoPatrols: { lane: 'background', cancellable: false },
  cellValues: interactive,
  setHarmWeights: interactive,
  giStar: interactive,
  emerging: interactive,
  clusters: interactive,
  cellProfile: interactive,
  summary: interactive,
  gripHotspots: interactive,
  crimeTypeCounts: interactive,
  hotspotInputs: interactive,
  proposeHotspots: interactive,
  hotspotSet: interactive,
  replaceHotspotSet: interactive,
  saveHotspotVersion: interactive,
  openHotspotVersion: interactive,
  deleteHotspotVersion: interactive,
  compareHotspotVersions: interactive,
  measureHotspotSet: interactive,
  exportHotspotSet: interactive,
  interventions: interactive,
  hotspotProfile: interactive,
  crimeCube: interactive,
  busiestPlaces: interactive,
  patrolMinutes: interactive,
  selectionRecordsCsv: interactive,
  patrolDosage: interactive,
  patrolScheduleInputs: interactive,
  patrolEvaluation: interactive,
  demoPatrolSchedule: interactive,
};

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

export type EngineRequest = { [M in MethodName]: { id: number; method: M; args: ArgsOf<M> } }[MethodName];

/** `workMs`: how long the worker took, its queue included (the page's User Timing shows `grip:worker:<method>`). */
export type EngineReply =
  { id: number; ok: true; result: unknown; workMs: number } | { id: number; ok: false; error: string };

/** What the worker tells the page unasked. */
export type EngineEvent =
  | { event: 'progress'; progress: IngestProgress }
  /** Loaded files are written to the browser's storage after the map shows them; this says which are safe. */
  | { event: 'saved'; paths: string[] }
  /**
   * The GRIP hotspot set in use or its versions changed (an edit, a version saved, a hotspot file loaded, the saved
   * sets restored at start): `revision` is HotspotSetState's; ask `hotspotSet` for the new state.
   */
  | { event: 'hotspot-set-changed'; revision: number };

export type WorkerMessage = EngineReply | EngineEvent;
