// What the plan list and the exports say about each plan: its subject's name, how many actions are still open and
// when the next is due, and the actions as one CSV table (toCsv: BOM, RFC 4180, OWASP formula neutralisation).
import { toCsv, type CsvCell } from '../data/exports/csv';
import type { ImportSummary } from './plan-file';
import { ACTION_STATUSES, ACTION_TYPES } from './plan-tables';
import type { PlanSubject, SaraPlan } from './plan-types';

/** A GRIP hotspot's display name by id ("H01 · Clock Tower"); ids missing from the set in use show as the id. */
export type HotspotNames = ReadonlyMap<string, string>;

export function subjectName(subject: PlanSubject, names: HotspotNames): string {
  if (subject.kind === 'area') return subject.name.trim() || 'Drawn area';
  return names.get(subject.hotspotId) ?? `${subject.hotspotId} (not in the set in use)`;
}

export interface PlanListRow {
  id: string;
  subject: string;
  objective: string;
  /** Actions neither done nor dropped. */
  openActions: number;
  /** The earliest due date among the open actions (`YYYY-MM-DD`); null when none has one. */
  nextDueIso: string | null;
  /** Open actions whose due date is before today. */
  overdue: number;
  status: 'no actions' | 'open' | 'overdue' | 'all done';
}

const isOpen = (status: string) => status === 'planned' || status === 'in progress';

/** One row per plan, in the order given; `todayIso` is `YYYY-MM-DD`. */
export function planListRows(plans: readonly SaraPlan[], names: HotspotNames, todayIso: string): PlanListRow[] {
  return plans.map((plan) => {
    const open = plan.response.actions.filter((a) => isOpen(a.status));
    const due = open
      .map((a) => a.dueIso)
      .filter((d): d is string => d !== null)
      .sort();
    const overdue = due.filter((d) => d < todayIso).length;
    const status =
      plan.response.actions.length === 0
        ? 'no actions'
        : open.length === 0
          ? 'all done'
          : overdue > 0
            ? 'overdue'
            : 'open';
    return {
      id: plan.id,
      subject: subjectName(plan.subject, names),
      objective: plan.objective.smartObjective,
      openActions: open.length,
      nextDueIso: due[0] ?? null,
      overdue,
      status,
    };
  });
}

/** The set version the file names: the one every plan shares, else null (each plan names its own). */
export function sharedSetVersion(plans: readonly SaraPlan[]): string | null {
  const versions = new Set(plans.map((p) => p.hotspotSetVersion));
  return versions.size === 1 ? [...versions][0] : null;
}

export const PLAN_ACTION_COLUMNS = [
  'plan_id',
  'subject',
  'action_id',
  'what',
  'partner',
  'tier',
  'type',
  'owner',
  'due',
  'status',
  'longitude',
  'latitude',
] as const;

/** Every action of every plan, one row each, labels in plain English. */
export function planActionsCsv(plans: readonly SaraPlan[], names: HotspotNames): string {
  const rows: CsvCell[][] = plans.flatMap((plan) =>
    plan.response.actions.map((a) => [
      plan.id,
      subjectName(plan.subject, names),
      a.id,
      a.what,
      a.partner,
      a.tier,
      ACTION_TYPES[a.type],
      a.owner,
      a.dueIso,
      ACTION_STATUSES[a.status],
      a.lngLat ? a.lngLat[0] : null,
      a.lngLat ? a.lngLat[1] : null,
    ]),
  );
  return toCsv(PLAN_ACTION_COLUMNS, rows);
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "Imported: 2 plans added, 1 updated, 1 kept (the one held was as new), 0 removed." */
export function importSentence(summary: ImportSummary): string {
  return (
    `Imported: ${count(summary.added.length, 'plan')} added, ${summary.updated.length} updated, ` +
    `${summary.keptHeld.length} kept as held (as new or newer), ${summary.removed.length} removed.`
  );
}
