import {
  detectVisits,
  type DosageHotspot,
  type PatrolPing,
  type PatrolVisit,
  type VisitDetectionRules,
} from '../analysis/patrol/visits';
import { dosageFromVisitLog, patrolDosage, type DosageOptions, type PatrolDosage } from '../analysis/patrol/dosage';
import type { Engine } from './engine';
import { PATROL_PING_UNITS_SQL, PATROL_PINGS_FOR_DOSAGE_SQL, PATROL_VISIT_LOG_SQL } from './sql/patrol-dosage';

/** A row of PATROL_VISIT_LOG_SQL. */
interface VisitLogRow {
  hotspot_id: string;
  unit_id: string;
  start_ms: number;
  end_ms: number;
}

export interface PatrolDosageRequest extends DosageOptions {
  hotspots: DosageHotspot[];
  /** Gap tolerance and minimum dwell (defaults: 120 s and 60 s). */
  rules?: VisitDetectionRules;
}

/**
 * The pings the engine holds, typed, in the pings' own clock. The positions are read by whole columns (typed arrays)
 * and the call signs once per unit, not a million row objects: that took seconds.
 */
export async function queryPatrolPings(db: Engine): Promise<PatrolPing[]> {
  const units = await db.query<{ unit_id: string; pings: number }>(PATROL_PING_UNITS_SQL);
  const table = await db.queryTable(PATROL_PINGS_FOR_DOSAGE_SQL);
  const [atMs, lons, lats] = (['at_ms', 'lon', 'lat'] as const).map((name) => {
    const column = table.getChild(name);
    if (!column) throw new Error(`The pings query returned no ${name} column.`);
    return column.toArray() as Float64Array;
  });
  const pings: PatrolPing[] = new Array(table.numRows);
  let i = 0;
  for (const { unit_id: unitId, pings: n } of units)
    for (let end = i + Number(n); i < end && i < table.numRows; i++)
      pings[i] = { unitId, atMs: atMs[i], lngLat: [lons[i], lats[i]] };
  if (i !== table.numRows) throw new Error('The pings changed while they were read; measure the dosage again.');
  return pings;
}

/** The visit logs the engine holds, as visits. */
export async function queryPatrolVisitLog(db: Engine): Promise<PatrolVisit[]> {
  const rows = await db.query<VisitLogRow>(PATROL_VISIT_LOG_SQL);
  return rows.map((r) => ({
    hotspotId: r.hotspot_id,
    unitId: r.unit_id,
    startMs: Number(r.start_ms),
    endMs: Number(r.end_ms),
  }));
}

/** Visits found in the stored pings and the dosage they add up to (the same code as `grip dosage`). */
export async function queryPatrolDosage(
  db: Engine,
  request: PatrolDosageRequest,
): Promise<PatrolDosage & { visits: PatrolVisit[]; passThroughs: PatrolVisit[] }> {
  const detected = detectVisits(await queryPatrolPings(db), request.hotspots, request.rules);
  const hotspotIds = request.hotspotIds ?? request.hotspots.map((h) => h.hotspotId);
  return { ...detected, ...patrolDosage(detected, { dayStartMinutes: request.dayStartMinutes, hotspotIds }) };
}

/** Dosage from the stored visit logs, for when there are no pings. */
export async function queryVisitLogDosage(
  db: Engine,
  options: DosageOptions & { minDwellSeconds?: number } = {},
): Promise<PatrolDosage> {
  return dosageFromVisitLog(await queryPatrolVisitLog(db), options);
}
