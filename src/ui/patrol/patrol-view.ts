import type { StreetSheet } from '../../map/street-sheet';
// What the patrol panel shows and what it can ask for: the app's hook (src/app/use-patrol.ts) fills it in.
import type { DeliveryResult } from '../../analysis/patrol/dosage-delivery';
import type { ParsedSchedule } from '../../analysis/patrol/schedule-csv';
import type { Schedule } from '../../analysis/patrol/schedule';
import type { SampleSize } from '../../analysis/patrol/sample-size';
import type { BriefingReasons } from '../../analysis/patrol/schedule-briefing';
import type { PatrolDosageResult, PatrolEvaluationCall } from '../../data/engine/patrol-calls';
import type { PlanForm } from './plan-form';

export interface PlanView {
  form: PlanForm;
  onForm: (form: PlanForm) => void;
  onNewSeed: () => void;
  /** The schedule the form draws, or why it cannot be drawn (null: the hotspots are still loading). */
  planned: { schedule: Schedule } | { problem: string } | null;
  /** The sample size at the hotspots' base rate, or why there is none. */
  sampleSize: SampleSize | { problem: string } | null;
  /** An edited schedule loaded back, with its row problems; null: none imported. */
  imported: { fileName: string; parsed: ParsedSchedule } | null;
  onImport: (file: File) => void;
  onClearImport: () => void;
  onExport: () => void;
  /** Why each hotspot was chosen, for the briefing sheet. */
  reasons: Record<string, BriefingReasons>;
  names: Record<string, string>;
  /** The patrol day's start, for an imported schedule's briefing. */
  dayStartMinutes: number;
  /** A street map per hotspot for the briefing sheet, or why there are none. */
  streetMaps: Record<string, StreetSheet>;
  streetMapsProblem: string | null;
}

export interface DosageView {
  dosage: PatrolDosageResult | null;
  busy: boolean;
  /** Planned vs delivered against the schedule in use (null: no schedule, or no dosage yet). */
  delivery: DeliveryResult | null;
  /** The schedule it is held against, in words ("the demo's patrol_schedule.csv"). */
  scheduleLabel: string | null;
  targetMinutes: number;
  layerOn: boolean;
  onLayer: (on: boolean) => void;
  onExportHomeOffice: () => void;
  /** The largest patrol-minutes of a hotspot, for the layer's legend. */
  legendMaxMinutes: number;
}

export interface EvaluationView {
  evaluation: PatrolEvaluationCall | null;
  busy: boolean;
  error: string | null;
  scheduleLabel: string | null;
}

export type PatrolPart = 'plan' | 'dosage' | 'evaluation';

export interface PatrolPanelProps {
  /** A part was opened or folded: the app asks the engine only for what an open part shows. */
  onToggle: (part: PatrolPart, open: boolean) => void;
  plan: PlanView;
  dosage: DosageView;
  evaluation: EvaluationView;
}
